import { describe, expect, test } from 'vitest';
import { AXE_VIEWS, axeViolations } from '../helpers/axe.ts';
import { corpus } from '../helpers/corpus.ts';
import { searchResults, taskPaths } from '../helpers/search-results.ts';
import { useSiteSession } from '../helpers/site-session.ts';

const english = corpus.tasks;
const site = useSiteSession();

const PAGE_TYPES = {
  home: '/en/',
  overview: '/en/overview/',
  'document (notice)': '/en/services-opening/',
  'document (table)': '/en/services-trade/',
  'task (table)': '/en/services-trade/tasks/8/',
  'task (notice)': '/en/services-opening/tasks/12/',
  category: '/en/services-trade/categories/3/',
  agency: '/en/agencies/pboc-xiamen-branch/',
  'agency index': '/en/agencies/',
  search: '/en/search/?q=foreign+exchange',
  data: '/en/data/',
  translation: '/en/translation/',
  glossary: '/en/glossary/',
};

describe('English page types', () => {
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    test(`${type}: axe-core reports no violations, wide and at 320 px, light and dark`, async () => {
      for (const { width, colorScheme, onlyColor } of AXE_VIEWS) {
        const { page, context } = await site.open(path, { width });
        await page.emulateMedia({ colorScheme });
        if (path.startsWith('/en/search/')) await page.waitForSelector('#search-results > li');
        expect(await axeViolations(page, { onlyColor }), `${path} at ${width}px, ${colorScheme}`).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width}px scrolls sideways`).toBe(0);
        await context.close();
      }
    });
  }

  test('put the Chinese original beside the English on wide screens and below it on phones', async () => {
    for (const [width, beside] of [
      [1280, true],
      [360, false],
    ] as const) {
      const { page, context } = await site.open('/en/services-opening/tasks/12/', { width });
      const translation = (await page.locator('.task-text .parallel-translation').boundingBox())!;
      const original = (await page.locator('.task-text .parallel-original').boundingBox())!;
      if (beside) expect(original.x).toBeGreaterThanOrEqual(translation.x + translation.width);
      else expect(original.y).toBeGreaterThanOrEqual(translation.y + translation.height);
      await context.close();
    }
  });
});

describe('the language switch', () => {
  test('goes to the same place in the other language and back, keeping the anchor', async () => {
    const { page, context } = await site.open('/zh/services-opening/#task-12');
    await page.click('a[data-lang-switch]');
    await page.waitForURL(`${site.origin}/en/services-opening/#task-12`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.click('a[data-lang-switch]');
    await page.waitForURL(`${site.origin}/zh/services-opening/#task-12`);
    await context.close();
  });

  test('keeps a search when switching', async () => {
    const { page, context } = await site.open('/zh/search/?q=BRICS&doc=services-opening');
    await page.click('a[data-lang-switch]');
    await page.waitForURL(`${site.origin}/en/search/?q=BRICS&doc=services-opening`);
    expect(await searchResults(page)).toContain('/en/services-opening/tasks/67/');
    await context.close();
  });
});

describe('English search', () => {
  for (const term of ['BRICS', 'Single Window', 'foreign exchange', 'patent']) {
    test(`"${term}" finds every task whose English says it`, async () => {
      const { page, context } = await site.open(`/en/search/?q=${encodeURIComponent(term)}`);
      const found = await searchResults(page);
      const expected = taskPaths(
        'en',
        english.filter((t) => t.text.en.toLowerCase().includes(term.toLowerCase())),
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(found).toEqual(expect.arrayContaining(expected));
      expect(found.every((p) => p.startsWith('/en/'))).toBe(true);
      await context.close();
    });
  }

  test('finds the known tasks: BRICS, Single Window', async () => {
    const { page, context } = await site.open('/en/search/?q=BRICS');
    expect(await searchResults(page)).toEqual(expect.arrayContaining(['/en/services-trade/tasks/68/', '/en/services-opening/tasks/67/']));
    await page.fill('#search-q', 'Single Window');
    await page.press('#search-q', 'Enter');
    expect(await searchResults(page)).toEqual(expect.arrayContaining(['/en/services-trade/tasks/7/', '/en/services-opening/tasks/70/']));
    await context.close();
  });

  test('has the same filters as the Chinese search', async () => {
    const { page, context } = await site.open('/en/search/?q=foreign+exchange&agency=pboc-xiamen-central-sub-branch&role=lead');
    const found = await searchResults(page);
    expect(found.length).toBeGreaterThan(0);
    const leads = new Set(
      taskPaths(
        'en',
        english.filter((t) => t.assignment?.lead.some((r) => r.agency === 'pboc-xiamen-central-sub-branch')),
      ),
    );
    expect(found.every((p) => leads.has(p))).toBe(true);
    expect(await page.locator('#search-agency option:checked').textContent()).toBe("People's Bank of China Xiamen Central Sub-branch");
    await context.close();
  });

  test('Chinese typed on the English search page still finds the tasks, and links to the English pages', async () => {
    const { page, context } = await site.open('/en/search/?q=外汇');
    const found = await searchResults(page);
    const expected = taskPaths(
      'en',
      english.filter((t) => t.text.zh.includes('外汇')),
    );
    expect(found).toEqual(expect.arrayContaining(expected));
    expect(found.every((p) => p.startsWith('/en/'))).toBe(true);
    // Each task once: only the Chinese index is searched, not merged with the English one.
    expect(new Set(found).size).toBe(found.length);
    expect(await page.locator('#search-status').textContent()).toContain('searched the Chinese original');
    const first = page.locator('#search-results > li').first();
    // Named in English by the task's own opening words, with its number on the line below.
    expect(await first.locator('.result-title a').textContent()).toMatch(/^[^\p{Script=Han}]+$/u);
    expect(await first.locator('.task-meta').textContent()).toMatch(/Task \d+/);
    expect(await first.locator('[lang="zh-CN"] mark').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('network', () => {
  // These run last in this file: by now every English page type, and searches, have loaded.
  test('no request leaves the site', () => {
    expect(site.requests.filter((url) => !url.startsWith(`${site.origin}/`) && !url.startsWith('data:'))).toEqual([]);
  });

  test('no page breaks the Content-Security-Policy it is served with', () => {
    expect(site.cspViolations).toEqual([]);
  });
});
