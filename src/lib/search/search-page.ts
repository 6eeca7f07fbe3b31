import { LANGS, LANGUAGES, langToTag, otherLangs, pathToLang, type Lang, type LanguageTag } from '../schema/languages.ts';
import type { Role } from '../schema/roles.ts';
import { queryToFacets, rolesOf, type AgencyName, type FacetMatch } from './facets.ts';
import { isEmpty, paramsToState, stateToFilters, stateToParams, type SearchState } from './query.ts';
import { glossaryMatches, showGlossaryMatches, type GlossaryTermName } from './glossary-hint.ts';
import { isLatin, tasksOnly, toSimplified, type FilterValue } from './query-forms.ts';

/** The parts of Pagefind's browser API this page uses. */
interface PagefindResultData {
  url: string;
  sub_results?: { title: string; url: string }[];
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, options: Record<string, unknown>): Promise<void>;
  search(
    term: string | null,
    options: { filters?: Record<string, FilterValue>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

/** What the page hands the script as data (see search.astro). */
export interface SearchStrings {
  loading: string;
  /** Plural forms of the result count, by Intl.PluralRules category. */
  results: Record<string, string>;
  none: string;
  error: string;
  fromChinese: string;
  originalMatch: string;
  fromEnglish: string;
  englishMatch: string;
  simplified: string;
  glossary: string;
  /** Where the glossary is, and its terms as [anchor, Chinese, English]. */
  glossaryPath: string;
  glossaryTerms: [string, string, string][];
  taskNumber: string;
  colon: string;
  separator: string;
  roles: Record<Role, string>;
  categoryLabel: string;
  documents: Record<string, string>;
  categories: Record<string, string>;
  priorities: Record<string, string>;
  /** Bodies and categories, with every name a query may use for them. */
  /** [id, Chinese names…, English name] of every body. */
  agencyNames: string[][];
  /** [id, Chinese heading, English heading] of every category. */
  categoryNames: string[][];
}

/** One result, whichever index it came from, pointing at a page in this page's language. */
interface Hit {
  result: PagefindResult;
  /** Found in the other language's index: the Chinese from an English page, the English from a Chinese page. */
  fromOriginal: boolean;
  /** Found through a body's or a category's name, not the task's own words. */
  throughName: boolean;
}

const PAGE_SIZE = 20;
// Kept in a variable so the bundler leaves it alone: the file exists only
// after Pagefind has indexed the built site.
const PAGEFIND_URL = '/pagefind/pagefind.js';
const HAN = /\p{Script=Han}/u;
/** How long a search may take before the page says it is searching. */
const LOADING_DELAY_MS = 400;

let primary: Promise<Pagefind> | undefined;
let chinese: Promise<Pagefind> | undefined;
let english: Promise<Pagefind> | undefined;

/** Pagefind on the index of the page's own language (it reads <html lang>). */
function loadPrimary(): Promise<Pagefind> {
  primary ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 40 });
    await module.init();
    return module;
  });
  return primary;
}

/**
 * A second Pagefind on the index of another language: the Chinese index from
 * an English page (a reader who types Chinese still finds the tasks), the
 * English index from a Chinese page (a query in Latin letters such as BRICS or
 * Single Window). A distinct module URL gives a separate instance. It is not
 * merged into one that already holds the page's own index: a merged index is
 * searched with the primary's WebAssembly (for Chinese, no English stemming,
 * so "BRICS" would miss "BRICS countries"), and a search by filters alone
 * would return every task twice, once per language. Pagefind takes an
 * instance's language from <html lang> the moment it starts, so the page names
 * the other language for that moment (synchronously, before anything is
 * drawn) and its own again at once.
 */
function loadOtherIndex(htmlLang: LanguageTag): Promise<Pagefind> {
  return import(/* @vite-ignore */ `${PAGEFIND_URL}?index=${htmlLang.toLowerCase()}`).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 40 });
    const root = document.documentElement;
    const pageLang = root.lang;
    root.lang = htmlLang;
    const started = module.init();
    root.lang = pageLang;
    await started;
    return module;
  });
}

/** The Chinese index, for Chinese typed on an English page. */
function loadChinese(): Promise<Pagefind> {
  chinese ??= loadOtherIndex(langToTag('zh'));
  return chinese;
}

/** The English index, for Latin letters typed on a Chinese page. */
function loadEnglish(): Promise<Pagefind> {
  english ??= loadOtherIndex(langToTag('en'));
  return english;
}

