import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { printDate } from '../../src/lib/site/print.ts';
import { axeViolations } from '../helpers/axe.ts';
import { corpus } from '../helpers/corpus.ts';
import { searchResults } from '../helpers/search-results.ts';
import { useSiteSession } from '../helpers/site-session.ts';

/**
 * Reading on a phone, on paper and in the dark: what the page shows, measured
 * where the reader sees it, in Chromium.
 */
const site = useSiteSession();

/** WCAG relative luminance and contrast, of colours given as [r, g, b] in 0–255. */
const luminance = (rgb: number[]) =>
  rgb
    .map((c) => c / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
const contrast = (a: number[], b: number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

interface Cell {
  count: number;
  legend: boolean;
  chart: number;
  /** The cell as painted: its fill at its opacity over the page. */
  painted: number[];
  /** Its count's text colour, where it has one. */
  text: number[] | null;
}

/** Every cell of every matrix chart on the page, with the colours it is painted in, as computed by the browser. */
async function matrixCells(page: Page): Promise<{ page: number[]; cells: Cell[] }> {
  return page.evaluate(() => {
    const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const background = rgb(getComputedStyle(document.body).backgroundColor);
    const cells = [...document.querySelectorAll<SVGSVGElement>('svg.matrix')].flatMap((svg, chart) =>
      [...svg.querySelectorAll<SVGRectElement>('rect.cell')].map((rect) => {
        const style = getComputedStyle(rect);
        const alpha = Number(style.fillOpacity);
        const painted = rgb(style.fill).map((c, i) => c * alpha + background[i]! * (1 - alpha));
        const label = rect.nextElementSibling?.classList.contains('count') ? rect.nextElementSibling : null;
        return {
          count: Number(rect.dataset.count),
          legend: rect.closest('.matrix-legend') !== null,
          chart,
          painted,
          text: label ? rgb(getComputedStyle(label).fill) : null,
        };
      }),
    );
    return { page: background, cells };
  });
}

describe.each(['light', 'dark'] as const)('the charts in the %s colour scheme', (colorScheme) => {
  test('a matrix cell that holds more tasks stands out more from the page, as its legend says, and its count can be read', async () => {
    const context = await site.browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/zh/overview/`);
    expect(await page.locator('.chart-block p').filter({ hasText: '反差越大，任务越多' }).count()).toBeGreaterThan(0);
    const { page: background, cells } = await matrixCells(page);
    const charts = new Set(cells.map((c) => c.chart));
    expect(charts.size).toBeGreaterThan(0);
    for (const chart of charts) {
      const grid = cells.filter((c) => c.chart === chart && !c.legend);
      const legend = cells.filter((c) => c.chart === chart && c.legend);
      expect(legend.length).toBeGreaterThan(1);
      // More tasks, more contrast against the page: strictly, from an empty cell to the fullest.
      const byCount = new Map(grid.map((c) => [c.count, contrast(c.painted, background)]));
      const counts = [...byCount.keys()].sort((a, b) => a - b);
      for (let i = 1; i < counts.length; i += 1)
        expect(byCount.get(counts[i]!)!, `${colorScheme}, chart ${chart}: ${counts[i]} against ${counts[i - 1]}`).toBeGreaterThan(byCount.get(counts[i - 1]!)!);
      // The legend is painted as the grid is: each of its cells as a grid cell holding the same count.
      for (const key of legend) {
        const same = grid.find((c) => c.count === key.count);
        if (same) expect(key.painted.map(Math.round), `${colorScheme}, legend ${key.count}`).toEqual(same.painted.map(Math.round));
      }
      const legendContrast = legend.map((c) => contrast(c.painted, background));
      expect(legendContrast, `${colorScheme}: the legend runs from least to most`).toEqual([...legendContrast].sort((a, b) => a - b));
      // Every count is legible on its cell (WCAG AA for text, 4.5:1).
      for (const cell of [...grid, ...legend].filter((c) => c.text))
        expect(contrast(cell.text!, cell.painted), `${colorScheme}, a cell of ${cell.count}`).toBeGreaterThanOrEqual(4.5);
    }
    await context.close();
  });

  test('a bar chart’s legend shows each series in the colour its bars are painted, and every bar stands out from the page', async () => {
    const context = await site.browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/en/overview/`);
    const { background, series } = await page.evaluate(() => {
      const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      return {
        background: rgb(getComputedStyle(document.body).backgroundColor),
        series: [...document.querySelectorAll<HTMLElement>('.legend .swatch')].map((swatch) => {
          const name = [...swatch.classList].find((c) => c.startsWith('series-'))!;
          const bars = [...(swatch.closest('.legend')?.nextElementSibling?.querySelectorAll(`rect.${name}`) ?? [])];
          return { name, swatch: rgb(getComputedStyle(swatch).backgroundColor), bars: bars.map((bar) => rgb(getComputedStyle(bar).fill)) };
        }),
      };
    });
    expect(series.length).toBeGreaterThan(1);
    for (const { name, swatch, bars } of series) {
      expect(bars.length, name).toBeGreaterThan(0);
      for (const bar of bars) expect(bar, `${colorScheme} ${name}`).toEqual(swatch);
      // Non-text contrast (WCAG 1.4.11): 3:1 against the page.
      expect(contrast(swatch, background), `${colorScheme} ${name}`).toBeGreaterThanOrEqual(3);
    }
    await context.close();
  });
});

/** The text of each page of a PDF, by poppler's pdftotext (installed by .ci/run, with the CJK fonts the page counts depend on). */
function pdfPages(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  const file = join(dir, 'page.pdf');
  writeFileSync(file, pdf);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  const texts = Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
  );
  rmSync(dir, { recursive: true, force: true });
  return texts;
}

