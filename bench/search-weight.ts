/**
 * The first search on a phone, in Chromium against the built site: every byte
 * from opening the search page to the first results on screen (the page, its
 * styles and scripts, the search data), as sent over the wire with the
 * precompressed brotli files the build writes, headers counted too; and the
 * time from pressing Enter to the first result. The budget (issue 20): 120 KB
 * in both languages.
 *
 *   node bench/search-weight.ts     the two searches alone, with each file
 *
 * `npm run bench` runs it too, through {@link searchWeightBudgets}.
 */
import { launchBrowser, serveSite } from '../tests/helpers/browser.ts';

/** The queries measured: the reporters' commonest word, in each edition. */
export const FIRST_SEARCHES = [
  { lang: 'zh', query: '外汇' },
  { lang: 'en', query: 'foreign exchange' },
] as const;

/** What one first search cost. */
export interface SearchWeight {
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
}

const BUDGET_BYTES = 120 * 1024;
const BUDGET_MS = 300;

/** Opens the search page on a phone-sized screen in a fresh browser, types a query, presses Enter, and counts. */
export async function measureFirstSearch(lang: string, query: string): Promise<SearchWeight> {
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
    const timing = await page.evaluate(async () => {
      const list = document.querySelector('#search-results')!;
      const firstResult = new Promise<number>((resolve) => {
        new MutationObserver(() => list.children.length > 0 && resolve(performance.now())).observe(list, { childList: true });
      });
      const started = performance.now();
      document.querySelector<HTMLFormElement>('#search-form')!.requestSubmit();
      const shown = await firstResult;
      return { ms: shown - started, results: list.children.length };
    });
    await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
    while (pending > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    const sizes = await Promise.all(finished);
    await context.close();
    const headers = sizes.reduce((n, s) => n + s.headers, 0);
    return {
      lang,
      query,
      bytes: sizes.reduce((n, s) => n + s.body, 0) + headers,
      headers,
      requests: sizes.length,
      ...timing,
      files: sizes.map((s) => ({ path: s.path, bytes: s.body })).sort((a, b) => b.bytes - a.bytes),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A line per search, and per file fetched. */
export const weightToLines = (w: SearchWeight): string[] => [
  `${w.lang} “${w.query}”: ${kb(w.bytes)} in ${w.requests} requests (headers ${kb(w.headers)}), first results in ${Math.round(w.ms)} ms`,
  ...w.files.map((f) => `    ${kb(f.bytes).padStart(9)}  ${f.path}`),
];

/**
 * Measures both first searches, prints what each fetched, and returns the
 * rows of the bench's budget table: bytes and time, each against its budget.
 */
export async function searchWeightBudgets(): Promise<{ budget: string; value: string; ok: boolean }[]> {
  const weights: SearchWeight[] = [];
  for (const { lang, query } of FIRST_SEARCHES) weights.push(await measureFirstSearch(lang, query));
  for (const w of weights) console.log(weightToLines(w).join('\n'));
  return [
    {
      budget: 'first search on a phone ≤ 120 KB (brotli, page and headers included)',
      value: weights.map((w) => `${w.lang} ${kb(w.bytes)}`).join(', '),
      ok: weights.every((w) => w.bytes <= BUDGET_BYTES),
    },
    {
      budget: `first search results ≤ ${BUDGET_MS} ms`,
      value: weights.map((w) => `${w.lang} ${Math.round(w.ms)} ms`).join(', '),
      ok: weights.every((w) => w.ms <= BUDGET_MS),
    },
  ];
}

if (import.meta.main) {
  const rows = await searchWeightBudgets();
  for (const row of rows) console.log(`${row.ok ? 'pass' : 'FAIL'}  ${row.budget}: ${row.value}`);
  process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
}