/**
 * Copies Pagefind's excerpt into an element: its text, and its <mark>
 * highlights, and nothing else, so no markup from the index reaches the page.
 */
function fillExcerpt(target: HTMLElement, excerpt: string): void {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstChild;
  for (const node of Array.from(parsed?.childNodes ?? [])) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else {
      target.append(node.textContent ?? '');
    }
  }
}

/** The path of the task in this page's language: /zh/… results from an English page go to /en/…. */
const inAnyLanguage = new RegExp(`^/(?:${LANGS.join('|')})/`);
const localPath = (url: string, lang: Lang) => new URL(url, location.href).pathname.replace(inAnyLanguage, `/${lang}/`);

const paragraph = (className: string, text = '') => {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
};

/**
 * One result: the task's opening words as the link, then where it stands
 * (document, number, category), then why it was found: an excerpt of its own
 * words, or a labelled line naming the body or category that matched.
 */
function resultItem(hit: Hit, data: PagefindResultData, facets: FacetMatch[], strings: SearchStrings, lang: Lang): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  heading.className = 'result-title';
  const link = document.createElement('a');
  link.href = localPath(data.url, lang);
  const number = data.meta.number ?? '';
  // Each task page carries its headline in both languages, so a result from
  // the other language's index still reads in this page's language.
  link.textContent = data.meta[`title_${lang}`] ?? data.meta.title ?? data.url;
  heading.append(link);
  const documentId = data.filters.document?.[0] ?? '';
  const categoryId = data.filters.category?.[0] ?? '';
  const priorities = (data.filters.priority ?? []).map((id) => strings.priorities[id] ?? id);
  const where = [strings.documents[documentId] ?? '', strings.taskNumber.replace('{number}', number), strings.categories[categoryId] ?? '', ...priorities];
  item.append(heading, paragraph('task-meta', where.filter(Boolean).join(' · ')));

  // Why it was found through a name: one labelled line per role, never glued to the text.
  for (const facet of facets) {
    if (facet.filter === 'agency') {
      for (const role of rolesOf(data.filters, facet.id)) item.append(paragraph('result-match', `${strings.roles[role]}${strings.colon}${facet.label}`));
    } else if (facet.id === categoryId) {
      item.append(paragraph('result-match', `${strings.categoryLabel}${strings.colon}${facet.label}`));
    }
  }
  if (!hit.throughName && data.excerpt) {
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    if (hit.fromOriginal) {
      const label = document.createElement('span');
      label.className = 'muted';
      label.textContent = `${LANGUAGES[lang].original ? strings.englishMatch : strings.originalMatch}${strings.colon}`;
      const original = document.createElement('span');
      original.lang = langToTag(otherLangs(lang)[0]!);
      fillExcerpt(original, data.excerpt);
      excerpt.append(label, original);
    } else {
      fillExcerpt(excerpt, data.excerpt);
    }
    item.append(excerpt);
  }
  return item;
}

/**
 * Runs the search page: reads the query from the URL (so a search can be
 * shared as a link), keeps the URL in step with the form, and shows results
 * from the Pagefind index of the page's language, or, for Chinese typed on an
 * English page, from the Chinese index.
 *
 * The list is only ever replaced whole, once the new results are ready, and
 * only when the search itself has changed: a click on a result moves focus
 * out of the text box, and that must not rebuild the list under the pointer.
 */
