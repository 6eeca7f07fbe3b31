/**
 * A slow phone, measured: Chromium on a throttled network (150 ms round trip,
 * 1.6 Mbps down, 750 kbps up), its CPU slowed four times, the cache cold, a
 * 375 × 812 touch screen. In the same run and served the same way (nginx with
 * deploy/nginx.conf where it is installed, else the static server `npm start`
 * uses), three sites:
 *
 * - a trivial page, one paragraph of HTML, the yardstick;
 * - ours: a task page's Largest Contentful Paint, and on the search page the
 *   time from the first keystroke of a query to its first result;
 * - a plain Starlight site of the same content (bench/starlight.ts), the same
 *   task page and a search in its own search box.
 *
 * Each figure is the median of `runs` cold loads. The budgets are ratios to
 * the trivial page, so they hold on any machine: a task page ≤ 1.6× (every
 * round trip that can go, gone), a search ≤ 3.0×. And the bytes a task page
 * costs, HTML and CSS, as served (brotli): ≤ 6 KB on every task page.
 */
import { readdirSync, readFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serveStatic } from '../src/integrations/static-server.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { nginxAvailable, startNginx } from '../tests/helpers/nginx.ts';
import { timedStarlightBuild, writeStarlightSite } from './starlight.ts';

/** The network and the phone: the slow phone, in CDP's units (bytes per second, milliseconds). */
export const SLOW_PHONE = {
  latencyMs: 150,
  downloadBytesPerSecond: (1.6 * 1e6) / 8,
  uploadBytesPerSecond: (750 * 1e3) / 8,
  cpuSlowdown: 4,
  viewport: { width: 375, height: 812 },
} as const;

export const BUDGETS = { taskLcpRatio: 1.6, searchRatio: 3.0, taskBytes: 6 * 1024 } as const;

const TASK = '/zh/services-trade/tasks/8/';
const SEARCH = { path: '/zh/search/', query: '外汇' };

export interface Timings {
  runs: number[];
  median: number;
}

export interface ThrottledResult {
  server: string;
  runs: number;
  trivial: Timings;
  task: Timings;
  search: Timings;
  starlight: { task: Timings; search: Timings } | null;
  ratios: { task: number; search: number; starlightTask: number | null; starlightSearch: number | null };
  /** HTML and CSS of each task page as served (its .br), in bytes. */
  taskBytes: { zh: { median: number; max: number; over: number }; en: { median: number; max: number; over: number }; print: number };
  budgets: { budget: string; value: string; ok: boolean }[];
  lines: string[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const timings = (runs: number[]): Timings => ({ runs, median: median(runs) });

/** A fresh context on the slow phone: no cache, the network and the CPU throttled through the DevTools protocol. */
async function slowPhone(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: SLOW_PHONE.viewport, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // Cold: a new context starts with an empty cache (not DevTools' "disable cache", which would also refuse the page's own preloads).
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_PHONE.latencyMs,
    downloadThroughput: SLOW_PHONE.downloadBytesPerSecond,
    uploadThroughput: SLOW_PHONE.uploadBytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuSlowdown });
  // The page's largest paint, as it reports it.
  await page.addInitScript(() => {
    const w = window as unknown as { __lcp: number };
    w.__lcp = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  return { context, page };
}

/** Largest Contentful Paint of one cold load, in ms from navigation. */
async function lcp(browser: Browser, url: string): Promise<number> {
  const { context, page } = await slowPhone(browser);
  try {
    await page.goto(url, { waitUntil: 'load' });
    // LCP settles once the page has painted what it loaded; give it a moment after load.
    await page.waitForTimeout(300);
    const value = await page.evaluate(() => (window as unknown as { __lcp: number }).__lcp);
    if (!(value > 0)) throw new Error(`bench/throttled: no Largest Contentful Paint reported for ${url}`);
    return value;
  } finally {
    await context.close();
  }
}

/**
 * From the first keystroke of a query to its first result, in ms: the page
 * loaded cold, then the query typed (as an input method commits it) into
 * `box`, then the first element matching `result` appears.
 */
async function firstResult(browser: Browser, url: string, open: (page: Page) => Promise<void>, box: string, result: string, query: string): Promise<number> {
  const { context, page } = await slowPhone(browser);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await open(page);
    await page.locator(box).first().click();
    // Watch first, then type: the first keystroke's time and the first result's are both taken in the page.
    await page.evaluate(
      ([boxSelector, resultSelector]) => {
        const w = window as unknown as { __typed: number; __shown: number };
        w.__typed = 0;
        w.__shown = 0;
        const input = document.querySelector(boxSelector!)!;
        for (const type of ['keydown', 'beforeinput', 'input']) input.addEventListener(type, () => (w.__typed ||= performance.now()), { capture: true });
        new MutationObserver(() => {
          if (w.__typed && !w.__shown && document.querySelector(resultSelector!)) w.__shown = performance.now();
        }).observe(document.body, { childList: true, subtree: true });
      },
      [box, result],
    );
    await page.keyboard.insertText(query);
    await page.waitForFunction(() => (window as unknown as { __shown: number }).__shown > 0, null, { timeout: 60_000 });
    return await page.evaluate(() => {
      const w = window as unknown as { __typed: number; __shown: number };
      return w.__shown - w.__typed;
    });
  } finally {
    await context.close();
  }
}

/** The trivial page: one paragraph, nothing else, written beside the site as the build writes a page (with its .br and .gz). */
function writeTrivialSite(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'trivial'), { recursive: true });
  const html = Buffer.from(
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>一段文字</title></head><body><p>推动服务贸易创新发展，扩大服务业对外开放，优化国际贸易“单一窗口”功能。</p></body></html>',
  );
  writeFileSync(join(dir, 'trivial/index.html'), html);
  writeFileSync(join(dir, 'trivial/index.html.br'), brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(join(dir, 'trivial/index.html.gz'), gzipSync(html, { level: 9 }));
  writeFileSync(join(dir, '404.html'), html);
}

