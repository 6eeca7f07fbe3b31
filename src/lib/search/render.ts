import { LANGUAGES, ORIGINAL_LANG, langToTag, otherLangs, type Lang } from '../schema/languages.ts';
import type { Role } from '../schema/roles.ts';
import { taskHeadline } from '../text/headline.ts';
import { taskPath } from '../text/paths.ts';
import type { Answer, Hit } from './engine.ts';
import type { Span } from './match.ts';
import type { SearchState } from './query.ts';
import type { SearchAgency, SearchDocument, SearchSynonymGroup } from './search-data.ts';

/*
 * Drawing an answer (engine.ts) on the search page: the result items, the
 * notes that say what the search did, the nearest words when nothing was
 * found, and the active filters, each removable with one tap. DOM only, text
 * nodes only: nothing from the data is parsed as markup.
 */

/** What the page hands the script as data (see search.astro). */
export interface SearchStrings {
  loading: string;
  /** Plural forms of the result count, by Intl.PluralRules category. */
  results: Record<string, string>;
  none: string;
  noneFor: string;
  nearest: string;
  error: string;
  fromChinese: string;
  originalMatch: string;
  fromEnglish: string;
  englishMatch: string;
  simplified: string;
  alsoSearched: string;
  byName: string;
  laterName: string;
  earlierName: string;
  listedOnly: string;
  unassigned: string;
  namesHolding: string;
  removeFilter: string;
  glossary: string;
  /** Where the glossary is, and its terms as [anchor, Chinese, English]. */
  glossaryPath: string;
  glossaryTerms: [string, string, string][];
  taskNumber: string;
  colon: string;
  separator: string;
  roles: Record<Role, string>;
  filterLabels: Record<'document' | 'category' | 'agency' | 'role' | 'priority', string>;
  documents: SearchDocument[];
  categories: Record<string, string>;
  priorities: Record<string, string>;
  agencies: SearchAgency[];
  synonyms: SearchSynonymGroup[];
  /** The full-text search of the documents' prose (full-text.ts). */
  text: {
    loading: string;
    /** Plural forms of "the text says it in N sections", by Intl.PluralRules category. */
    found: Record<string, string>;
    none: string;
    error: string;
  };
}

/** What a result item needs besides the hit. */
export interface ItemContext {
  lang: Lang;
  strings: SearchStrings;
  english: readonly string[] | undefined;
  agencyLabel: (id: string) => string;
}

/** A paragraph of a class and a text, as text nodes. */
export const paragraph = (className: string, text = '') => {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
};

/** How many of the words also searched are shown before the list folds. */
const ALSO_SHOWN = 8;

/** How much of a text an excerpt shows around its first match, in code units. */
const EXCERPT = { zh: 40, en: 180 } as const;

/**
 * An excerpt of a text: a window around its first match, with every match in
 * the window marked, and an ellipsis where it is cut.
 */
