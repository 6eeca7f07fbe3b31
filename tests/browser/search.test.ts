import { describe, expect, test } from 'vitest';
import { taskHeadline } from '../../src/lib/text/headline.ts';
import { corpus } from '../helpers/corpus.ts';
import { searchResults, taskPaths } from '../helpers/search-results.ts';
import { useSiteSession } from '../helpers/site-session.ts';

const site = useSiteSession();

describe('search', () => {
  test('a search for 外汇 returns every task whose text contains 外汇, and only task pages', async () => {
    const { page, context } = await site.open('/zh/search/?q=外汇');
    const found = await searchResults(page);
    const expected = taskPaths(
      'zh',
      corpus.tasks.filter((t) => t.text.zh.includes('外汇')),
    );
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(found).toEqual(expect.arrayContaining(expected));
    expect(found.every((p) => /^\/zh\/services-(trade|opening)\/tasks\/\d+\/$/.test(p))).toBe(true);
    // Tasks whose own text says 外汇 rank above tasks that only name 外汇局 among their units.
    expect(found.slice(0, expected.length).sort()).toEqual([...expected].sort());
    expect(await page.locator('#search-status').textContent()).toBe(`找到${found.length}项任务`);
    await context.close();
  });

  test('finds a task by a Chinese word from its text', async () => {
    const { page, context } = await site.open('/zh/search/?q=离岸算力');
    expect(await searchResults(page)).toContain('/zh/services-opening/tasks/12/');
    await context.close();
  });

  test('filtering by an agency narrows the results, and a role narrows them further', async () => {
    const agency = 'safe-xiamen-branch';
    const names = (t: (typeof corpus.tasks)[number], roles: ('lead' | 'cooperating' | 'supervising')[]) =>
      roles.some((role) => t.assignment?.[role].some((r) => r.agency === agency));
    const { page, context } = await site.open('/zh/search/?q=服务贸易');
    const all = await searchResults(page);
    const taskAt = (path: string) => corpus.tasks.find((t) => taskPaths('zh', [t])[0] === path)!;

    // The filters fold away below the search box until the reader opens them.
    expect(await page.locator('#search-agency').isVisible()).toBe(false);
    await page.click('#search-filters summary');
    await page.selectOption('#search-agency', agency);
    const byAgency = await searchResults(page);
    expect(byAgency.length).toBeLessThan(all.length);
    expect([...byAgency].sort()).toEqual(all.filter((p) => names(taskAt(p), ['lead', 'cooperating', 'supervising'])).sort());
    expect(new URL(page.url()).searchParams.get('agency')).toBe(agency);

    await page.selectOption('#search-role', 'cooperating');
    const asCooperating = await searchResults(page);
    expect(asCooperating.length).toBeGreaterThan(0);
    expect(asCooperating.length).toBeLessThan(byAgency.length);
    expect([...asCooperating].sort()).toEqual(all.filter((p) => names(taskAt(p), ['cooperating'])).sort());
    expect(new URL(page.url()).searchParams.get('role')).toBe('cooperating');
    await context.close();
  });

  test('a shared link with filters and no words lists the filtered tasks in document order', async () => {
    const { page, context } = await site.open('/zh/search/?agency=xiamen-municipal-bureau-of-commerce&role=lead');
    expect(await page.inputValue('#search-agency')).toBe('xiamen-municipal-bureau-of-commerce');
    expect(await page.inputValue('#search-role')).toBe('lead');
    const lead = corpus.tasks.filter((t) => t.assignment?.lead.some((r) => r.agency === 'xiamen-municipal-bureau-of-commerce'));
    expect(await searchResults(page)).toEqual(taskPaths('zh', lead));
    await context.close();
  });

  test('filtering by a priority lists exactly the tasks that carry it, and words narrow them', async () => {
    const marked = (id: string) => corpus.tasks.filter((t) => t.priorities.includes(id));
    const { page, context } = await site.open('/zh/search/?pri=differentiated');
    expect(await page.inputValue('#search-pri')).toBe('differentiated');
    expect(await searchResults(page)).toEqual([12, 44, 50, 67, 72].map((n) => `/zh/services-opening/tasks/${n}/`));
    expect(await page.locator('#search-results > li').first().textContent()).toContain('差异化试点任务');
    await page.selectOption('#search-pri', 'national-first');
    expect(await searchResults(page)).toEqual(taskPaths('zh', marked('national-first')));
    await page.fill('#search-q', '区块链');
    await page.press('#search-q', 'Enter');
    // 区块链 (blockchain) occurs in two measures, only one of them marked 全国首创.
    expect(corpus.tasks.filter((t) => t.text.zh.includes('区块链')).length).toBeGreaterThan(1);
    expect(await searchResults(page)).toEqual(
      taskPaths(
        'zh',
        marked('national-first').filter((t) => t.text.zh.includes('区块链')),
      ),
    );
    expect(new URL(page.url()).searchParams.get('pri')).toBe('national-first');
    await context.close();
  });

  test('a ?q= link runs the search on load and fills the form; results show document, number and category', async () => {
    const { page, context } = await site.open('/zh/search/?q=单一窗口&doc=services-opening');
    expect(await page.inputValue('#search-q')).toBe('单一窗口');
    expect(await page.inputValue('#search-doc')).toBe('services-opening');
    const found = await searchResults(page);
    expect(found).toContain('/zh/services-opening/tasks/70/');
    expect(found.every((p) => p.startsWith('/zh/services-opening/'))).toBe(true);
    const result = page.locator('#search-results > li', { has: page.locator('a[href="/zh/services-opening/tasks/70/"]') });
    // Named by its own opening words; the line below says where it stands.
    const task70 = corpus.tasks.find((t) => t.id === 'services-opening-70')!;
    expect(await result.locator('.result-title a').textContent()).toBe(taskHeadline('zh', task70.text.zh));
    expect(await result.locator('.task-meta').textContent()).toBe('服务业扩大开放综合试点任务 · 第70项 · 八、提升贸易投资自由化便利化水平');
    // The words found are marked where they stand.
    expect(await result.locator('mark').allTextContents()).toContain('单一窗口');
    await context.close();
  });

  test('finds the tasks of a unit by its name', async () => {
    const { page, context } = await site.open('/zh/search/?q=人行厦门中心支行');
    const found = await searchResults(page);
    const naming = taskPaths(
      'zh',
      corpus.tasks.filter((t) => [...(t.assignment?.lead ?? []), ...(t.assignment?.cooperating ?? [])].some((r) => r.name.zh === '人行厦门中心支行')),
    );
    expect(found).toEqual(expect.arrayContaining(naming));
    await context.close();
  });

  test('the search box in the header of every page leads to the search', async () => {
    const { page, context } = await site.open('/zh/services-trade/tasks/1/');
    await page.fill('#site-search', '专利');
    await page.press('#site-search', 'Enter');
    await page.waitForURL('**/zh/search/?q=*');
    expect(await searchResults(page)).toContain('/zh/services-trade/tasks/18/');
    await context.close();
  });

  test('without JavaScript the search page says what to do instead and links to the indexes', async () => {
    const { page, context } = await site.open('/zh/search/', { javaScriptEnabled: false });
    expect(await page.locator('main').getByText('搜索需要浏览器启用 JavaScript').isVisible()).toBe(true);
    expect(await page.locator('main a[href="/zh/agencies/"]').count()).toBe(1);
    expect(await page.locator('main a[href="/zh/services-trade/categories/1/"]').count()).toBe(1);
    await context.close();
  });
});

describe('network', () => {
  test('searching breaks no Content-Security-Policy and stays on the site', () => {
    expect(site.cspViolations).toEqual([]);
    expect(site.requests.filter((url) => !url.startsWith(`${site.origin}/`) && !url.startsWith('data:'))).toEqual([]);
  });
});
