import { isEmpty, paramsToState, stateToFilters, stateToParams, type SearchState } from './query.ts';

/** The parts of Pagefind's browser API this page uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }): Promise<{ results: PagefindResult[] } | null>;
}

interface Strings {
  loading: string;
  results: string;
  none: string;
  more: string;
  error: string;
}

const PAGE_SIZE = 20;
// Kept in a variable so the bundler leaves it alone: the file exists only
// after Pagefind has indexed the built site.
const PAGEFIND_URL = '/pagefind/pagefind.js';

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 40 });
    return module;
  });
  return pagefind;
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

function resultItem(data: PagefindResultData, strings: Strings): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const meta = document.createElement('p');
  meta.className = 'task-meta';
  // The title names the document and the number; the line below adds the category.
  meta.textContent = data.meta.category ?? '';
  const excerpt = document.createElement('p');
  fillExcerpt(excerpt, data.excerpt);
  item.append(link, meta, excerpt);
  return item;
}

/**
 * Runs the search page: reads the query from the URL (so a search can be
 * shared as a link), keeps the URL in step with the form, and shows results
 * from the Pagefind index of the page's language.
 */
export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const more = document.querySelector<HTMLButtonElement>('#search-more');
  const stringsElement = document.querySelector('#search-strings');
  if (!form || !status || !list || !more || !stringsElement) return;
  document.querySelector('#search-fallback')?.setAttribute('hidden', '');
  const strings = JSON.parse(stringsElement.textContent ?? '{}') as Strings;
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const fields = { q: field('q'), document: field('doc'), category: field('cat'), agency: field('agency'), role: field('role') };

  const readForm = (): SearchState => paramsToState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  const writeForm = (state: SearchState) => {
    for (const key of Object.keys(fields) as (keyof SearchState)[]) fields[key].value = state[key];
    fields.role.disabled = !state.agency;
  };

  let shown: PagefindResult[] = [];
  let generation = 0;

  async function showMore(): Promise<void> {
    const batch = shown.slice(list!.children.length, list!.children.length + PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data()));
    list!.append(...data.map((d) => resultItem(d, strings)));
    more!.hidden = list!.children.length >= shown.length;
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
      const engine = await loadPagefind();
      // Without words, list the filtered tasks in the documents' own order.
      const search = await engine.search(state.q || null, { filters: stateToFilters(state), ...(state.q ? {} : { sort: { position: 'asc' } }) });
      if (current !== generation) return;
      shown = search?.results ?? [];
      await showMore();
      if (current !== generation) return;
      finish(shown.length === 0 ? strings.none : strings.results.replace('{count}', String(shown.length)));
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
  more.addEventListener('click', () => void showMore());

  const initial = paramsToState(new URLSearchParams(location.search));
  writeForm(initial);
  void run(initial);
}
