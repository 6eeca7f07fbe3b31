import { LANGUAGES, pathToLang } from '../schema/languages.ts';
import { runSearch, type Answer, type SearchData } from './engine.ts';
import { glossaryMatches, showGlossaryMatches, type GlossaryTermName } from './glossary-hint.ts';
import { nearestWords } from './nearest.ts';
import { isEmpty, paramsToState, stateToParams, type SearchState } from './query.ts';
import { isLatin, toSimplified } from './query-forms.ts';
import { answerNotes, filterChips, resultItem, type ItemContext, type SearchStrings } from './render.ts';
import type { EnglishFile, TasksFile } from './search-data.ts';

/*
 * The search page's controller: it reads the search from the URL (so a search
 * can be shared as a link) and keeps the URL in step with the form, loads the
 * data a search needs, asks the engine (engine.ts) and has the answer drawn
 * (render.ts), and brings the reader back to their place on Back.
 *
 * The list is only ever replaced whole, once the new answer is ready, and
 * only when the search itself has changed: a click on a result moves focus
 * out of the text box, and that must not rebuild the list under the pointer.
 *
 * Below the notes, the documents' full text (full-text.ts): searched, with
 * Pagefind loaded for it, only when no task answers the words or the reader
 * asks (the button; `text=1` in the address keeps it asked); otherwise
 * nothing of it loads.
 */

const PAGE_SIZE = 20;
/** The data search reads (src/pages/search/[file].ts). */
const TASKS_URL = '/search/tasks.json';
const ENGLISH_URL = '/search/en.json';
/** How long a search may take before the page says it is searching. */
const LOADING_DELAY_MS = 400;

const fetchJson = <T>(url: string): Promise<T> =>
  fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json() as Promise<T>;
  });
let tasksFile: Promise<TasksFile> | undefined;
let englishFile: Promise<EnglishFile> | undefined;
const loadTasks = () => (tasksFile ??= fetchJson<TasksFile>(TASKS_URL));
const loadEnglish = () => (englishFile ??= fetchJson<EnglishFile>(ENGLISH_URL));

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

