import { stemmer } from 'stemmer';
import { alsoSearched, byWay, fartherWay, lazyBoundaries, mergeSpans, termInText, widen, type SearchData, type SearchText, type Term } from './engine.ts';
import { fold, queryToTerms, type Span } from './match.ts';

/*
 * The second search: the full text of the documents' prose (the notice, the
 * plan's sections, the closing block, the front matter; not the task lists,
 * which the task search covers), indexed by Pagefind at build time
 * (src/integrations/pagefind.ts) and looked up in the browser only when the
 * task search finds nothing or the reader asks.
 *
 * Pagefind finds candidates; the engine's own rules decide (engine.ts,
 * match.ts). Two measured facts of Pagefind 1.6 shape the index:
 *
 * - An exact search ("…" in quotes) reports one occurrence per record, the
 *   first: with one record per page, "服务业" gave one section of the plan's
 *   twenty. So each section is a record of its own, whose address is its
 *   anchor (/zh/services-opening/#section-6-2).
 * - Pagefind cuts Chinese with one segmenter when it indexes and the
 *   browser's (Intl.Segmenter) when it searches, and the two disagree: the
 *   index held 和平|台 and 服务|业, so "平台" missed 园区和平台 and
 *   "服务业" missed every 服务业 of the texts. So Pagefind never cuts
 *   Chinese: a record's tokens are {@link indexTokens} of its text, one token
 *   a Han character, and a word is looked up as the same tokens in quotes.
 *   Every place the engine's rules can match is then a run of the same
 *   tokens, so Pagefind's answer holds every section that can match, and
 *   the engine's rules (jieba's word boundaries, whole words and stems)
 *   remove those that do not. Nothing is listed or counted that the task
 *   search's rules would not list.
 *
 * A record's text travels in its metadata, with the lengths of its jieba
 * words (the integration cuts them as the content step cuts the tasks'), so
 * the page checks and marks matches without a second fetch.
 */

