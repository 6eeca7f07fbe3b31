import { describe, expect, test } from 'vitest';
import { AXE_VIEWS, axeViolations, openDisclosures } from '../helpers/axe.ts';
import { useSiteSession } from '../helpers/site-session.ts';

const site = useSiteSession();

/** What a page shows only once its script has run: the search's results. */
const READY: Record<string, string> = { '/zh/search/': '#search-results > li', '/en/search/': '#search-text-results > li' };

/** One page of every type, and the search page with results showing, tasks and the documents' full text. */
const PAGE_TYPES = {
  entry: '/',
  home: '/zh/',
  overview: '/zh/overview/',
  'document (notice)': '/zh/services-opening/',
  'document (table)': '/zh/services-trade/',
  'task (table)': '/zh/services-trade/tasks/8/',
  'task (notice)': '/zh/services-opening/tasks/12/',
  category: '/zh/services-trade/categories/3/',
  agency: '/zh/agencies/pboc-xiamen-branch/',
  'agency index': '/zh/agencies/',
  search: '/zh/search/?q=外汇&agency=safe-xiamen-branch',
  'search (full text, translation)': '/en/search/?q=closed-loop%20supervision',
  data: '/zh/data/',
  translation: '/zh/translation/',
  glossary: '/zh/glossary/',
  about: '/zh/about/',
  changes: '/zh/changes/',
  'agency packet': '/zh/agencies/xiamen-municipal-bureau-of-commerce/packet/',
  'not found': '/zh/no-such-page/',
};

describe('every page type', () => {
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    test(`${type}: axe-core reports no violations, wide and at 320 px, light and dark`, async () => {
      for (const { width, colorScheme, onlyColor } of AXE_VIEWS) {
        const { page, context } = await site.open(path, { width, stayOnRedirectingPage: path === '/' });
        await page.emulateMedia({ colorScheme });
        const ready = Object.entries(READY).find(([prefix]) => path.startsWith(prefix))?.[1];
        if (ready) await page.waitForSelector(ready);
        expect(await axeViolations(page, { onlyColor }), `${path} at ${width}px, ${colorScheme}`).toEqual([]);
        await context.close();
      }
    });
  }

  test('hold their layout at 320 px: nothing scrolls sideways', async () => {
    for (const path of Object.values(PAGE_TYPES)) {
      const { page, context } = await site.open(path, { width: 320, stayOnRedirectingPage: path === '/' });
      const ready = Object.entries(READY).find(([prefix]) => path.startsWith(prefix))?.[1];
      if (ready) await page.waitForSelector(ready);
      await openDisclosures(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBe(0);
      await context.close();
    }
  });

  test('read completely without JavaScript', async () => {
    const { page, context } = await site.open('/zh/services-opening/tasks/12/', { javaScriptEnabled: false });
    expect(await page.locator('main .task-text').textContent()).toContain('支持厦门打造离岸算力设施');
    expect(await page.locator('main #permalink').textContent()).toMatch(/^https?:\/\/[^/]+\/zh\/services-opening\/tasks\/12\/$/);
    await context.close();
  });

  test('show the focus on every link and control reached by keyboard, starting with the skip link', async () => {
    const { page, context } = await site.open('/zh/services-trade/tasks/35/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    const skip = await page.locator('.skip-link').boundingBox();
    expect(skip && skip.y >= 0).toBe(true);
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      const style = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const css = getComputedStyle(element);
        return { tag: element.tagName, outline: css.outlineStyle, shadow: css.boxShadow, background: css.backgroundColor };
      });
      const visible = style.outline !== 'none' || style.shadow !== 'none';
      expect(visible, JSON.stringify(style)).toBe(true);
    }
    await context.close();
  });
});

describe('reading', () => {
  test('a newcomer reaches any task from the home page in three clicks', async () => {
    const { page, context } = await site.open('/zh/');
    await page.click('main a[href="/zh/services-opening/categories/8/"]');
    await page.click('main a[href="/zh/services-opening/tasks/70/"]');
    expect(await page.locator('h1').textContent()).toBe('服务业扩大开放综合试点任务 第70项');
    await context.close();
  });

  test('prints the text without navigation, and without the href of every link', async () => {
    const { page, context } = await site.open('/zh/services-trade/tasks/35/');
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      ['.site-header', '.breadcrumbs', '.pager', '[data-copy-target]', '.related'].map((s) => document.querySelector(s)!.checkVisibility()),
    );
    expect(shown).toEqual([false, false, false, false, false]);
    const after = await page.evaluate(() => Array.from(document.querySelectorAll('main a')).map((a) => getComputedStyle(a, '::after').content));
    expect(after.filter((content) => content !== 'none' && content !== 'normal')).toEqual([]);
    await context.close();
  });
});

describe('deep links', () => {
  test('a "link to this" appears on hover and on focus, and goes to the anchor', async () => {
    const { page, context } = await site.open('/zh/services-trade/categories/3/');
    const item = page.locator('#task-35');
    const anchor = item.locator('a.anchor-link');
    expect(await anchor.evaluate((a) => getComputedStyle(a).opacity)).toBe('0');
    await item.hover();
    expect(await anchor.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
    await page.mouse.move(0, 0);
    await anchor.focus();
    expect(await anchor.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
    await anchor.press('Enter');
    expect(new URL(page.url()).hash).toBe('#task-35');
    await context.close();
  });
});

describe('the entry page', () => {
  test('sends readers to /zh/ at once', async () => {
    const { page, context } = await site.open('/');
    await page.waitForURL(`${site.origin}/zh/`);
    expect(await page.locator('h1').textContent()).toBe('厦门服务业扩大开放：政策与任务');
    await context.close();
  });
});

describe('copy link', () => {
  test('copies the permanent URL of the task, at the address the page is served from', async () => {
    const { page, context } = await site.open('/zh/services-trade/tasks/12/?utm=mail#top', { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.click('[data-copy-target="permalink"]');
    await page.waitForFunction(() => document.querySelector('[data-copy-status="permalink"]')?.textContent !== '');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.origin}/zh/services-trade/tasks/12/`);
    expect(await page.locator('[data-copy-status="permalink"]').textContent()).toBe('已复制');
    await page.click('[data-copy-target="citation-en"]');
    await page.waitForFunction(() => document.querySelector('[data-copy-status="citation-en"]')?.textContent !== '');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#citation-en').textContent());
    await context.close();
  });
});

describe('network', () => {
  // These run last in this file: by now every page type, and a search, has loaded.
  test('no request leaves the site, whatever page is read or searched', () => {
    expect(site.requests.length).toBeGreaterThan(20);
    expect(site.requests.filter((url) => !url.startsWith(`${site.origin}/`) && !url.startsWith('data:'))).toEqual([]);
  });

  test('no page breaks the Content-Security-Policy it is served with', () => {
    expect(site.cspViolations).toEqual([]);
  });
});