/** Runs the search page. */
export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const more = document.querySelector<HTMLButtonElement>('#search-more');
  const notesBox = document.querySelector<HTMLElement>('#search-notes');
  const chips = document.querySelector<HTMLUListElement>('#search-chips');
  const filtersBox = document.querySelector<HTMLDetailsElement>('#search-filters');
  const stringsElement = document.querySelector('#search-strings');
  const glossaryLine = document.querySelector<HTMLElement>('#search-glossary');
  const filterCount = document.querySelector<HTMLElement>('#search-filter-count');
  /** The documents' full text: the block, its button, and its status (the rest is full-text-view.ts's). */
  const textBox = document.querySelector<HTMLElement>('#search-text');
  const textRun = document.querySelector<HTMLButtonElement>('#search-text-run');
  const textStatus = document.querySelector<HTMLElement>('#search-text-status');
  if (!form || !status || !list || !more || !notesBox || !chips || !stringsElement) return;
  document.querySelector('#search-fallback')?.setAttribute('hidden', '');
  form.hidden = false;
  const strings = JSON.parse(stringsElement.textContent ?? '{}') as SearchStrings;
  const lang = pathToLang(location.pathname);
  const isOriginal = LANGUAGES[lang].original;
  const agencyLabels = new Map(strings.agencies.map((a) => [a.id, a.label[lang]]));
  const agencyLabel = (id: string) => agencyLabels.get(id) ?? id;
  // The page's own language only in a label, so no untagged Chinese reaches an English page.
  const glossaryTerms: GlossaryTermName[] = strings.glossaryTerms.map(([anchor, zh, en]) => ({
    id: `${strings.glossaryPath}#${anchor}`,
    names: [zh, en],
    label: isOriginal ? `${zh} ${en}` : en,
  }));
  const plural = new Intl.PluralRules(LANGUAGES[lang].locale);
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const fields = {
    q: field('q'),
    document: field('doc'),
    category: field('cat'),
    agency: field('agency'),
    role: field('role'),
    priority: field('pri'),
    fullText: field('text'),
  };

  const readForm = (): SearchState => paramsToState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  const writeForm = (state: SearchState) => {
    for (const key of Object.keys(fields) as (keyof SearchState)[]) fields[key].value = state[key];
    fields.role.disabled = !state.agency;
    // Filters set by a shared link are shown, not folded away.
    if (filtersBox && (state.document || state.category || state.agency || state.priority)) filtersBox.open = true;
  };
  /** The label the form shows for a filter's value, for its removable chip. */
  const selectedLabel = (key: keyof SearchState) => {
    const select = fields[key];
    return select instanceof HTMLSelectElement ? (select.selectedOptions[0]?.textContent?.trim() ?? '') : '';
  };

  let answer: Answer | undefined;
  let context: ItemContext = { lang, strings, english: undefined, agencyLabel };
  let generation = 0;
  /** The search on show (as its query string), so an unchanged search is not run again. */
  let shown: string | undefined;

  /** The next page of results, built off the page and returned whole. */
  const nextItems = (from: number) => (answer?.hits ?? []).slice(from, from + PAGE_SIZE).map((hit) => resultItem(hit, context));

  async function run(state: SearchState): Promise<void> {
    const current = ++generation;
    list!.setAttribute('aria-busy', 'true');
    // Say so only if it takes a while: a quick search is announced once, with its count.
    const slow = setTimeout(() => current === generation && (status!.textContent = strings.loading), LOADING_DELAY_MS);
    const finish = (message: string, items: HTMLLIElement[], notes: HTMLElement[], count = '') => {
      clearTimeout(slow);
      // One step: the old results give way to the new, never to an empty list.
      list!.replaceChildren(...items);
      notesBox!.replaceChildren(...notes);
      more!.hidden = (answer?.hits.length ?? 0) <= items.length;
      status!.textContent = message;
      if (filterCount) filterCount.textContent = count;
      list!.setAttribute('aria-busy', 'false');
      chips!.replaceChildren(
        ...filterChips(
          state,
          strings,
          Object.fromEntries((['document', 'category', 'agency', 'role', 'priority'] as const).map((k) => [k, selectedLabel(k)])),
          remove,
        ),
      );
      chips!.hidden = chips!.children.length === 0;
    };
    if (isEmpty(state)) {
      answer = undefined;
      if (glossaryLine) showGlossaryMatches(glossaryLine, [], strings.glossary);
      hideText();
      return finish('', [], []);
    }
    try {
      // The Chinese texts are in Simplified characters: 外匯 is searched as 外汇 (the converter loads only for such a query).
      const q = await toSimplified(state.q);
      const latin = /[A-Za-z]/.test(q);
      const [tasks, english] = await Promise.all([loadTasks(), !isOriginal || latin ? loadEnglish() : undefined]);
      if (current !== generation) return;
      const data: SearchData = {
        tasks: tasks.tasks,
        ...(english ? { english: english.en } : {}),
        agencies: strings.agencies,
        synonyms: strings.synonyms,
        glossary: strings.glossaryTerms.map(([, zh, en]) => [zh, en] as const),
        documents: strings.documents,
      };
      answer = runSearch(state, q, data);
      context = { lang, strings, english: english?.en, agencyLabel };
      // The glossary entries the words name, shown above the tasks.
      if (glossaryLine) showGlossaryMatches(glossaryLine, q ? glossaryMatches(q, glossaryTerms) : [], strings.glossary);
      const hits = answer.hits.length;
      const nearest = hits === 0 && q ? nearestWords(q, data) : [];
      const count = hits === 0 ? strings.none : (strings.results[plural.select(hits)] ?? strings.results.other!).replace('{count}', String(hits));
      const notes = [
        q !== state.q ? strings.simplified.replace('{query}', q) : '',
        !isOriginal && /\p{Script=Han}/u.test(q) ? strings.fromChinese : '',
        isOriginal && isLatin(q) ? strings.fromEnglish : '',
      ];
      finish(
        [...notes, count].filter(Boolean).join(' '),
        nextItems(0),
        answerNotes(answer, q, nearest, context, (word) => `?${new URLSearchParams({ q: word }).toString()}`),
        count,
      );
      lastText = { q, state, alsoSearched: answer.alsoSearched };
      if (hits === 0 || state.fullText) void searchText(current);
      else offerText();
    } catch {
      if (current === generation) {
        answer = undefined;
        finish(strings.error, [], []);
        hideText();
      }
    }
  }

  /** The search the full text would run: the words as searched, the form, and the words the task search said it also searched. */
  let lastText: { q: string; state: SearchState; alsoSearched: string[] } | undefined;
  const hideText = () => {
    if (textBox) textBox.hidden = true;
  };
  /** Offers the full text with a button, nothing of it loaded; one line above the tasks, so the first of them stays on a phone's first screen. */
  const offerText = () => {
    if (!textBox || !lastText?.q) return hideText();
    textBox.hidden = false;
    textBox.dataset.state = 'offer';
  };
  /** Searches the documents' prose for the words on show and lists the sections that say them. */
  async function searchText(current: number): Promise<void> {
    if (!textBox || !textStatus || !lastText?.q) return hideText();
    const { q, state, alsoSearched } = lastText;
    try {
      // Loaded on the first full-text search only: the first task search carries none of it.
      const { showSections } = await import('./full-text-view.ts');
      await showSections(textBox, q, state.document, alsoSearched, { context, plural, isCurrent: () => current === generation });
    } catch {
      if (current !== generation) return;
      textBox.dataset.state = 'answer';
      textStatus.textContent = strings.text.error;
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
  /** Removes one filter, as its chip asks: one tap. */
  function remove(key: keyof SearchState): void {
    fields[key].value = '';
    if (key === 'agency') fields.role.value = '';
    update();
    status!.focus();
  }

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
  function showMore(): boolean {
    const items = nextItems(list!.children.length);
    if (items.length === 0) return false;
    list!.append(...items);
    more!.hidden = list!.children.length >= (answer?.hits.length ?? 0);
    return true;
  }
  // The reader asks for the full text: the address keeps it, and the tasks on show stay as they are.
  textRun?.addEventListener('click', () => {
    fields.fullText.value = '1';
    const state = readForm();
    shown = stateToParams(state).toString();
    history.replaceState(null, '', `?${shown}`);
    if (lastText) lastText.state = state;
    textStatus?.focus();
    void searchText(generation);
  });
  more.addEventListener('click', () => {
    const before = list.children.length;
    // Keep the reader where they are: on the button while it stays, else on the first new result.
    if (showMore() && more.hidden) list.children[before]?.querySelector('a')?.focus();
  });

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
  // Fetch the tasks (and, on a translation's page, their English) while the
  // reader is still typing, so the first query waits for nothing.
  void loadTasks().catch(() => undefined);
  if (!isOriginal) void loadEnglish().catch(() => undefined);
  void run(initial).then(() => {
    if (!place || place.search !== location.search) return;
    while (list.children.length < place.results && showMore());
    window.scrollTo(0, place.scrollY);
  });
}
