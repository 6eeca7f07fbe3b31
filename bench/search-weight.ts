/**
 * The first search on a phone, in Chromium against the built site: every byte
 * from opening the search page to the first results on screen (the page, its
 * styles and scripts, the search data), as sent over the wire with the
 * precompressed brotli files the build writes, headers counted too; and the
 * time from pressing Enter to the first result. The budget (issue 20): 120 KB
 * in both languages, for the task search.
 *
 * The documents' full text is measured the same way, with words of the plan's
 * prose that no task says, so the page searches the full text at once: the
 * first full-text search, Pagefind's script, WebAssembly, index and records
 * included (no budget; what it costs, shown apart).
 *
 *   node bench/search-weight.ts     the four searches alone, with each file
 *
 * `npm run bench` runs it too, through {@link measureSearches} and {@link searchWeightBudgets}.
 */
import { launchBrowser, serveSite } from '../tests/helpers/browser.ts';

/** The queries measured: the reporters' commonest word, in each edition, which tasks answer. */
export const FIRST_SEARCHES = [
  { lang: 'zh', query: '外汇' },
  { lang: 'en', query: 'foreign exchange' },
] as const;

/** Words of the plan's prose (its section 六（一）) that no task says: the page searches the documents' full text for them at once. */
export const FIRST_FULL_TEXT_SEARCHES = [
  { lang: 'zh', query: '高位统筹' },
  { lang: 'en', query: 'closed-loop supervision' },
] as const;

/** Which list a search's first results appear in: the tasks', or the documents' full text's. */
export type SearchKind = 'tasks' | 'full text';
const LISTS: Record<SearchKind, string> = { tasks: '#search-results', 'full text': '#search-text-results' };

/** What one first search cost. */
export interface SearchWeight {
  kind: SearchKind;
  lang: string;
  query: string;
  /** Bodies as transferred (brotli where the server has it) plus response headers. */
  bytes: number;
  headers: number;
  requests: number;
  /** From pressing Enter to the first result in the list. */
  ms: number;
  results: number;
  /** Each file fetched, with the bytes of its body as transferred. */
  files: { path: string; bytes: number }[];
  /** Of `bytes`, the bodies of Pagefind's files (/pagefind/) and of the full-text search's own script. */
  fullTextBytes: number;
}

const BUDGET_BYTES = 120 * 1024;
const BUDGET_MS = 300;

/** Opens the search page on a phone-sized screen in a fresh browser, types a query, presses Enter, and counts until the first results of the kind asked for are on screen. */
export async function measureFirstSearch(lang: string, query: string, kind: SearchKind = 'tasks'): Promise<SearchWeight> {
  const server = await serveSite();
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    const finished: Promise<{ path: string; body: number; headers: number }>[] = [];
    let pending = 0;
    context.on('request', () => (pending += 1));
    context.on('requestfailed', () => (pending -= 1));
    context.on('requestfinished', (request) => {
      pending -= 1;
      finished.push(
        request.sizes().then((s) => ({ path: request.url().replace(server.origin, ''), body: s.responseBodySize, headers: s.responseHeadersSize })),
      );
    });
    const page = await context.newPage();
    await page.goto(`${server.origin}/${lang}/search/`);
    await page.waitForLoadState('networkidle');
    await page.locator('#search-q').fill(query);
    const timing = await page.evaluate(async (selector) => {
      const list = document.querySelector(selector)!;
      const firstResult = new Promise<number>((resolve) => {
        new MutationObserver(() => list.children.length > 0 && resolve(performance.now())).observe(list, { childList: true });
      });
      const started = performance.now();
      document.querySelector<HTMLFormElement>('#search-form')!.requestSubmit();
      const shown = await firstResult;
      return { ms: shown - started, results: list.children.length };
    }, LISTS[kind]);
    await page.waitForSelector(`${LISTS[kind]}[aria-busy="false"]`, { state: 'attached' });
    while (pending > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    const sizes = await Promise.all(finished);
    await context.close();
    const headers = sizes.reduce((n, s) => n + s.headers, 0);
    const files = sizes.map((s) => ({ path: s.path, bytes: s.body })).sort((a, b) => b.bytes - a.bytes);
    return {
      kind,
      lang,
      query,
      bytes: sizes.reduce((n, s) => n + s.body, 0) + headers,
      headers,
      requests: sizes.length,
      ...timing,
      files,
      fullTextBytes: files.filter((f) => /^\/pagefind\/|\/full-text-view\./.test(f.path)).reduce((n, f) => n + f.bytes, 0),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A line per search, and per file fetched. */
export const weightToLines = (w: SearchWeight): string[] => [
  `${w.kind}, ${w.lang} “${w.query}”: ${kb(w.bytes)} in ${w.requests} requests (headers ${kb(w.headers)}; the full text's ${kb(w.fullTextBytes)}), first results in ${Math.round(w.ms)} ms`,
  ...w.files.map((f) => `    ${kb(f.bytes).padStart(9)}  ${f.path}`),
];

/** Measures the first searches, tasks and full text in each language, and prints what each fetched. */
export async function measureSearches(): Promise<SearchWeight[]> {
  const weights: SearchWeight[] = [];
  for (const { lang, query } of FIRST_SEARCHES) weights.push(await measureFirstSearch(lang, query, 'tasks'));
  for (const { lang, query } of FIRST_FULL_TEXT_SEARCHES) weights.push(await measureFirstSearch(lang, query, 'full text'));
  for (const w of weights) console.log(weightToLines(w).join('\n'));
  return weights;
}

/**
 * The rows of the bench's budget table: the first task search's bytes and
 * time, each against its budget, and that it loads nothing of the full text.
 */
export function searchWeightBudgets(weights: readonly SearchWeight[]): { budget: string; value: string; ok: boolean }[] {
  const tasks = weights.filter((w) => w.kind === 'tasks');
  return [
    {
      budget: 'first search on a phone ≤ 120 KB (brotli, page and headers included)',
      value: tasks.map((w) => `${w.lang} ${kb(w.bytes)}`).join(', '),
      ok: tasks.every((w) => w.bytes <= BUDGET_BYTES),
    },
    {
      budget: `first search results ≤ ${BUDGET_MS} ms`,
      value: tasks.map((w) => `${w.lang} ${Math.round(w.ms)} ms`).join(', '),
      ok: tasks.every((w) => w.ms <= BUDGET_MS),
    },
    {
      budget: 'first search loads nothing of the full text (Pagefind, its index, its script)',
      value: tasks.map((w) => `${w.lang} ${kb(w.fullTextBytes)}`).join(', '),
      ok: tasks.every((w) => w.fullTextBytes === 0),
    },
  ];
}

/** The table of first searches: what each transferred, the full text's part of it, and how soon it answered. */
export const weightsToTable = (weights: readonly SearchWeight[]): string[] => [
  '| first search | transferred | of which the full text | requests | first results |',
  '| --- | --- | --- | --- | --- |',
  ...weights.map((w) => `| ${w.kind}, ${w.lang} “${w.query}” | ${kb(w.bytes)} | ${kb(w.fullTextBytes)} | ${w.requests} | ${Math.round(w.ms)} ms |`),
];

if (import.meta.main) {
  const weights = await measureSearches();
  console.log(['', ...weightsToTable(weights), ''].join('\n'));
  const rows = searchWeightBudgets(weights);
  for (const row of rows) console.log(`${row.ok ? 'pass' : 'FAIL'}  ${row.budget}: ${row.value}`);
  process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
}
