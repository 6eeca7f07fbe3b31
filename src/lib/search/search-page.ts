import { isEmpty, paramsToState, stateToFilters, stateToParams, type SearchState } from './query.ts';
import { GLOSSARY_FILTER, glossaryMatches, showGlossaryMatches, type GlossaryMatch } from './glossary-hint.ts';
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
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options: { filters?: Record<string, FilterValue>; sort?: Record<string, 'asc' | 'desc'> }): Promise<{ results: PagefindResult[] } | null>;
}

interface Strings {
  loading: string;
  results: string;
  none: string;
  more: string;
  error: string;
  fromChinese: string;
  originalMatch: string;
  fromEnglish: string;
  englishMatch: string;
  simplified: string;
  glossary: string;
  taskTitle: string;
  documents: Record<string, string>;
  categories: Record<string, string>;
  priorities: Record<string, string>;
}

/** One result, whichever index it came from, pointing at a page in this page's language. */
interface Hit {
  result: PagefindResult;
  /** Found in the other language's index: the Chinese from an English page, the English from a Chinese page. */
  fromOriginal: boolean;
}

const PAGE_SIZE = 20;
// Kept in a variable so the bundler leaves it alone: the file exists only
// after Pagefind has indexed the built site.
const PAGEFIND_URL = '/pagefind/pagefind.js';
const HAN = /\p{Script=Han}/u;

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
 * A second Pagefind, for English pages, that searches the Chinese index: a
 * reader who types Chinese on the English search page still finds the tasks.
 * A distinct module URL gives a separate instance; the index is merged by its
 * full URL, because Pagefind skips a merge that looks like its own index.
 */
function loadChinese(): Promise<Pagefind> {
  chinese ??= import(/* @vite-ignore */ `${PAGEFIND_URL}?index=zh-cn`).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 40 });
    await module.mergeIndex(new URL('/pagefind/', location.href).href, { language: 'zh-cn' });
    return module;
  });
  return chinese;
}

/**
 * The other way round: the English index from a Chinese page, for a query in
 * Latin letters (BRICS, Single Window). Not merged into a Chinese instance:
 * a merged index is searched with the primary's WebAssembly, which for
 * Chinese does not stem English, so "BRICS" would miss "BRICS countries".
 * Pagefind takes an instance's language from <html lang> the moment it
 * starts, so the page names English for that moment (synchronously, before
 * anything is drawn) and its own language again at once.
 */
