import { stemmer } from 'stemmer';

/*
 * What counts as a word of a text holding a query term. Pure, shared by the
 * search engine and its tests; nothing here knows about tasks or pages.
 *
 * Chinese: an occurrence of the term in the text, unless it starts inside one
 * of the text's words and ends inside another (关税 is not in 相关|税收, 外汇
 * is not in 境外|汇款), by the word boundaries the content step cut with jieba.
 * Latin letters (in either language's text): whole words, never a prefix or a
 * part ("for" is not in "forex", "safe" not in "safety"); English words compare
 * by their Porter stem (patent finds patents); a word written in capitals
 * (SAFE, FX, RMB) is that abbreviation, and finds only itself in capitals.
 */

/** A matched stretch of a text: [start, end) in UTF-16 code units. */
export type Span = [number, number];

const HAN = /\p{Script=Han}/u;
/** A word of letters or digits, not Han characters, which stand next to Latin ones without a space (开展QFLP试点). */
const LATIN_WORD = /(?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:['’](?:(?!\p{Script=Han})\p{L})+)?/gu;
/** What may stand between two words of a phrase: spaces, hyphens and slashes, not a comma or a full stop. */
const JOINER = /^[\s\-‐–/]*$/u;
/** Two or more capitals and no small letter: an abbreviation. */
const ABBREVIATION = /^(?=.*\p{Lu}.*\p{Lu})[\p{Lu}\p{N}]+$/u;

/** Folds width and case, as readers type: ＦＴＺ is FTZ. */
export const fold = (text: string) => text.normalize('NFKC');

/**
 * The word boundaries of a text, from the lengths of its words in order (the
 * content step's jieba cut), as the set of offsets where a word starts or ends.
 *
 * @example lengthsToBoundaries([2, 2]) // → Set {0, 2, 4}
 */
export function lengthsToBoundaries(lengths: readonly number[]): Set<number> {
  const boundaries = new Set([0]);
  let at = 0;
  for (const length of lengths) boundaries.add((at += length));
  return boundaries;
}

/**
 * The word lengths as the search data carries them: one base-36 digit a word,
 * or, for a word longer than 35 code units (a long run of Latin letters or
 * digits), 0 and two digits.
 *
 * @example lengthsToText([2, 2, 11]) // → '22b'
 * @example lengthsToText([40]) // → '014'
 */
export function lengthsToText(lengths: readonly number[]): string {
  return lengths
    .map((length) => {
      if (!Number.isInteger(length) || length < 1 || length >= 36 * 36) throw new Error(`lengthsToText: a word of ${length} code units cannot be written`);
      return length < 36 ? length.toString(36) : `0${length.toString(36).padStart(2, '0')}`;
    })
    .join('');
}

/** @example textToLengths('22b014') // → [2, 2, 11, 40] */
export function textToLengths(text: string): number[] {
  const lengths: number[] = [];
  for (let i = 0; i < text.length; i++) lengths.push(text[i] === '0' ? parseInt(text.slice(i + 1, (i += 2) + 1), 36) : parseInt(text[i]!, 36));
  return lengths;
}

/**
 * Where a Chinese term occurs in a text as a word or within one, by the rule
 * above. A term in Latin letters inside Chinese text (QFLP, PEPPOL) is matched
 * as whole words instead.
 *
 * @example chineseSpans('在确保执行相关税收政策', new Set([0, 2, 4, 6, 8, 11]), '关税') // → []
 * @example chineseSpans('外汇收支便利化', new Set([0, 2, 4, 7]), '外汇') // → [[0, 2]]
 */
export function chineseSpans(text: string, boundaries: ReadonlySet<number>, term: string): Span[] {
  if (!HAN.test(term)) return latinSpans(text, term);
  const spans: Span[] = [];
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    const end = at + term.length;
    let crosses = false;
    for (let i = at + 1; i < end && !crosses; i++) crosses = boundaries.has(i);
    if (!crosses || boundaries.has(at) || boundaries.has(end)) spans.push([at, end]);
  }
  return spans;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

const wordsOf = (text: string): Word[] => Array.from(text.matchAll(LATIN_WORD), (m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));

/** Whether a word of the text is the query's word: the same abbreviation in capitals, or the same English stem. */
function sameWord(queryWord: string, textWord: string): boolean {
  if (ABBREVIATION.test(queryWord)) return queryWord === textWord;
  return stemmer(queryWord.toLowerCase()) === stemmer(textWord.toLowerCase());
}

/**
 * Where a phrase in Latin letters occurs in a text: its words in order, each
 * a whole word of the text, joined by nothing but spaces, hyphens or slashes.
 *
 * @example latinSpans('Promote foreign exchange facilitation', 'foreign exchange') // → [[8, 24]]
 * @example latinSpans('measures for services', 'forex') // → []
 * @example latinSpans('safety and security', 'SAFE') // → []
 */
export function latinSpans(text: string, phrase: string): Span[] {
  const query = wordsOf(fold(phrase)).map((w) => w.text);
  if (query.length === 0) return [];
  const words = wordsOf(text);
  const spans: Span[] = [];
  for (let i = 0; i + query.length <= words.length; i++) {
    let ok = true;
    for (let j = 0; j < query.length && ok; j++) {
      const word = words[i + j]!;
      ok = sameWord(query[j]!, word.text) && (j === 0 || JOINER.test(text.slice(words[i + j - 1]!.end, word.start)));
    }
    if (ok) spans.push([words[i]!.start, words[i + query.length - 1]!.end]);
  }
  return spans;
}

/** True when a term holds Chinese characters. */
export const isChinese = (term: string) => HAN.test(term);

/**
 * The terms of a query: each run of Chinese or other non-Latin text between
 * spaces is a term; consecutive words in Latin letters form one phrase.
 *
 * @example queryToTerms('外汇 收支') // → ['外汇', '收支']
 * @example queryToTerms('SAFE Xiamen Branch') // → ['SAFE Xiamen Branch']
 * @example queryToTerms('QFLP 试点') // → ['QFLP', '试点']
 * @example queryToTerms('“单一窗口”') // → ['单一窗口']
 */
export function queryToTerms(query: string): string[] {
  const terms: string[] = [];
  let latin: string[] = [];
  for (const chunk of fold(query).trim().split(/\s+/).filter(Boolean)) {
    if (HAN.test(chunk) || !/[\p{L}\p{N}]/u.test(chunk)) {
      if (latin.length > 0) terms.push(latin.join(' '));
      latin = [];
      // Quotation marks and other punctuation around a Chinese term are not part of it (“单一窗口”).
      const term = chunk.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
      if (/[\p{L}\p{N}]/u.test(term)) terms.push(term);
    } else {
      latin.push(chunk);
    }
  }
  if (latin.length > 0) terms.push(latin.join(' '));
  return terms;
}

/**
 * Whether two names are the same for a reader who types one of them: equal
 * once width is folded, and, in Latin letters, once case is folded too unless
 * the name is an abbreviation in capitals (SAFE is not "safe").
 *
 * @example sameName('Ministry of commerce', 'Ministry of Commerce') // → true
 * @example sameName('safe', 'SAFE') // → false
 */
export function sameName(typed: string, name: string): boolean {
  const a = fold(typed).trim().replace(/\s+/g, ' ');
  const b = fold(name).trim().replace(/\s+/g, ' ');
  if (a === b) return true;
  if (HAN.test(b) || ABBREVIATION.test(b)) return false;
  return a.toLowerCase().replace(/[’]/g, "'") === b.toLowerCase().replace(/[’]/g, "'");
}
