import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { corpus } from '../helpers/corpus.ts';
import { useSiteSession } from '../helpers/site-session.ts';

/**
 * The site as people use it: the keyboard types, the mouse clicks, a finger
 * taps, the clipboard is read back, a page is printed to paper. Each title
 * names the journey; each step goes the way a person's would, through the
 * page, never through a URL the person would not have typed.
 */
const site = useSiteSession();

const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

async function phone(path: string): Promise<{ page: Page; context: BrowserContext }> {
  const context = await site.browser.newContext(PHONE);
  context.on('request', (request) => site.requests.push(request.url()));
  const page = await context.newPage();
  await page.goto(site.origin + path);
  return { page, context };
}

/** Waits until the search has settled on a result count. */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const status = document.querySelector('#search-status')?.textContent ?? '';
    return document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false' && status !== '' && !/正在搜索|Searching/.test(status);
  });
  return (await page.locator('#search-status').textContent()) ?? '';
}

/** Clicks an element with the mouse: scroll to it, move, press, release, where a person's pointer would go. */
async function mouseClick(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on the page`);
  await page.mouse.move(box.x + Math.min(box.width / 2, 40), box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.up();
}

const FIRST_LINK = '#search-results > li:first-child .result-title a';

describe('a journalist searches', () => {
  test('types 外汇 with the keyboard, clicks the first result with the mouse, and the task opens', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const { page, context } = await site.open('/zh/search/');
      await page.click('#search-q');
      await page.keyboard.type('外汇', { delay: 40 });
      await settled(page);
      const href = await page.locator(FIRST_LINK).getAttribute('href');
      expect(href).toMatch(/^\/zh\/services-(trade|opening)\/tasks\/\d+\/$/);
      await mouseClick(page, FIRST_LINK);
      await page.waitForURL(`${site.origin}${href}`, { timeout: 5000 });
      await context.close();
    }
  });

  test('types a common word, presses "more" with the mouse, and a result from the second page opens', async () => {
    const { page, context } = await site.open('/zh/search/');
    await page.click('#search-q');
    await page.keyboard.type('服务', { delay: 40 });
    await settled(page);
    expect(await page.locator('#search-results > li').count()).toBe(20);
    await mouseClick(page, '#search-more');
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 20);
    // The focus stays on the button while there is more to show.
    if (await page.locator('#search-more').isVisible()) expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-more');
    const href = await page.locator('#search-results > li:nth-child(21) .result-title a').getAttribute('href');
    await mouseClick(page, '#search-results > li:nth-child(21) .result-title a');
    await page.waitForURL(`${site.origin}${href}`, { timeout: 5000 });
    await context.close();
  });

  test('opens the 30th result after "more", goes Back, and finds the same results at the same place', async () => {
    const { page, context } = await site.open('/zh/search/?q=服务');
    await settled(page);
    await mouseClick(page, '#search-more');
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 20);
    const target = '#search-results > li:nth-child(30) .result-title a';
    await page.locator(target).scrollIntoViewIfNeeded();
    const scrollY = await page.evaluate(() => window.scrollY);
    const href = await page.locator(target).getAttribute('href');
    await mouseClick(page, target);
    await page.waitForURL(`${site.origin}${href}`);
    await page.goBack();
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length >= 30);
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 5, scrollY);
    expect(await page.locator(target).getAttribute('href')).toBe(href);
    await context.close();
  });

  test('keeps typing: the new results replace the old in one step, the focus stays in the box, and the count is announced once', async () => {
    const { page, context } = await site.open('/zh/search/');
    await page.click('#search-q');
    await page.keyboard.type('外汇', { delay: 40 });
    await settled(page);
    // From here on, record every state the list passes through.
    await page.evaluate(() => {
      const list = document.querySelector('#search-results')!;
      const seen: number[] = [];
      (window as unknown as { seen: number[] }).seen = seen;
      new MutationObserver(() => seen.push(list.children.length)).observe(list, { childList: true });
    });
    await page.keyboard.type('收支', { delay: 40 });
    await page.waitForFunction(
      () => /找到/.test(document.querySelector('#search-status')?.textContent ?? '') && new URL(location.href).searchParams.get('q') === '外汇收支',
    );
    await settled(page);
    const seen = await page.evaluate(() => (window as unknown as { seen: number[] }).seen);
    expect(seen.length).toBeGreaterThan(0);
    expect(Math.min(...seen)).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    expect(await page.locator('#search-status').getAttribute('role')).toBe('status');
    expect(await page.locator('#search-status').getAttribute('aria-live')).toBe('polite');
    await context.close();
  });

  test('each result names the task by its opening words, says where it stands, and shows why it was found', async () => {
    const { page, context } = await site.open('/zh/search/?q=外汇');
    await settled(page);
    const items = await page.locator('#search-results > li').evaluateAll((lis) =>
      lis.map((li) => ({
        title: li.querySelector('.result-title')?.textContent ?? '',
        href: li.querySelector('a')?.getAttribute('href') ?? '',
        excerpt: li.querySelector('.result-excerpt')?.textContent ?? '',
        marks: Array.from(li.querySelectorAll('mark')).map((m) => m.textContent ?? ''),
      })),
    );
    // The words searched besides 外汇, as the page says.
    const also = (await page.locator('#search-notes p').first().textContent())!.replace(/^也检索了：/, '').split('、');
    expect(also).toContain('结售汇');
    const tasks = corpus.tasks;
    const taskAt = (href: string) => tasks.find((t) => `/zh/${t.document}/tasks/${t.number}/` === href)!;
    for (const item of items) {
      const task = taskAt(item.href);
      // The title is the task's own opening words.
      expect(task.text.zh.startsWith(item.title.replace(/…$/, '')), item.title).toBe(true);
      // An excerpt holds the task's own words only, nothing from its metadata.
      const words = item.excerpt.replace(/^…|…$/g, '').replace(/\s+/g, '');
      expect(task.text.zh.replace(/\s+/g, ''), item.excerpt).toContain(words.slice(0, 12));
      // What is marked is 外汇 or a word the page says it also searched, and the task's text holds it.
      expect(item.marks.length, item.href).toBeGreaterThan(0);
      for (const mark of item.marks) {
        expect(['外汇', ...also], item.href).toContain(mark);
        expect(task.text.zh, item.href).toContain(mark);
      }
    }
    // Tasks whose own words hold the query come first.
    const own = items.findIndex((i) => !taskAt(i.href).text.zh.includes('外汇'));
    expect(own).toBeGreaterThan(0);
    expect(items.slice(own).every((i) => !taskAt(i.href).text.zh.includes('外汇'))).toBe(true);
    await context.close();
  });

  test('English results carry no empty brackets, and the count agrees in number', async () => {
    const { page, context } = await site.open('/en/search/?q=foreign exchange');
    const status = await settled(page);
    expect(status).toMatch(/^\d+ tasks? found$/);
    const count = Number(status.split(' ')[0]);
    expect(status).toBe(count === 1 ? '1 task found' : `${count} tasks found`);
    expect(await page.locator('#search-results').textContent()).not.toMatch(/\(\s*\)/);
    await context.close();
    const one = await site.open('/en/search/?q=PEPPOL');
    expect(await settled(one.page)).toBe('1 task found');
    await one.context.close();
  });
});

describe('on a phone', () => {
  test('a reader taps the search box, types, taps a result, and the task opens', async () => {
    const { page, context } = await phone('/zh/search/');
    await page.tap('#search-q');
    await page.keyboard.type('离岸', { delay: 40 });
    await settled(page);
    const href = await page.locator(FIRST_LINK).getAttribute('href');
    await page.tap(FIRST_LINK);
    await page.waitForURL(`${site.origin}${href}`, { timeout: 5000 });
    await context.close();
  });

  test('the first search result of a shared link is on the first screen', async () => {
    const { page, context } = await phone('/zh/search/?q=外汇');
    await settled(page);
    const box = await page.locator('#search-results > li').first().boundingBox();
    expect(box!.y).toBeLessThan(812 - 60);
    await context.close();
  });

  test('after each filter change the new count is on the screen, and each active filter goes with one tap', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const { page, context } = await phone(`/${lang}/search/?q=${lang === 'zh' ? '服务贸易' : 'trade'}`);
      await settled(page);
      await page.tap('#search-filters summary');
      /** A count on the first screen as it now stands, and the number of results it gives. */
      const countInView = async () => {
        const status = await settled(page);
        const listed = await page.locator('#search-results > li').count();
        const more = await page.locator('#search-more').isVisible();
        const inView = async (selector: string) => {
          const box = await page.locator(selector).boundingBox();
          return box !== null && box.height > 0 && box.y >= 0 && box.y + box.height <= 812;
        };
        const seen = (await inView('#search-status')) || (await inView('#search-filter-count'));
        return { seen, status, listed, more };
      };
      const choices: [string, string][] = [
        ['#search-doc', 'services-trade'],
        ['#search-agency', 'xiamen-municipal-bureau-of-commerce'],
        ['#search-role', 'lead'],
        ['#search-pri', ''],
        ['#search-cat', ''],
      ];
      for (const [select, value] of choices) {
        // Reach the control as a person does: scroll to it, then choose.
        await page.locator(select).scrollIntoViewIfNeeded();
        const option = value || (await page.locator(`${select} option:not([value=""])`).first().getAttribute('value'))!;
        await page.selectOption(select, option);
        const { seen, status, listed, more } = await countInView();
        expect(seen, `${lang} ${select}`).toBe(true);
        // The count is the list's own: a number, or none found.
        if (!more && listed > 0) expect(status, `${lang} ${select}`).toContain(String(listed));
      }
      // Each active filter is a button; one tap removes it, and the URL and the form follow.
      let chips = await page.locator('.filter-chip').count();
      expect(chips).toBeGreaterThanOrEqual(4);
      while (chips > 0) {
        const before = page.url();
        await page.locator('.filter-chip').first().tap();
        await page.waitForFunction((url) => location.href !== url, before);
        await settled(page);
        const now = await page.locator('.filter-chip').count();
        expect(now).toBeLessThan(chips);
        chips = now;
      }
      expect([...new URL(page.url()).searchParams.keys()]).toEqual(['q']);
      await context.close();
    }
  });

  test('every page’s h1 is within the first 420 px, in both languages', async () => {
    const paths = [
      '/zh/',
      '/zh/overview/',
      '/zh/services-opening/',
      '/zh/services-trade/',
      '/zh/services-trade/tasks/76/',
      '/zh/services-opening/tasks/12/',
      '/zh/services-trade/categories/3/',
      '/zh/agencies/',
      '/zh/agencies/ministry-of-commerce/',
      '/zh/search/',
      '/zh/data/',
    ];
    const tops: string[] = [];
    const { page, context } = await phone('/zh/');
    for (const path of paths.flatMap((p) => [p, p.replace('/zh/', '/en/')])) {
      await page.goto(site.origin + path);
      const box = await page.locator('h1').first().boundingBox();
      if (!box || box.y > 420) tops.push(`${path}: ${box?.y}`);
    }
    expect(tops).toEqual([]);
    await context.close();
  });

  test('the agency index shows only the roles a group plays, fits the screen, and filters by name', async () => {
    const { page, context } = await phone('/zh/agencies/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    // National bodies never lead a Xiamen task: no column of zeros for them.
    const national = await page.locator('#national + .table-scroll thead th').allTextContents();
    expect(national).not.toContain('牵头');
    for (const scroll of await page.locator('.table-scroll').all()) {
      expect(await scroll.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
    }
    await page.tap('#agency-filter');
    await page.keyboard.type('海关');
    const visible = await page.locator('tr[data-names]:not([hidden]) th a').allTextContents();
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((name) => name.includes('海关'))).toBe(true);
    expect(await page.locator('#agency-filter-status').textContent()).toBe(`显示${visible.length}个单位`);
    await context.close();
  });
});

describe('a civil servant links and prints', () => {
  test('copies a task’s link and citation on a server at a non-default port, and both open the task', async () => {
    expect(new URL(site.origin).port).not.toBe('4321');
    const { page, context } = await site.open('/zh/services-opening/tasks/12/', { permissions: ['clipboard-read', 'clipboard-write'] });
    await mouseClick(page, '[data-copy-target="permalink"]');
    await page.waitForFunction(() => document.querySelector('[data-copy-status="permalink"]')?.textContent !== '');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${site.origin}/zh/services-opening/tasks/12/`);
    await mouseClick(page, '[data-copy-target="citation-gbt"]');
    await page.waitForFunction(() => document.querySelector('[data-copy-status="citation-gbt"]')?.textContent !== '');
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    expect(citation.startsWith('厦门市人民政府. 厦门市人民政府关于印发服务业扩大开放综合试点实施方案的通知: 厦府〔2026〕88号 附件 第12项[EB/OL].')).toBe(true);
    expect(citation.endsWith(` ${link}.`)).toBe(true);
    // The access date is the day the citation was copied, in the reader's own calendar, not the build's.
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    expect(citation).toContain(`, (2026-03-24)[${today}]. `);
    // The pasted link opens the task.
    const pasted = await context.newPage();
    await pasted.goto(link);
    expect(await pasted.locator('h1').textContent()).toContain('第12项');
    await context.close();
  });

  test('a task prints on one A4 page in either language, the longest ones included', async () => {
    const byLength = [...corpus.tasks].sort((a, b) => b.text.en.length + b.text.zh.length - (a.text.en.length + a.text.zh.length));
    const longest = [
      ...byLength.filter((t) => t.document === 'services-trade').slice(0, 3),
      ...byLength.filter((t) => t.document === 'services-opening').slice(0, 2),
    ];
    const pages: string[] = [];
    const { page, context } = await site.open('/zh/');
    for (const task of longest) {
      for (const lang of ['zh', 'en']) {
        await page.goto(`${site.origin}/${lang}/${task.document}/tasks/${task.number}/`);
        const pdf = await page.pdf({ format: 'A4' });
        const count = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
        if (count !== 1) pages.push(`${lang} ${task.id}: ${count} pages`);
      }
    }
    expect(pages).toEqual([]);
    await context.close();
  });

  test('paper shows the site, the address once and the print date, the English notice, and no navigation, related tasks or hrefs', async () => {
    const { page, context } = await site.open('/en/services-trade/tasks/7/');
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => el.checkVisibility());
    expect(await shown('.translation-notice')).toBe(true);
    expect(await shown('.print-furniture')).toBe(true);
    for (const selector of ['.site-header', '.site-nav', '.breadcrumbs', '.related', '.pager', '.citation', '.permalink'])
      expect(await shown(selector), selector).toBe(false);
    expect(await page.locator('.print-furniture [data-print-url]').textContent()).toBe(`${site.origin}/en/services-trade/tasks/7/`);
    expect(await page.locator('.print-furniture').textContent()).toContain('Xiamen Services Sector Opening-up Policies');
    const text = await page.evaluate(() => document.body.innerText);
    expect(text.split(`${site.origin}/en/services-trade/tasks/7/`).length - 1).toBe(1);
    const hrefs = await page.evaluate(
      () => Array.from(document.querySelectorAll('a')).filter((a) => !['none', 'normal'].includes(getComputedStyle(a, '::after').content)).length,
    );
    expect(hrefs).toBe(0);
    await context.close();
  });

  test('a whole document prints with its headings and no navigation', async () => {
    const { page, context } = await site.open('/zh/services-opening/');
    const pdf = await page.pdf({ format: 'A4' });
    const count = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    expect(count).toBeGreaterThan(3);
    expect(count).toBeLessThan(20);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.toc-aside', '.toc-folded', '.site-header'])
      expect(await page.locator(selector).evaluate((el) => getComputedStyle(el).display), selector).toBe('none');
    expect(await page.locator('h2:visible, h3:visible').count()).toBeGreaterThan(20);
    await context.close();
  });
});