function loadEnglish(): Promise<Pagefind> {
  english ??= import(/* @vite-ignore */ `${PAGEFIND_URL}?index=en`).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 40 });
    const root = document.documentElement;
    const pageLang = root.lang;
    root.lang = 'en';
    const started = module.init();
    root.lang = pageLang;
    await started;
    return module;
  });
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
const localPath = (url: string, lang: string) => new URL(url, location.href).pathname.replace(/^\/(?:zh|en)\//, `/${lang}/`);

function resultItem(hit: Hit, data: PagefindResultData, strings: Strings, lang: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = localPath(data.url, lang);
  const documentId = data.filters.document?.[0] ?? '';
  const categoryId = data.filters.category?.[0] ?? '';
  // Results from the Chinese index carry Chinese metadata: name them in the page's language.
  link.textContent = hit.fromOriginal
    ? strings.taskTitle.replace('{document}', strings.documents[documentId] ?? documentId).replace('{number}', data.meta.number ?? '')
    : (data.meta.title ?? data.url);
  const meta = document.createElement('p');
  meta.className = 'task-meta';
  // The title names the document and the number; the line below adds the category.
  const category = hit.fromOriginal ? (strings.categories[categoryId] ?? '') : (data.meta.category ?? '');
  const priorities = hit.fromOriginal ? (data.filters.priority ?? []).map((id) => strings.priorities[id] ?? id).join(' · ') : (data.meta.priorities ?? '');
  meta.textContent = [category, priorities].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  if (hit.fromOriginal) {
    const label = document.createElement('span');
    label.className = 'muted';
    label.textContent = `${lang === 'en' ? strings.originalMatch : strings.englishMatch}: `;
    const original = document.createElement('span');
    original.lang = lang === 'en' ? 'zh-CN' : 'en';
    fillExcerpt(original, data.excerpt);
    excerpt.append(label, original);
  } else {
    fillExcerpt(excerpt, data.excerpt);
  }
  item.append(link, meta, excerpt);
  return item;
}

/**
 * Runs the search page: reads the query from the URL (so a search can be
 * shared as a link), keeps the URL in step with the form, and shows results
 * from the Pagefind index of the page's language, or, for Chinese typed on an
 * English page, from the Chinese index.
 */
export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const more = document.querySelector<HTMLButtonElement>('#search-more');
  const stringsElement = document.querySelector('#search-strings');
  const glossaryLine = document.querySelector<HTMLElement>('#search-glossary');
  if (!form || !status || !list || !more || !stringsElement) return;
  document.querySelector('#search-fallback')?.setAttribute('hidden', '');
  const strings = JSON.parse(stringsElement.textContent ?? '{}') as Strings;
  const lang = document.documentElement.lang === 'en' ? 'en' : 'zh';
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const fields = { q: field('q'), document: field('doc'), category: field('cat'), agency: field('agency'), role: field('role'), priority: field('pri') };

  const readForm = (): SearchState => paramsToState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  const writeForm = (state: SearchState) => {
    for (const key of Object.keys(fields) as (keyof SearchState)[]) fields[key].value = state[key];
    fields.role.disabled = !state.agency;
  };

  let hits: Hit[] = [];
  let generation = 0;

  /** Shows the next page of results, each as soon as its data arrives, in order. */
  async function showMore(current: number): Promise<void> {
    const batch = hits.slice(list!.children.length, list!.children.length + PAGE_SIZE);
    const pending = batch.map((hit) => hit.result.data());
    for (const [i, hit] of batch.entries()) {
      const data = await pending[i];
      if (current !== generation || !data) return;
      list!.append(resultItem(hit, data, strings, lang));
    }
    more!.hidden = list!.children.length >= hits.length;
  }

  async function run(state: SearchState): Promise<void> {
    const current = ++generation;
    list!.replaceChildren();
    list!.setAttribute('aria-busy', 'true');
    more!.hidden = true;
    const finish = (message: string) => {
      status!.textContent = message;
      list!.setAttribute('aria-busy', 'false');
    };
    if (isEmpty(state)) return finish('');
    status!.textContent = strings.loading;
    try {
      const fromOriginal = lang === 'en' && HAN.test(state.q);
      // The Chinese index is in Simplified characters: 外匯 is searched as 外汇 (the converter loads only for such a query).
      const q = lang === 'zh' || fromOriginal ? await toSimplified(state.q) : state.q;
      // The glossary entries the words name, shown above the tasks; looked up alongside them.
      const glossary = q ? loadPrimary().then(async (pagefind) => glossaryMatches(await (await pagefind.search(q, { filters: GLOSSARY_FILTER }))?.results[0]?.data())).catch((): GlossaryMatch[] => []) : Promise.resolve([]);
      const engine = await (fromOriginal ? loadChinese() : loadPrimary());
      // Without words, list the filtered tasks in the documents' own order.
      const filters = tasksOnly(stateToFilters(state), Object.keys(strings.documents));
      const search = await engine.search(q || null, { filters, ...(q ? {} : { sort: { position: 'asc' } }) });
      // Latin letters on the Chinese page (BRICS, Single Window): the English index too, for the tasks the Chinese index did not find.
      const alsoEnglish = lang === 'zh' && isLatin(q) ? await (await loadEnglish()).search(q, { filters }) : null;
      const terms = await glossary;
      if (current !== generation) return;
      if (glossaryLine) showGlossaryMatches(glossaryLine, terms, strings.glossary);
      hits = (search?.results ?? []).map((result) => ({ result, fromOriginal }));
      if (alsoEnglish) {
        const found = new Set(await Promise.all(hits.map(async (hit) => localPath((await hit.result.data()).url, lang))));
        const more = await Promise.all(alsoEnglish.results.map(async (result) => ({ result, path: localPath((await result.data()).url, lang) })));
        hits.push(...more.filter(({ path }) => !found.has(path)).map(({ result }) => ({ result, fromOriginal: true })));
      }
      await showMore(current);
      if (current !== generation) return;
      const count = hits.length === 0 ? strings.none : strings.results.replace('{count}', String(hits.length));
      const notes = [q !== state.q ? strings.simplified.replace('{query}', q) : '', fromOriginal ? strings.fromChinese : '', alsoEnglish ? strings.fromEnglish : ''];
      finish([...notes, count].filter(Boolean).join(' '));
    } catch {
      if (current === generation) finish(strings.error);
    }
  }

  const update = () => {
    const state = readForm();
    fields.role.disabled = !state.agency;
    const query = stateToParams(state).toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    void run(state);
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    update();
  });
  form.addEventListener('change', update);
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
  more.addEventListener('click', () => void showMore(generation));

  const initial = paramsToState(new URLSearchParams(location.search));
  writeForm(initial);
  // Start Pagefind (its script, its WebAssembly, its index entry) while the
  // reader is still typing, so the first query only fetches what it needs.
  if (isEmpty(initial)) void loadPrimary().catch(() => undefined);
  void run(initial);
}