/**
 * HTML and CSS of every task page, as served: the .br of the page and of any
 * stylesheet it links for the screen (its inline styles are in the page).
 * The stylesheet for paper (`media="print"`), which holds nothing back and is
 * one file for the whole site, is counted apart.
 */
function taskPageBytes(dist: string) {
  const printSheets = new Map<string, number>();
  const measure = (lang: 'zh' | 'en') => {
    const sizes: number[] = [];
    for (const document of readdirSync(join(dist, lang))) {
      let tasks: string[];
      try {
        tasks = readdirSync(join(dist, lang, document, 'tasks'));
      } catch {
        continue;
      }
      for (const task of tasks) {
        const page = join(dist, lang, document, 'tasks', task, 'index.html');
        let html: string;
        try {
          html = readFileSync(page, 'utf8');
        } catch {
          continue;
        }
        const $ = load(html);
        let css = 0;
        $('link[rel="stylesheet"]').each((_, link) => {
          const href = $(link).attr('href')!;
          const bytes = readFileSync(join(dist, `${href}.br`)).length;
          if ($(link).attr('media') === 'print') printSheets.set(href, bytes);
          else css += bytes;
        });
        sizes.push(readFileSync(`${page}.br`).length + css);
      }
    }
    return { median: median(sizes), max: Math.max(...sizes), over: sizes.filter((s) => s > BUDGETS.taskBytes).length, count: sizes.length };
  };
  return { zh: measure('zh'), en: measure('en'), print: [...printSheets.values()].reduce((a, b) => a + b, 0) };
}

/**
 * Everything above, in one run: builds the Starlight comparison (unless
 * `starlight` is false), serves the three sites the same way, measures each
 * `runs` times, and returns the figures with their budgets and table lines.
 */