/** What a Latin word is, as match.ts reads it: letters or digits, not Han characters, with a possessive. */
const LATIN_WORD = /(?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:['’](?:(?!\p{Script=Han})\p{L})+)?/gu;
const HAN = /\p{Script=Han}/u;

/**
 * The tokens Pagefind indexes for a text, and is asked for a word: each Han
 * character on its own; each Latin word by its Porter stem in small letters
 * (the rule match.ts applies: patent and patents are one word), cut where
 * letters meet digits; nothing else (punctuation, hyphens and slashes, which
 * match.ts lets join the words of a phrase, become spaces). The same function
 * on both sides, so Pagefind's own tokenizers see only tokens they cannot cut
 * differently.
 *
 * @example indexTokens('依托重点园区和平台') // → '依 托 重 点 园 区 和 平 台'
 * @example indexTokens('Promoting opening-up, IPv6') // → 'promot open up ipv 6'
 * @example indexTokens('开展QFLP试点') // → '开 展 qflp 试 点'
 */
export function indexTokens(text: string): string {
  const tokens: string[] = [];
  for (const chunk of fold(text).split(/(\p{Script=Han})/u)) {
    if (HAN.test(chunk)) tokens.push(chunk);
    else
      for (const [word] of chunk.matchAll(LATIN_WORD))
        for (const part of word.match(/\p{N}+|[^\p{N}]+/gu) ?? []) tokens.push(/\p{N}/u.test(part) ? part : stemmer(part.toLowerCase()).replace(/['’]/g, ''));
  }
  return tokens.filter(Boolean).join(' ');
}

/**
 * The tokens a word is looked up by: its {@link indexTokens}, less a Latin
 * word or number at either end of a Chinese word, which the text may hold as
 * part of a longer one (the engine finds P试点 in 开展QFLP试点, whose
 * tokens are qflp 试 点). What is left is a run of the tokens of every text
 * the engine's rules find the word in.
 *
 * @example lookupTokens('P试点') // → '试 点'
 * @example lookupTokens('第145次') // → '第 145 次'
 * @example lookupTokens('foreign exchange') // → 'foreign exchang'
 */
export function lookupTokens(word: string): string {
  const tokens = indexTokens(word).split(' ').filter(Boolean);
  const folded = fold(word);
  if (HAN.test(folded)) {
    const partial = (char: string | undefined) => char !== undefined && !HAN.test(char) && /[\p{L}\p{N}]/u.test(char);
    if (partial(folded[0])) tokens.shift();
    if (partial(folded.at(-1))) tokens.pop();
  }
  return tokens.join(' ');
}

/**
 * The metadata of a section's record (Pagefind keeps strings only): where it
 * stands (its document, its place on the page, its heading, the part and the
 * heading above it), and its text in each language the page shows, with the
 * lengths of its Chinese words.
 */
export const SECTION_META_KEYS = ['document', 'position', 'title', 'part', 'parent', 'zh', 'words'] as const;
export type SectionMeta = Record<(typeof SECTION_META_KEYS)[number], string> & { en?: string };

/** A section of a document's prose, as the page reads its record. */
export interface DocumentSection {
  /** The page and the section's anchor: /zh/services-opening/#section-6-2 (the page alone for what stands before its first heading). */
  url: string;
  document: string;
  /** Its place on its page. */
  position: number;
  /** Its heading, as the page prints it. */
  title: string;
  /** Above it: the heading it falls under, or else the name of its part, where that differs from its own. */
  trail: string[];
  text: SearchText;
}

/**
 * A record's metadata read back as a section; undefined when a field is
 * missing (an index from another build).
 *
 * @example metaToSection('/zh/services-opening/#section-6-2', { document: 'services-opening', position: '21', title: '（二）压实责任', part: '…实施方案', parent: '六、…', zh: '…', words: '…' })
 */
export function metaToSection(url: string, meta: Readonly<Record<string, string | undefined>>): DocumentSection | undefined {
  const [document, position, title, part, parent, zh, words] = SECTION_META_KEYS.map((key) => meta[key]);
  if (document === undefined || position === undefined || title === undefined || zh === undefined || words === undefined) return undefined;
  return {
    url,
    document,
    position: Number(position),
    title,
    // The heading it falls under, or else its part's name: enough to place it, short enough for a phone.
    trail: [parent || part || ''].filter((t) => t && t !== title),
    text: meta.en === undefined ? { zh, words } : { zh, words, en: meta.en },
  };
}

/** The sections whose tokens hold a run of tokens (the caller asks Pagefind: see pagefind-lookup.ts). */
export type SectionLookup = (tokens: string) => Promise<DocumentSection[]>;

/** A section that answers the search, and where. */
export interface SectionHit {
  section: DocumentSection;
  /** Its place in reading order: its document's, then its own. */
  index: number;
  way: 'word' | 'synonym';
  zh: Span[];
  en: Span[];
}

/** The full-text answer. */
export interface TextAnswer {
  hits: SectionHit[];
  terms: Term[];
  alsoSearched: string[];
}

/**
 * Searches the documents' prose: every word the query's terms widen to (the
 * synonym table, as for tasks) is looked up, and a section answers when, for
 * every term, its text holds one of the term's words by the engine's rules.
 * On a translation's page, whose records hold the translation and the
 * original, English words are searched in the English and Chinese words in
 * the Chinese, as the task search does there.
 */
export async function searchSections(
  query: string,
  document: string,
  english: boolean,
  data: Pick<SearchData, 'synonyms' | 'glossary' | 'documents'>,
  lookup: SectionLookup,
): Promise<TextAnswer> {
  const terms = queryToTerms(query).map((term) => widen(term, data));
  const words = [...new Set(terms.flatMap((t) => [...t.zh, ...(english ? t.en : [])]))];
  const candidates = new Map<string, DocumentSection>();
  for (const found of await Promise.all(words.map((word) => lookupTokens(word)).map((tokens) => (tokens ? lookup(tokens) : [])))) {
    for (const section of found) candidates.set(section.url, section);
  }
  const order = new Map(data.documents.map((d, i) => [d.id, i]));
  const hits: SectionHit[] = [];
  for (const section of candidates.values()) {
    if (document && section.document !== document) continue;
    const boundaries = lazyBoundaries(section.text.words);
    const text: SearchText = english ? section.text : { zh: section.text.zh, words: section.text.words };
    let way: SectionHit['way'] = 'word';
    const zh: Span[] = [];
    const en: Span[] = [];
    const all = terms.every((term) => {
      const found = termInText(term, text, boundaries);
      if (!found) return false;
      zh.push(...found.zh);
      en.push(...found.en);
      way = fartherWay(way, found.way);
      return true;
    });
    if (all && terms.length > 0)
      hits.push({ section, index: (order.get(section.document) ?? order.size) * 10000 + section.position, way, zh: mergeSpans(zh), en: mergeSpans(en) });
  }
  hits.sort(byWay);
  return { hits, terms, alsoSearched: alsoSearched(query, terms, english) };
}