export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const more = document.querySelector<HTMLButtonElement>('#search-more');
  const filtersBox = document.querySelector<HTMLDetailsElement>('#search-filters');
  const stringsElement = document.querySelector('#search-strings');
  const glossaryLine = document.querySelector<HTMLElement>('#search-glossary');
  if (!form || !status || !list || !more || !stringsElement) return;
  document.querySelector('#search-fallback')?.setAttribute('hidden', '');
  form.hidden = false;
  const strings = JSON.parse(stringsElement.textContent ?? '{}') as SearchStrings;
  const lang = pathToLang(location.pathname);
  const isOriginal = LANGUAGES[lang].original;
  // Bodies and categories by every name a query may use, labelled in the page's language.
  const agencyNames: AgencyName[] = strings.agencyNames.map(([id, ...names]) => ({ id: id!, names, label: (isOriginal ? names[0] : names.at(-1))! }));
  const categoryNames: AgencyName[] = strings.categoryNames.map(([id, ...names]) => ({ id: id!, names, label: strings.categories[id!] ?? names[0]! }));
  // The page's own language only in a label, so no untagged Chinese reaches an English page.
  const glossaryTerms: GlossaryTermName[] = strings.glossaryTerms.map(([anchor, zh, en]) => ({
    id: `${strings.glossaryPath}#${anchor}`,
    names: [zh, en],
    label: isOriginal ? `${zh} ${en}` : en,
  }));
  const plural = new Intl.PluralRules(LANGUAGES[lang].locale);
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const fields = { q: field('q'), document: field('doc'), category: field('cat'), agency: field('agency'), role: field('role'), priority: field('pri') };

  const readForm = (): SearchState => paramsToState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  const writeForm = (state: SearchState) => {
    for (const key of Object.keys(fields) as (keyof SearchState)[]) fields[key].value = state[key];
    fields.role.disabled = !state.agency;
    // Filters set by a shared link are shown, not folded away.
    if (filtersBox && (state.document || state.category || state.agency || state.priority)) filtersBox.open = true;
  };

  let hits: Hit[] = [];
  let facets: FacetMatch[] = [];
  let generation = 0;
  /** The search on show (as its query string), so an unchanged search is not run again. */
  let shown: string | undefined;

  /** The next page of results, built off the page and returned whole. */
  async function nextItems(from: number): Promise<HTMLLIElement[]> {
    const batch = hits.slice(from, from + PAGE_SIZE);
    const data = await Promise.all(batch.map((hit) => hit.result.data()));
    return batch.map((hit, i) => resultItem(hit, data[i]!, facets, strings, lang));
  }

  async function run(state: SearchState): Promise<void> {
    const current = ++generation;
    list!.setAttribute('aria-busy', 'true');
    // Say so only if it takes a while: a quick search is announced once, with its count.
    const slow = setTimeout(() => current === generation && (status!.textContent = strings.loading), LOADING_DELAY_MS);
    const finish = (message: string, items: HTMLLIElement[], moreLeft: boolean) => {
      clearTimeout(slow);
      // One step: the old results give way to the new, never to an empty list.
      list!.replaceChildren(...items);
      more!.hidden = !moreLeft;
      status!.textContent = message;
      list!.setAttribute('aria-busy', 'false');
    };
    if (isEmpty(state)) return finish('', [], false);
    try {
      const fromOriginal = !isOriginal && HAN.test(state.q);
      // The Chinese index is in Simplified characters: 外匯 is searched as 外汇 (the converter loads only for such a query).
      const q = isOriginal || fromOriginal ? await toSimplified(state.q) : state.q;
      // The glossary entries the words name, shown above the tasks. Matched here,
      // by the same rule as a body's name, against the terms the page carries:
      // asking Pagefind would fetch the whole glossary page on every first search.
      const glossary = q ? glossaryMatches(q, glossaryTerms) : [];
      const engine = await (fromOriginal ? loadChinese() : loadPrimary());
      const filters = stateToFilters(state);
      const inOrder = { sort: { position: 'asc' as const } };
      // Words search the tasks' own text; a body's or category's name lists its
      // tasks through Pagefind's filters, after every task whose words match.
      // The form's filters still narrow them: an array asks Pagefind for pages
      // that carry every value (a body filtered for, and the body named).
      const named = q ? queryToFacets(q, agencyNames, categoryNames).filter((f) => filters[f.filter] !== f.id) : [];
      const withFacet = (f: FacetMatch) => ({ ...filters, [f.filter]: filters[f.filter] ? [filters[f.filter]!, f.id] : f.id });
      // A word search asks for tasks only, whatever else a future index holds.
      const taskFilters = tasksOnly(filters, Object.keys(strings.documents));
      const [byWords, ...byNames] = await Promise.all([
        engine.search(q || null, { filters: taskFilters, ...(q ? {} : inOrder) }),
        ...named.map((f) => engine.search(null, { filters: withFacet(f), ...inOrder })),
      ]);
      // Latin letters on the Chinese page (BRICS, Single Window): the English index too, for the tasks the Chinese index did not find.
      const byEnglish = isOriginal && isLatin(q) ? await (await loadEnglish()).search(q, { filters: taskFilters }) : null;
      if (current !== generation) return;
      if (glossaryLine) showGlossaryMatches(glossaryLine, glossary, strings.glossary);
      const seen = new Set<string>();
      const collect = (results: PagefindResult[] | undefined, throughName: boolean) =>
        (results ?? []).filter((r) => !seen.has(r.id) && seen.add(r.id)).map((result) => ({ result, fromOriginal, throughName }));
      hits = [...collect(byWords?.results, false), ...byNames.flatMap((search) => collect(search?.results, true))];
      if (byEnglish) {
        // The two indexes give one task different ids: compare the pages they lead to.
        const pathOf = async (result: PagefindResult) => localPath((await result.data()).url, lang);
        const found = new Set(await Promise.all(hits.map((hit) => pathOf(hit.result))));
        const english = await Promise.all(byEnglish.results.map(async (result) => ({ result, path: await pathOf(result) })));
        hits.push(...english.filter(({ path }) => !found.has(path)).map(({ result }) => ({ result, fromOriginal: true, throughName: false })));
      }
      facets = named;
      const items = await nextItems(0);
      if (current !== generation) return;
      const count =
        hits.length === 0 ? strings.none : (strings.results[plural.select(hits.length)] ?? strings.results.other!).replace('{count}', String(hits.length));
      const notes = [
        q !== state.q ? strings.simplified.replace('{query}', q) : '',
        fromOriginal ? strings.fromChinese : '',
        byEnglish ? strings.fromEnglish : '',
      ];
      finish([...notes, count].filter(Boolean).join(' '), items, hits.length > items.length);
    } catch {
      if (current === generation) finish(strings.error, [], false);
    }
  }

  /** Runs the search the form now holds, unless it is the one on show. */
  const update = () => {
    const state = readForm();
    fields.role.disabled = !state.agency;
    const query = stateToParams(state).toString();
    if (query === shown) return;
    shown = query;
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    void run(state);
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    update();
  });
  // Only the filters act on `change`: the text box fires it when it loses
  // focus, which is exactly when the reader clicks a result.
  form.addEventListener('change', (event) => {
    if (event.target !== fields.q) update();
  });
  fields.q.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(update, 300);
  });
  form.addEventListener('reset', () => setTimeout(update));
  fields.category.addEventListener('change', () => {
    // A category belongs to one document: keep the document filter consistent.
    const option = (fields.category as HTMLSelectElement).selectedOptions[0];
    if (option?.dataset.document) fields.document.value = option.dataset.document;
  });
  /** Shows the next page of results; false when there was nothing more to show. */
  async function showMore(): Promise<boolean> {
    const current = generation;
    const items = await nextItems(list!.children.length);
    if (current !== generation || items.length === 0) return false;
    list!.append(...items);
    more!.hidden = list!.children.length >= hits.length;
    return true;
  }
  async function showMoreKeepingFocus(): Promise<void> {
    const before = list!.children.length;
    if (!(await showMore())) return;
    // Keep the reader where they are: on the button while it stays, else on the first new result.
    if (more!.hidden) list!.children[before]?.querySelector('a')?.focus();
  }
  // The listener has nothing to wait for: showMore's own failure is the search's to report.
  more.addEventListener('click', () => void showMoreKeepingFocus());

  // Back from a result: show as many results as the reader had open, and
  // return to where they were. The browser's own restore cannot, because the
  // results arrive after the page has loaded.
  window.addEventListener('pagehide', () => {
    try {
      sessionStorage.setItem(PLACE_KEY, JSON.stringify({ search: location.search, results: list.children.length, scrollY: window.scrollY } satisfies Place));
    } catch {
      // Storage refused (a private window, a full quota): Back simply starts at the top.
    }
  });
  const place = readPlace();

  const initial = paramsToState(new URLSearchParams(location.search));
  writeForm(initial);
  shown = stateToParams(initial).toString();
  // Start Pagefind (its script, its WebAssembly, its index entry) while the
  // reader is still typing, so the first query only fetches what it needs.
  if (isEmpty(initial)) void loadPrimary().catch(() => undefined);
  void run(initial).then(async () => {
    if (!place || place.search !== location.search) return;
    while (list.children.length < place.results && (await showMore()));
    window.scrollTo(0, place.scrollY);
  });
}

/** Where a reader left the search page: which search, how many results were open, how far down. */
interface Place {
  search: string;
  results: number;
  scrollY: number;
}
const PLACE_KEY = 'search-place';

/** The place saved when the reader last left the search page in this tab, if it can be read. */
function readPlace(): Place | undefined {
  try {
    const place = JSON.parse(sessionStorage.getItem(PLACE_KEY) ?? 'null') as Place | null;
    return place && typeof place.search === 'string' && Number.isInteger(place.results) && Number.isFinite(place.scrollY) ? place : undefined;
  } catch {
    return undefined;
  }
}
