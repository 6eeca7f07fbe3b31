import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Lang } from '../../src/lib/schema/languages.ts';
import { corpus } from '../helpers/corpus.ts';
import { ROOT } from '../helpers/paths.ts';
import { searchResults, taskPaths } from '../helpers/search-results.ts';
import { useSiteSession } from '../helpers/site-session.ts';

/**
 * The reporters' queries of tests/fixtures/search-queries.yaml, typed into
 * the search box of the built site as a reader types them, and the results
 * read off the page: every query must list exactly the tasks that the seeds'
 * own text gives it (tests/unit/search-queries.test.ts derives them), and a
 * query that finds nothing must say so and offer words that do find tasks.
 */
const site = useSiteSession();

interface Fixture {
  query: string;
  lang: Lang;
  kind: string;
  expected: string[];
  nearest?: string[];
  recipientAs?: string;
}
const fixtures = yaml.load(readFileSync(join(ROOT, 'tests/fixtures/search-queries.yaml'), 'utf8')) as Fixture[];
const byId = new Map(corpus.tasks.map((t) => [t.id, t]));

const pages = new Map<Lang, Page>();
beforeAll(async () => {
  for (const lang of ['zh', 'en'] as const) pages.set(lang, (await site.open(`/${lang}/search/`)).page);
});
afterAll(async () => {
  for (const page of pages.values()) await page.context().close();
});

/** Types a query with the keyboard, presses Enter, and waits until the page shows the search for it. */
async function typeQuery(page: Page, query: string): Promise<void> {
  await page.locator('#search-q').click();
  await page.locator('#search-q').fill('');
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  await page.waitForFunction((q) => new URL(location.href).searchParams.get('q') === q, query);
}

describe('reporters’ queries, typed into the search box', () => {
  for (const fixture of fixtures) {
    test(`${fixture.lang}: “${fixture.query}” (${fixture.kind}) lists exactly the ${fixture.expected.length} tasks the seeds give it`, async () => {
      const page = pages.get(fixture.lang)!;
      await typeQuery(page, fixture.query);
      const found = await searchResults(page);
      const expected = taskPaths(
        fixture.lang,
        fixture.expected.map((id) => byId.get(id)!),
      );
      expect([...found].sort()).toEqual([...expected].sort());
      const status = (await page.locator('#search-status').textContent()) ?? '';
      if (expected.length > 0) {
        // The count is the number listed: nothing counted that is not shown.
        expect(status).toContain(String(expected.length));
      } else {
        // Nothing found is said plainly, naming the words typed.
        expect(await page.locator('#search-notes').textContent()).toContain(fixture.query);
      }
    });
  }

  test('a word the texts do not use is offered the nearest words they do use, each of which finds tasks', async () => {
    const page = pages.get('zh')!;
    for (const fixture of fixtures.filter((f) => f.kind === 'absent' && f.nearest && f.lang === 'zh')) {
      await typeQuery(page, fixture.query);
      await searchResults(page);
      const offered = await page.locator('#search-notes a[href^="?q="]').allTextContents();
      expect(
        offered.filter((w) => fixture.nearest!.includes(w)),
        fixture.query,
      ).not.toEqual([]);
      for (const word of offered) {
        await typeQuery(page, word);
        expect((await searchResults(page)).length, word).toBeGreaterThan(0);
      }
    }
  });

  test('a body named only among a notice’s recipients is said to be so, with the section that assigns responsibility', async () => {
    const page = pages.get('zh')!;
    await typeQuery(page, '金砖创新中心');
    expect(await searchResults(page)).toEqual([]);
    const notes = (await page.locator('#search-notes').textContent()) ?? '';
    expect(notes).toContain('有关单位');
    expect(await page.locator('#search-notes a[href="/zh/services-opening/#section-6-2"]').count()).toBe(1);
  });

  test('a later name of a body says that the tasks are listed under the name the document used', async () => {
    const page = pages.get('zh')!;
    await typeQuery(page, '人民银行厦门市分行');
    await searchResults(page);
    expect(await page.locator('#search-notes').textContent()).toContain('人行厦门中心支行');
    // Each result says, on its own line, in which role the document names the body.
    expect(await page.locator('#search-results > li .result-match').first().textContent()).toMatch(/^(牵头单位|配合单位)：人行厦门中心支行$/);
  });
});
