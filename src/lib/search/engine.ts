import { ROLES, type Role } from '../schema/roles.ts';
import type { SearchState } from './query.ts';
import { chineseSpans, isChinese, latinSpans, lengthsToBoundaries, queryToTerms, sameName, textToLengths, type Span } from './match.ts';
import type { NameKind, SearchAgency, SearchDocument, SearchSynonymGroup, SearchTask } from './search-data.ts';

/*
 * The search engine: a search (the words, already in Simplified characters,
 * and the filters) and the data in; the tasks that answer it out, in order,
 * each with why it was found. Pure and synchronous: the page loads the data
 * and draws the answer (render.ts, search-page.ts).
 *
 * A task answers a search when it passes the filters and, for every term of
 * the words, holds the term in its text, or a word the synonym table gives
 * for it, or names a body of that name (under that name or another of the
 * same body). Nothing else: no prefix, no part of a word, no name a term is
 * only part of.
 */

/** What the engine reads. */
export interface SearchData {
  tasks: readonly SearchTask[];
  /** The English texts, in the order of `tasks`; needed for terms in Latin letters. */
  english?: readonly string[];
  agencies: readonly SearchAgency[];
  synonyms: readonly SearchSynonymGroup[];
  /** Glossary terms as [Chinese, English]: an English query that a term's rendering holds searches its Chinese. */
  glossary: readonly (readonly [string, string])[];
  documents: readonly SearchDocument[];
}

/** How a task was found, from the closest to the farthest: its own words, a synonym, the name of a body it names. */
export type Way = 'word' | 'synonym' | 'name' | 'filter';
const WAYS: Way[] = ['filter', 'word', 'synonym', 'name'];

/** One task that answers the search, and why. */
export interface Hit {
  task: SearchTask;
  /** Its position in the data, for the English text. */
  index: number;
  way: Way;
  /** What matched in its Chinese and its English text. */
  zh: Span[];
  en: Span[];
  /** The bodies of the query it names, and in which role. */
  named: { role: Role; agency: string }[];
}

/** A body a term named, and under which name. */
export interface NamedBody {
  term: string;
  agency: string;
  kind: NameKind;
  /** The entries that are the same body under an earlier or later name, whose tasks are found too. */
  sameBody: string[];
}

/** What a term was widened to. */
export interface Term {
  term: string;
  /** Chinese searched in the Chinese texts, the term first when it is Chinese. */
  zh: string[];
  /** English searched in the English texts. */
  en: string[];
}

/** The engine's answer. */
export interface Answer {
  hits: Hit[];
  terms: Term[];
  /** The words searched besides the query's own ("也检索了：…"). */
  alsoSearched: string[];
  bodies: NamedBody[];
  /** Documents in the search whose tasks name no body, when the search asks for a body: their tasks cannot be found that way. */
  unassigned: SearchDocument[];
  /** Bodies whose names hold a term without being it (外汇 → 外汇局): offered, never listed as results. */
  namesHolding: string[];
}

const unique = <T>(values: Iterable<T>) => [...new Set(values)];
const lower = (s: string) => s.toLowerCase();

/**
 * The Chinese and English a term searches: itself, and what the synonym table
 * (and, for English, the glossary) gives for it. Chinese widens one step:
 * every word of a group that lists the term, unless the group is one-way and
 * the term is not its head (港澳 is not only 香港). English finds the groups
 * that list it, and the groups their English heads lead to (forex → foreign
 * exchange → its short forms in Chinese); a glossary term whose English holds
 * it adds its Chinese (BRICS → 金砖). Those are searched in the Chinese texts.
 */
export function widen(term: string, data: Pick<SearchData, 'synonyms' | 'glossary'>): Term {
  const searchable = (g: SearchSynonymGroup) => g.zh.filter((w) => !g.notInTexts.includes(w));
  if (isChinese(term)) {
    const groups = data.synonyms.filter((g) => g.zh.includes(term) && (!g.oneWay || g.zh[0] === term));
    return { term, zh: unique([term, ...groups.flatMap(searchable)]), en: [] };
  }
  const listed = data.synonyms.filter((g) => g.en.some((w) => sameName(term, w)));
  const english = new Set(listed.flatMap((g) => g.en.map(lower)));
  const reached = data.synonyms.filter(
    (g) => listed.includes(g) || g.en.some((w) => english.has(lower(w)) && (!g.oneWay || lower(g.en[0] ?? '') === lower(w))),
  );
  const glossary = data.glossary.filter(([, en]) => latinSpans(en, term).length > 0).map(([zh]) => zh);
  return {
    term,
    // The term itself too: the Chinese texts write some Latin terms (QFLP, PEPPOL).
    zh: unique([term, ...reached.flatMap(searchable), ...glossary]),
    // The English translation only for the words as typed: what the table
    // gives is searched in the Chinese, which is authoritative and which the
    // table was made from (FTZ is 自贸试验区, not every "free trade zone" of
    // the translation).
    en: [term],
  };
}

/** The bodies a term names: a name, the English name or an alias equal to it; each with the entries of the same body under other names. */
export function termToBodies(term: string, agencies: readonly SearchAgency[]): NamedBody[] {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const chain = (id: string) => {
    const ids = [id];
    for (let earlier = byId.get(id)?.succeeds?.agency; earlier && !ids.includes(earlier); earlier = byId.get(earlier)?.succeeds?.agency) ids.push(earlier);
    for (
      let later = agencies.find((a) => a.succeeds?.agency === id);
      later && !ids.includes(later.id);
      later = agencies.find((a) => a.succeeds?.agency === later?.id)
    )
      ids.push(later.id);
    return ids.slice(1);
  };
  return agencies.flatMap((a) => {
    const name = a.names.find(([n]) => sameName(term, n));
    return name ? [{ term, agency: a.id, kind: name[1], sameBody: chain(a.id) }] : [];
  });
}