export async function measureThrottled(
  root: string,
  astro: string,
  { runs = 5, starlight = true }: { runs?: number; starlight?: boolean } = {},
): Promise<ThrottledResult> {
  const dist = join(root, 'dist');
  const trivialDir = join(root, '.tmp/bench-trivial');
  const starlightDir = join(root, '.tmp/bench-throttled-starlight');
  writeTrivialSite(trivialDir);
  if (starlight) {
    console.log('  building the Starlight comparison…');
    writeStarlightSite(root, starlightDir);
    timedStarlightBuild(starlightDir, astro, { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` });
  }
  const serve = (dir: string) => (nginxAvailable ? startNginx(dir) : serveStatic(dir));
  const servers = await Promise.all([serve(dist), serve(trivialDir), ...(starlight ? [serve(join(starlightDir, 'dist'))] : [])]);
  const [ours, trivialServer, starlightServer] = servers;
  const browser = await launchBrowser();
  const sample = async (measure: () => Promise<number>) => {
    const values: number[] = [];
    for (let run = 0; run < runs; run += 1) values.push(await measure());
    return timings(values);
  };
  try {
    console.log(`  ${runs} cold loads each: the trivial page, a task page, a search…`);
    const trivial = await sample(() => lcp(browser, `${trivialServer!.origin}/trivial/`));
    const task = await sample(() => lcp(browser, `${ours!.origin}${TASK}`));
    const search = await sample(() => firstResult(browser, `${ours!.origin}${SEARCH.path}`, async () => {}, '#search-q', '#search-results > li', SEARCH.query));
    let starlightTimings: ThrottledResult['starlight'] = null;
    if (starlightServer) {
      console.log('  the same on the Starlight site…');
      // Starlight's search box is a dialog its script opens, and then fills with Pagefind's UI: click until the dialog is open
      // (a click before its script has run does nothing), then wait for the box.
      const openSearch = async (page: Page) => {
        const dialog = page.locator('dialog[open]');
        for (let attempt = 0; attempt < 20 && (await dialog.count()) === 0; attempt += 1) {
          await page.locator('button[data-open-modal]').first().click();
          await dialog
            .first()
            .waitFor({ state: 'attached', timeout: 3_000 })
            .catch(() => undefined);
        }
        await page.locator('.pagefind-ui__search-input').first().waitFor({ state: 'visible', timeout: 60_000 });
      };
      starlightTimings = {
        task: await sample(() => lcp(browser, `${starlightServer.origin}${TASK}`)),
        search: await sample(() =>
          firstResult(browser, `${starlightServer.origin}/zh/`, openSearch, '.pagefind-ui__search-input', '.pagefind-ui__result', SEARCH.query),
        ),
      };
    }
    const ratios = {
      task: task.median / trivial.median,
      search: search.median / trivial.median,
      starlightTask: starlightTimings ? starlightTimings.task.median / trivial.median : null,
      starlightSearch: starlightTimings ? starlightTimings.search.median / trivial.median : null,
    };
    const bytes = taskPageBytes(dist);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    const ms = (t: Timings) => `${Math.round(t.median)} ms (runs ${t.runs.map(Math.round).join(', ')})`;
    const budgets = [
      {
        budget: `slow phone: task page LCP ≤ ${BUDGETS.taskLcpRatio}× the trivial page`,
        value: `${ratios.task.toFixed(2)}×`,
        ok: ratios.task <= BUDGETS.taskLcpRatio,
      },
      {
        budget: `slow phone: search, first keystroke to first result ≤ ${BUDGETS.searchRatio}× the trivial page`,
        value: `${ratios.search.toFixed(2)}×`,
        ok: ratios.search <= BUDGETS.searchRatio,
      },
      {
        budget: 'every task page’s HTML + CSS ≤ 6 KB brotli, as served',
        value: `zh median ${kb(bytes.zh.median)}, max ${kb(bytes.zh.max)} (${bytes.zh.over} of ${bytes.zh.count} over); en median ${kb(bytes.en.median)}, max ${kb(bytes.en.max)} (${bytes.en.over} of ${bytes.en.count} over); the site’s one print stylesheet, apart: ${kb(bytes.print)}`,
        ok: bytes.zh.over + bytes.en.over === 0,
      },
    ];
    const lines = [
      `| slow phone (${SLOW_PHONE.latencyMs} ms RTT, 1.6 Mbps down, CPU ÷${SLOW_PHONE.cpuSlowdown}, cold cache), median of ${runs} | LCP or first result | × trivial |`,
      '| --- | --- | --- |',
      `| trivial one-paragraph page | ${ms(trivial)} | 1.00× |`,
      `| ours: task page ${TASK} | ${ms(task)} | ${ratios.task.toFixed(2)}× |`,
      `| ours: search “${SEARCH.query}”, first keystroke to first result | ${ms(search)} | ${ratios.search.toFixed(2)}× |`,
      ...(starlightTimings
        ? [
            `| Starlight: task page ${TASK} | ${ms(starlightTimings.task)} | ${ratios.starlightTask!.toFixed(2)}× |`,
            `| Starlight: search “${SEARCH.query}”, first keystroke to first result | ${ms(starlightTimings.search)} | ${ratios.starlightSearch!.toFixed(2)}× |`,
          ]
        : []),
    ];
    return {
      server: nginxAvailable ? 'nginx with deploy/nginx.conf' : 'the static server of npm start',
      runs,
      trivial,
      task,
      search,
      starlight: starlightTimings,
      ratios,
      taskBytes: bytes,
      budgets,
      lines,
    };
  } finally {
    await browser.close();
    await Promise.all(servers.map((server) => server.close()));
    rmSync(trivialDir, { recursive: true, force: true });
    rmSync(starlightDir, { recursive: true, force: true });
  }
}