async function printed(path: string, javaScriptEnabled = true, ready?: (page: Page) => Promise<unknown>): Promise<string[]> {
  const context = await site.browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${site.origin}${path}`);
  await ready?.(page);
  // Chromium fires beforeprint for page.pdf(), as for the print dialog: the page's script stamps the date then.
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  await context.close();
  return pdfPages(pdf);
}

describe('on paper (A4, Chromium)', () => {
  test.each(corpus.documents.map((d) => d.id))('the English of %s prints in at most 2.2 times the pages of its Chinese original', async (id) => {
    const zh = await printed(`/zh/${id}/`);
    const en = await printed(`/en/${id}/`);
    expect(zh.length).toBeGreaterThan(1);
    expect(en.length, `${id}: ${en.length} English pages against ${zh.length} Chinese`).toBeLessThanOrEqual(2.2 * zh.length);
  });

  test.each([
    ['zh', '/zh/services-opening/', '厦门服务业开放政策', '打印日期：'],
    ['en', '/en/services-trade/', 'Xiamen Services Sector Opening-up Policies', 'Printed on '],
    ['en', '/en/services-trade/tasks/86/', 'Xiamen Services Sector Opening-up Policies', 'Printed on '],
  ] as const)('(%s) every printed page of %s carries the site’s name, the page’s address and the date it was printed', async (lang, path, name, label) => {
    const pages = await printed(path);
    const date = printDate(new Date(), lang);
    pages.forEach((text, i) => {
      expect(text, `${path} page ${i + 1}`).toContain(name);
      expect(text, `${path} page ${i + 1}`).toContain(`${site.origin}${path}`);
      expect(text.replace(/\s/g, ''), `${path} page ${i + 1}`).toContain(`${label}${date}`.replace(/\s/g, ''));
    });
  });

  test('a printed search keeps its query: in the address, legibly, in the box, and its active filters, with its results', async () => {
    let status = '';
    let query = '';
    let first = '';
    let filters: string[] = [];
    const pages = await printed('/zh/search/?q=外汇&role=lead', true, async (page) => {
      await searchResults(page);
      status = (await page.locator('#search-status').textContent())!;
      query = await page.locator('input[name="q"]').first().inputValue();
      first = (await page.locator('#search-results > li .result-title a').first().textContent())!.replace(/\s+/g, ' ').trim();
      filters = await page.locator('#search-chips .filter-chip').evaluateAll((chips) => chips.map((c) => c.firstChild!.textContent!));
    });
    const text = pages.join(' ').replace(/\s/g, '');
    expect(pages[0]).toContain(`${site.origin}/zh/search/?q=外汇&role=lead`);
    expect(query).toBe('外汇');
    expect(status).toMatch(/^找到\d+项任务$/);
    expect(text).toContain(status);
    expect(text).toContain(first.replace(/\s/g, ''));
    // The filter, as the chip names it, without the cross that removes it on screen; the folded filter panel is not printed.
    expect(filters).toHaveLength(1);
    expect(text).toContain(filters[0]!.replace(/\s/g, ''));
    expect(text).not.toContain('×');
    expect(text).not.toContain('筛选▶');
  });

  test('without JavaScript, every printed page still names the site and the address, and leaves the date to be written in', async () => {
    const pages = await printed('/zh/services-opening/', false);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain('厦门服务业开放政策');
      // The address as built (the configured origin): without the script, the page cannot know where it is served.
      expect(text, `page ${i + 1}`).toMatch(/https?:\/\/[^ ]+\/zh\/services-opening\//);
      expect(text.replace(/\s/g, ''), `page ${i + 1}`).toContain('打印日期：＿＿＿＿年＿＿月＿＿日');
    });
  });
});

const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

describe('a glossary term in the text', () => {
  test('on a phone, a tap shows its English and its note at the foot of the screen, and goes nowhere', async () => {
    const context = await site.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${site.origin}/zh/services-opening/`);
    const term = page.locator('.record-text .term[tabindex]').first();
    const card = term.locator('.term-card');
    await expect.poll(() => card.isVisible()).toBe(false);
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    expect(page.url()).toBe(`${site.origin}/zh/services-opening/`);
    await expect.poll(() => card.isVisible()).toBe(true);
    const box = (await card.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(812);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(await card.locator('.term-hint').getAttribute('lang')).toBe('en');
    expect((await card.locator('.term-note').textContent())!.length).toBeGreaterThan(10);
    // A tap elsewhere puts it away.
    await page.locator('h1').tap();
    await expect.poll(() => card.isVisible()).toBe(false);
    await context.close();
  });

  test('by keyboard: Tab opens the card, Tab again reaches its glossary link, Escape closes it; axe finds nothing with it open', async () => {
    const { page, context } = await site.open('/en/services-opening/');
    const first = page.locator('.parallel-translation .record-text .term[tabindex]').first();
    await first.focus();
    const card = first.locator('.term-card');
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.locator('.term-hint').getAttribute('lang')).toBe('zh-CN');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.term-card') !== null && document.activeElement?.tagName)).toBe('A');
    await expect.poll(() => card.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    await context.close();
  });

  test('copies as the text it is: a selection of a paragraph holds no card', async () => {
    const { page, context } = await site.open('/zh/services-opening/');
    const paragraph = page.locator('.record-text p:has(.term[tabindex])').first();
    const selected = await paragraph.evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    });
    const shown = await paragraph.evaluate((p) => {
      const copy = p.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.term-card').forEach((c) => c.remove());
      return copy.textContent;
    });
    expect(selected).toBe(shown);
    await context.close();
  });
});

