import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { corpus } from '../helpers/corpus.ts';
import { searchResults, taskPaths } from '../helpers/search-results.ts';
import { useSiteSession } from '../helpers/site-session.ts';

const site = useSiteSession();

/** Types a query into the search box, as a reader does, submits it with Enter, and returns the result links once they are all shown. */
async function typeQuery(page: Page, query: string): Promise<string[]> {
  await page.locator('#search-q').click();
  await page.locator('#search-q').fill('');
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  return searchResults(page);
}

const status = (page: Page) => page.locator('#search-status').textContent();
const converterRequests = () => site.requests.filter((url) => /\/_astro\/simplifier\.[^/]*\.js$/.test(url));
const sorted = (paths: string[]) => [...paths].sort();

describe('Traditional characters on the Chinese search page', () => {
  test('a Simplified search does not load the converter', async () => {
    const { page, context } = await site.open('/zh/search/');
    const found = await typeQuery(page, '外汇');
    expect(found.length).toBeGreaterThan(0);
    expect(await status(page)).toBe(`找到${found.length}项任务`);
    expect(converterRequests()).toEqual([]);
    await context.close();
  });

  test('外匯, 離岸 and 臺灣 find the same tasks as 外汇, 离岸 and 台湾, and say they were searched in Simplified', async () => {
    const { page, context } = await site.open('/zh/search/');
    for (const [traditional, simplified] of [
      ['外匯', '外汇'],
      ['離岸', '离岸'],
      ['臺灣', '台湾'],
    ] as const) {
      const expected = await typeQuery(page, simplified);
      // Every task whose text holds the word is among them: not tasks that merely share 外.
      const holding = taskPaths(
        'zh',
        corpus.tasks.filter((t) => t.text.zh.includes(simplified)),
      );
      expect(holding.length, simplified).toBeGreaterThan(0);
      expect(expected, simplified).toEqual(expect.arrayContaining(holding));
      const found = await typeQuery(page, traditional);
      expect(sorted(found), traditional).toEqual(sorted(expected));
      expect(await status(page)).toContain(`已按简体字“${simplified}”检索`);
      expect(await page.inputValue('#search-q')).toBe(traditional);
    }
    // The converter came as one chunk of its own, once.
    expect(converterRequests()).toHaveLength(1);
    await context.close();
  });
});

describe('Latin letters on the Chinese search page', () => {
  test('QFLP and PEPPOL find the tasks whose Chinese text holds them, linking to Chinese pages', async () => {
    const { page, context } = await site.open('/zh/search/');
    for (const term of ['QFLP', 'PEPPOL']) {
      const holding = taskPaths(
        'zh',
        corpus.tasks.filter((t) => t.text.zh.includes(term)),
      );
      expect(holding.length, term).toBeGreaterThan(0);
      const found = await typeQuery(page, term);
      expect(found, term).toEqual(expect.arrayContaining(holding));
      expect(found.every((path) => path.startsWith('/zh/'))).toBe(true);
      expect(await status(page)).toContain('同时检索了英文译文');
    }
    await context.close();
  });

  test('BRICS and Single Window, which the Chinese text does not write, find their tasks through the English and the glossary', async () => {
    const { page, context } = await site.open('/zh/search/');
    const brics = await typeQuery(page, 'BRICS');
    expect(brics).toEqual(
      expect.arrayContaining(
        taskPaths(
          'zh',
          corpus.tasks.filter((t) => t.text.zh.includes('金砖国家')),
        ),
      ),
    );
    expect(brics).toEqual(expect.arrayContaining(['/zh/services-trade/tasks/68/', '/zh/services-opening/tasks/67/']));
    expect(await status(page)).toContain('同时检索了英文译文');
    // The Chinese page shows the Chinese words the glossary gives for BRICS, marked, and says it searched them.
    expect((await page.locator('#search-results mark').allTextContents()).some((mark) => mark.includes('金砖'))).toBe(true);
    expect(await page.locator('#search-notes').textContent()).toContain('金砖');

    const window = await typeQuery(page, 'Single Window');
    expect(window).toEqual(expect.arrayContaining(['/zh/services-trade/tasks/7/', '/zh/services-opening/tasks/70/']));
    expect(window.every((path) => /^\/zh\/services-(trade|opening)\/tasks\/\d+\/$/.test(path))).toBe(true);
    // Each task once, though both indexes may find it.
    expect(new Set(window).size).toBe(window.length);
    await context.close();
  });

  test('a Chinese query does not search the English index', async () => {
    const { page, context } = await site.open('/zh/search/');
    const found = await typeQuery(page, '单一窗口');
    expect(found.length).toBeGreaterThan(0);
    expect(await status(page)).toBe(`找到${found.length}项任务`);
    await context.close();
  });
});

describe('the glossary in search', () => {
  test('a glossary term shows its glossary entry above the results, which stay tasks only', async () => {
    const { page, context } = await site.open('/zh/search/');
    const found = await typeQuery(page, '单一窗口');
    expect(found.every((path) => /^\/zh\/services-(trade|opening)\/tasks\/\d+\/$/.test(path))).toBe(true);
    const link = page.locator('#search-glossary a').first();
    expect(
      decodeURIComponent(
        new URL(await link.evaluate((a) => (a as HTMLAnchorElement).href)).pathname + new URL(await link.evaluate((a) => (a as HTMLAnchorElement).href)).hash,
      ),
    ).toBe('/zh/glossary/#单一窗口');
    expect(await link.textContent()).toContain('Single Window');
    await context.close();
  });

  test('on the English page too', async () => {
    const { page, context } = await site.open('/en/search/');
    const found = await typeQuery(page, 'foreign exchange');
    expect(found.every((path) => /^\/en\/services-(trade|opening)\/tasks\/\d+\/$/.test(path))).toBe(true);
    const hrefs = await page
      .locator('#search-glossary a')
      .evaluateAll((links) => links.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).hash)));
    expect(hrefs).toContain('#外汇');
    await context.close();
  });
});