/** Whether a task passes the form's filters. */
export function passes(task: SearchTask, state: SearchState): boolean {
  if (state.document && task.document !== state.document) return false;
  if (state.category && task.category !== state.category) return false;
  if (state.priority && !task.priorities.includes(state.priority)) return false;
  if (state.agency) {
    const roles = state.role ? [state.role] : ROLES;
    if (!roles.some((role) => task.roles[role].includes(state.agency))) return false;
  }
  return true;
}

/**
 * A text search reads: its Chinese with the lengths of its jieba words, and,
 * where the search reads it, its English. A task is one; so is a section of a
 * document's prose (full-text.ts).
 */
export interface SearchText {
  zh: string;
  /** The lengths of its Chinese words, one base-36 digit each (match.ts). */
  words: string;
  en?: string;
}

/** Where one term was found in a text, and how: as typed, or through a word the synonym table or the glossary gives for it. */
export interface TermMatch {
  way: 'word' | 'synonym';
  zh: Span[];
  en: Span[];
}

/**
 * Where a text holds a term (widened: see {@link widen}): each of its Chinese
 * words in the Chinese, each of its English words in the English when the
 * text has one; undefined when it holds none of them. Bodies' names are not
 * looked at here: only the words of the text.
 */
export function termInText(term: Term, text: SearchText, boundaries: () => ReadonlySet<number>): TermMatch | undefined {
  let way: TermMatch['way'] | undefined;
  const zh: Span[] = [];
  const en: Span[] = [];
  for (const word of term.zh) {
    const spans = chineseSpans(text.zh, boundaries(), word);
    if (spans.length === 0) continue;
    zh.push(...spans);
    way = word === term.term || way === 'word' ? 'word' : 'synonym';
  }
  const english = text.en;
  if (english !== undefined)
    for (const word of term.en) {
      const spans = latinSpans(english, word);
      if (spans.length === 0) continue;
      en.push(...spans);
      way = sameName(word, term.term) || way === 'word' ? 'word' : (way ?? 'synonym');
    }
  return way ? { way, zh, en } : undefined;
}

/** The word boundaries of a text, cut once and only when a Chinese term needs them. */
export const lazyBoundaries = (words: string): (() => ReadonlySet<number>) => {
  let boundaries: Set<number> | undefined;
  return () => (boundaries ??= lengthsToBoundaries(textToLengths(words)));
};

/** The closer of two ways a text was found: the order of {@link Way}s. */
export const fartherWay = <W extends Way>(a: W, b: W): W => (WAYS.indexOf(b) > WAYS.indexOf(a) ? b : a);

/** Orders hits: the closest way first, then the given order (the documents' own). */
export const byWay = (a: { way: Way; index: number }, b: { way: Way; index: number }) => WAYS.indexOf(a.way) - WAYS.indexOf(b.way) || a.index - b.index;

/** The words searched besides the query's own ("也检索了：…"), given the terms and whether English texts were read. */
export function alsoSearched(query: string, terms: readonly Term[], english: boolean): string[] {
  const own = new Set(queryToTerms(query));
  return unique(terms.flatMap((t) => [...t.zh, ...(english ? t.en : [])]).filter((w) => !own.has(w) && ![...own].some((o) => sameName(o, w))));
}

/**
 * Runs a search over the data. `query` is the state's words as the Chinese
 * texts are written (Simplified: see query-forms.ts).
 */
export function runSearch(state: SearchState, query: string, data: SearchData): Answer {
  const terms = queryToTerms(query).map((term) => widen(term, data));
  const bodies = terms.flatMap((t) => termToBodies(t.term, data.agencies));
  const hits: Hit[] = [];
  data.tasks.forEach((task, index) => {
    if (!passes(task, state)) return;
    const boundaries = lazyBoundaries(task.words);
    const text: SearchText = data.english ? { zh: task.zh, words: task.words, en: data.english[index] ?? '' } : task;
    let way: Way = 'filter';
    const zh: Span[] = [];
    const en: Span[] = [];
    const named: Hit['named'] = [];
    for (const term of terms) {
      const found = termInText(term, text, boundaries);
      if (found) {
        zh.push(...found.zh);
        en.push(...found.en);
      }
      let termWay: Way | undefined = found?.way;
      const before = named.length;
      for (const body of bodies.filter((b) => b.term === term.term)) {
        for (const id of [body.agency, ...body.sameBody]) for (const role of ROLES) if (task.roles[role].includes(id)) named.push({ role, agency: id });
      }
      if (!termWay && named.length > before) termWay = 'name';
      if (!termWay) return;
      way = fartherWay(way, termWay);
    }
    hits.push({ task, index, way, zh: mergeSpans(zh), en: mergeSpans(en), named });
  });
  // The closest first, and in the documents' own order within each.
  hits.sort(byWay);
  const inScope = data.documents.filter((d) => (!state.document || d.id === state.document) && (!state.category || state.category.startsWith(`${d.id}/`)));
  const asksForBody = Boolean(state.agency) || bodies.length > 0;
  return {
    hits,
    terms,
    alsoSearched: alsoSearched(query, terms, Boolean(data.english)),
    bodies,
    unassigned: asksForBody ? inScope.filter((d) => !d.namesBodies) : [],
    namesHolding:
      bodies.length > 0
        ? []
        : unique(
            terms.flatMap((t) =>
              data.agencies
                .filter((a) => a.names.some(([name]) => (isChinese(t.term) ? name.includes(t.term) : latinSpans(name, t.term).length > 0)))
                .map((a) => a.id),
            ),
          ).slice(0, 6),
  };
}

/** Spans sorted, overlapping ones merged, for marking. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Span[] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
