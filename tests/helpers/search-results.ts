import type { Page } from 'playwright-core';
import type { Lang } from '../../src/lib/schema/languages.ts';
import { taskPath } from '../../src/lib/text/paths.ts';

/** Waits for the search page to settle and returns the result links, all of them (following "show more"). */
export async function searchResults(page: Page): Promise<string[]> {
  await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
  while (await page.locator('#search-more').isVisible()) {
    const before = await page.locator('#search-results > li').count();
    await page.click('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
  }
  return page.locator('#search-results > li .result-title a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The pages of some tasks in one language, in the order given. */
export const taskPaths = (lang: Lang, tasks: readonly { document: string; key: string }[]) => tasks.map((t) => taskPath(lang, t));