describe('the glossary page', () => {
  test('filters as the reader types pinyin, and says how many terms are left; letters with none left leave the jump list', async () => {
    const { page, context } = await site.open('/zh/glossary/');
    const all = await page.locator('.glossary-term').count();
    await page.locator('#glossary-filter').fill('dan yi');
    const shown = page.locator('.glossary-term:visible');
    await expect.poll(() => shown.count()).toBeLessThan(all);
    const anchors = await shown.evaluateAll((terms) => terms.map((t) => t.querySelector('h3')!.id));
    expect(anchors).toContain('单一窗口');
    expect(await page.locator('#glossary-filter-status').textContent()).toBe(`显示${anchors.length}个术语`);
    expect(await page.locator('.glossary-jump li:visible').count()).toBe(await page.locator('.glossary-group:visible').count());
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#glossary-filter').fill('');
    await expect.poll(() => shown.count()).toBe(all);
    await context.close();
  });

  test('on the English page, filters by English and by Chinese, in the plural the count needs', async () => {
    const { page, context } = await site.open('/en/glossary/');
    await page.locator('#glossary-filter').fill('single window');
    await expect.poll(() => page.locator('#glossary-filter-status').textContent()).toMatch(/^\d+ terms? shown$/);
    await page.locator('#glossary-filter').fill('单一窗口');
    await expect.poll(() => page.locator('.glossary-term:visible').count()).toBeGreaterThan(0);
    expect(await page.locator('.glossary-term:visible h3[id="单一窗口"]').count()).toBe(1);
    await context.close();
  });

  test('jumps to a letter from the jump list', async () => {
    const { page, context } = await site.open('/en/glossary/');
    await page.locator('.glossary-jump a', { hasText: /^S$/ }).click();
    expect(page.url()).toMatch(/#initial-S$/);
    await context.close();
  });
});

describe('pages that had no checks of their own', () => {
  test.each([
    '/zh/services-trade/not-found/',
    '/en/services-opening/not-found/',
    '/zh/agencies/pboc-xiamen-branch/',
    '/en/agencies/ministry-of-commerce/',
    '/en/glossary/',
  ])('%s has no axe violation, wide or at 320 px', async (path) => {
    for (const width of [1280, 320]) {
      const { page, context } = await site.open(path, { width });
      expect(await axeViolations(page), `${path} at ${width}`).toEqual([]);
      await context.close();
    }
  });
});
