import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
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