describe('switching language', () => {
  test('the header switch and the English notice’s link both keep the anchor and the search', async () => {
    const { page, context } = await site.open('/zh/search/?q=外汇');
    await settled(page);
    await mouseClick(page, '.lang-switch');
    await page.waitForURL((url) => url.pathname === '/en/search/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('外汇');

    await page.goto(`${site.origin}/en/services-trade/#task-35`);
    await mouseClick(page, '.translation-notice a');
    await page.waitForURL((url) => url.pathname === '/zh/services-trade/');
    expect(new URL(page.url()).hash).toBe('#task-35');

    await page.goto(`${site.origin}/zh/services-trade/#task-35`);
    await page.locator('.lang-switch').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/en/services-trade/');
    expect(new URL(page.url()).hash).toBe('#task-35');
    await context.close();
  });
});

describe('without JavaScript', () => {
  test('no search form is offered that could not work, and every task can still be reached', async () => {
    const { page, context } = await site.open('/zh/search/', { javaScriptEnabled: false });
    expect(await page.locator('#search-form').isVisible()).toBe(false);
    expect(await page.locator('.site-header .search-form').isVisible()).toBe(false);
    expect(await page.locator('#search-fallback').isVisible()).toBe(true);
    expect(await page.locator('#search-fallback a').count()).toBeGreaterThan(20);
    await context.close();
  });
});