export function fillExcerpt(target: HTMLElement, text: string, spans: readonly Span[], lang: Lang): void {
  const width = EXCERPT[lang];
  const first = spans[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(width / 3));
  let end = Math.min(text.length, start + width);
  if (LANGUAGES[lang].wordSeparator) {
    // Whole words at both ends.
    if (start > 0) start = text.indexOf(' ', start) + 1 || start;
    if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), first + 1);
  }
  if (start > 0) target.append('…');
  let at = start;
  for (const [from, to] of spans) {
    if (to <= start || from >= end) continue;
    target.append(text.slice(at, Math.max(at, from)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(Math.max(at, from), Math.min(to, end));
    target.append(mark);
    at = Math.min(to, end);
  }
  target.append(text.slice(at, end));
  if (end < text.length) target.append('…');
}

/**
 * One result: the task's opening words as the link, then where it stands
 * (document, number, category, priorities), then why it was found: an excerpt
 * with the words marked, or a labelled line per role for a body it names.
 */
export function resultItem(hit: Hit, context: ItemContext): HTMLLIElement {
  const { lang, strings } = context;
  const isOriginal = LANGUAGES[lang].original;
  const task = hit.task;
  const ownText = isOriginal ? task.zh : (context.english?.[hit.index] ?? '');
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  heading.className = 'result-title';
  const link = document.createElement('a');
  link.href = taskPath(lang, task);
  link.textContent = taskHeadline(lang, ownText || task.zh);
  heading.append(link);
  const document_ = strings.documents.find((d) => d.id === task.document);
  const where = [
    document_?.title ?? '',
    strings.taskNumber.replace('{number}', String(task.number)),
    strings.categories[task.category] ?? '',
    ...task.priorities.map((id) => strings.priorities[id] ?? id),
  ];
  item.append(heading, paragraph('task-meta', where.filter(Boolean).join(' · ')));
  // A body found by its name: one labelled line per role, never glued to the text.
  const lines = new Map<Role, string[]>();
  for (const { role, agency } of hit.named) lines.set(role, [...new Set([...(lines.get(role) ?? []), context.agencyLabel(agency)])]);
  for (const [role, names] of lines) item.append(paragraph('result-match', `${strings.roles[role]}${strings.colon}${names.join(strings.separator)}`));
  const ownSpans = isOriginal ? hit.zh : hit.en;
  const otherSpans = isOriginal ? hit.en : hit.zh;
  if (ownSpans.length > 0) {
    const excerpt = paragraph('result-excerpt');
    fillExcerpt(excerpt, ownText, ownSpans, lang);
    item.append(excerpt);
  } else if (otherSpans.length > 0) {
    const other = otherLangs(lang)[0]!;
    const excerpt = paragraph('result-excerpt');
    const label = document.createElement('span');
    label.className = 'muted';
    label.textContent = `${isOriginal ? strings.englishMatch : strings.originalMatch}${strings.colon}`;
    const words = document.createElement('span');
    words.lang = langToTag(other);
    fillExcerpt(words, isOriginal ? (context.english?.[hit.index] ?? '') : task.zh, otherSpans, other);
    excerpt.append(label, words);
    item.append(excerpt);
  }
  return item;
}

/** The words also searched, as a note; a long list folds after its first words. */
export function alsoSearchedNote(words: readonly string[], strings: SearchStrings): HTMLElement {
  /** The words as a list, the Chinese marked as such on an English page. */
  const list = (some: readonly string[]) =>
    some.flatMap((word, i) => {
      const span = document.createElement('span');
      span.textContent = word;
      if (/\p{Script=Han}/u.test(word)) span.lang = langToTag(ORIGINAL_LANG);
      return i > 0 ? [strings.separator, span] : [span];
    });
  if (words.length <= ALSO_SHOWN) {
    const p = paragraph('search-note', strings.alsoSearched);
    p.append(...list(words));
    return p;
  }
  const details = document.createElement('details');
  details.className = 'search-note';
  const summary = document.createElement('summary');
  summary.append(strings.alsoSearched, ...list(words.slice(0, ALSO_SHOWN)), ` … +${words.length - ALSO_SHOWN}`);
  const rest = paragraph('search-note');
  rest.append(...list(words.slice(ALSO_SHOWN)));
  details.append(summary, rest);
  return details;
}

/** A paragraph of a label and links, e.g. "Nearby words the texts use: 税收 · 退税". */
function linksLine(className: string, label: string, links: { text: string; href: string; lang?: string }[]): HTMLParagraphElement {
  const p = paragraph(className, label);
  links.forEach((l, i) => {
    if (i > 0) p.append(' · ');
    const a = document.createElement('a');
    a.href = l.href;
    a.textContent = l.text;
    if (l.lang) a.lang = l.lang;
    p.append(a);
  });
  return p;
}

/**
 * The notes that say what a search did and, when it found nothing, why and
 * what to try: the words also searched, the bodies found by name (and under
 * which of their names), the documents whose tasks cannot be found by body
 * with a link to the section that assigns responsibility, the nearest words.
 */
export function answerNotes(answer: Answer, query: string, nearest: readonly string[], context: ItemContext, hrefFor: (q: string) => string): HTMLElement[] {
  const { strings, lang } = context;
  const originalTag = langToTag(ORIGINAL_LANG);
  const notes: HTMLElement[] = [];
  if (answer.alsoSearched.length > 0) notes.push(alsoSearchedNote(answer.alsoSearched, strings));
  for (const body of answer.bodies) {
    const label = context.agencyLabel(body.agency);
    const named = answer.hits.some((h) => h.named.some((n) => n.agency === body.agency));
    const earlier = body.sameBody.filter((id) => answer.hits.some((h) => h.named.some((n) => n.agency === id)));
    if (earlier.length > 0 && !named)
      notes.push(
        paragraph(
          'search-note',
          strings.laterName.replace('{query}', body.term).replace('{earlier}', earlier.map(context.agencyLabel).join(strings.separator)),
        ),
      );
    else if (body.kind === 'later' || body.kind === 'former')
      notes.push(
        paragraph('search-note', (body.kind === 'later' ? strings.laterName : strings.earlierName).replace('{query}', body.term).replace('{earlier}', label)),
      );
    else if (named) notes.push(paragraph('search-note', strings.byName.replace('{body}', label)));
    // Named nowhere but in a notice's list of recipients (金砖创新中心): say so, rather than a bare "nothing".
    const agency = strings.agencies.find((a) => a.id === body.agency);
    if (agency && !named && earlier.length === 0)
      for (const id of agency.listedIn) {
        const d = strings.documents.find((x) => x.id === id);
        if (d) notes.push(paragraph('search-note', strings.listedOnly.replace('{body}', label).replace('{document}', d.title)));
      }
  }
  for (const d of answer.unassigned) {
    notes.push(
      d.responsibility
        ? linksLine('search-note search-unassigned', strings.unassigned.replace('{document}', d.title), [
            { text: d.responsibility.label, href: d.responsibility.href },
          ])
        : paragraph('search-note search-unassigned', strings.unassigned.replace('{document}', d.title)),
    );
  }
  if (answer.namesHolding.length > 0)
    notes.push(
      linksLine(
        'search-note',
        strings.namesHolding,
        answer.namesHolding.map((id) => ({ text: context.agencyLabel(id), href: `?agency=${encodeURIComponent(id)}` })),
      ),
    );
  if (answer.hits.length === 0 && query) {
    notes.unshift(paragraph('search-note', strings.noneFor.replace('{query}', query)));
    if (nearest.length > 0)
      notes.push(
        linksLine(
          'search-note',
          strings.nearest,
          nearest.map((w) => ({ text: w, href: hrefFor(w), ...(/\p{Script=Han}/u.test(w) && !LANGUAGES[lang].original ? { lang: originalTag } : {}) })),
        ),
      );
  }
  return notes;
}

/** The active filters, each a button that removes it. */
export function filterChips(
  state: SearchState,
  strings: SearchStrings,
  labels: Partial<Record<keyof SearchState, string>>,
  remove: (field: keyof SearchState) => void,
): HTMLLIElement[] {
  const fields = ['document', 'category', 'agency', 'role', 'priority'] as const;
  return fields
    .filter((field) => state[field] && labels[field])
    .map((field) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'filter-chip';
      const text = `${strings.filterLabels[field]}${strings.colon}${labels[field]}`;
      // The cross says "remove" on screen; paper shows the filter alone (site.css, print).
      const cross = document.createElement('span');
      cross.className = 'filter-chip-remove';
      cross.textContent = ' ×';
      button.append(text, cross);
      button.setAttribute('aria-label', strings.removeFilter.replace('{filter}', text));
      button.addEventListener('click', () => remove(field));
      li.append(button);
      return li;
    });
}
