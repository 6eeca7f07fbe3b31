import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chineseWords } from '../../src/lib/enrich/related.ts';
import type { Lang } from '../../src/lib/schema/languages.ts';
import { indexTokens, lookupTokens, searchSections } from '../../src/lib/search/full-text.ts';
import { chineseSpans, latinSpans, lengthsToBoundaries, textToLengths } from '../../src/lib/search/match.ts';
import { sectionAnchor } from '../../src/lib/text/paths.ts';
import { corpus } from '../helpers/corpus.ts';
import { readPagefindRecords, recordsHolding } from '../helpers/pagefind-records.ts';
import { lookupIn } from '../helpers/prose-sections.ts';
import { corpusToSearchData } from '../helpers/search-data.ts';
import { useSiteSession } from '../helpers/site-session.ts';

/*
 * The documents' full text on the built site: Pagefind's index, loaded in
 * Chromium only when a search needs it, and what the page lists from it.
 * What the page must list is worked out from the built records themselves,
 * by the engine's rules (src/lib/search/full-text.ts).
 */
const site = useSiteSession();
const records = readPagefindRecords();
const data = corpusToSearchData(corpus);
const recordsOf = (lang: Lang) => records.filter((r) => r.url.startsWith(`/${lang}/`));

/** The sections the page must list for some words: the built records, searched by the engine's rules. */
async function expectedSections(lang: Lang, query: string): Promise<string[]> {
  const answer = await searchSections(query, '', lang === 'en', data, lookupIn(recordsOf(lang).map((r) => r.section)));
  return answer.hits.map((h) => h.section.url);
}

/** Presses Tab until the focus is on what `isTarget` says, and fails after `limit` presses. */
async function tabTo(page: Page, isTarget: () => boolean, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await page.evaluate(isTarget)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`focus never reached the target in ${limit} presses of Tab`);
}

/** The sections listed by the full-text search, as their addresses. */
const listedSections = (page: Page) =>
  page
    .locator('#search-text-results > li .result-title a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));

/** Waits until the full-text search has answered. */
const textAnswered = (page: Page) =>
  page.waitForFunction(
    () =>
      document.querySelector('#search-text-results')?.getAttribute('aria-busy') === 'false' &&
      (document.querySelector('#search-text-status')?.textContent ?? '') !== '',
  );

/** A phrase of section 六（一） of the plan that no task says, in each language, from the seed's text. */
const section = corpus.sections.find((s) => s.document === 'services-opening' && s.key === '6-1')!;
const phrases: Record<Lang, string> = {
  // The first run of four or more Chinese characters, between punctuation, that no task writes.
  zh: (section.paragraphs[0]!.zh.match(/\p{Script=Han}{4,}/gu) ?? []).find((run) => !corpus.tasks.some((t) => t.text.zh.includes(run)))!,
  // The first three consecutive words that no task's English holds.
  en: (() => {
    const words = section.paragraphs[0]!.en.split(' ');
    for (let i = 0; i + 3 <= words.length; i++) {
      const phrase = words.slice(i, i + 3).join(' ');
      if (/^[\p{L} -]+$/u.test(phrase) && !corpus.tasks.some((t) => latinSpans(t.text.en, phrase).length > 0)) return phrase;
    }
    return '';
  })(),
};

describe('the full-text search', () => {
  for (const lang of ['zh', 'en'] as const) {
    test(`${lang}: a phrase of the plan’s prose that no task says, typed, finds its section, which the keyboard opens at its anchor`, async () => {
      const phrase = phrases[lang];
      expect(phrase.length).toBeGreaterThan(3);
      const target = `/${lang}/services-opening/#${sectionAnchor(section.key)}`;
      const expected = await expectedSections(lang, phrase);
      expect(expected).toContain(target);

      const { page, context } = await site.open(`/${lang}/search/`);
      await tabTo(page, () => document.activeElement?.id === 'search-q');
      await page.keyboard.type(phrase);
      await page.keyboard.press('Enter');
      await textAnswered(page);
      expect(await page.locator('#search-results > li').count()).toBe(0);
      expect(await page.locator('#search-notes').textContent()).toContain(phrase);
      expect(await listedSections(page)).toEqual(expected);
      const status = (await page.locator('#search-text-status').textContent()) ?? '';
      expect(status).toContain(phrase);
      expect(status).toContain(String(expected.length));
      // The section is labelled as one: its heading, then its document and the heading it falls under.
      const item = page.locator('#search-text-results > li').filter({ has: page.locator(`a[href="${target}"]`) });
      expect(await item.locator('.task-meta').textContent()).toContain(corpus.documents.find((d) => d.id === 'services-opening')!.shortTitle[lang]);
      expect(await item.locator('mark').first().textContent()).toBeTruthy();

      await tabTo(page, () => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href')?.endsWith('#section-6-1') ?? false);
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname + url.hash === target);
      expect(await page.locator(`#${sectionAnchor(section.key)}`).isVisible()).toBe(true);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(sectionAnchor(section.key));
      await context.close();
    });
  }

  test('lists no section for a prefix of the prose’s words, nor for a Chinese word the prose holds only across two of its words', async () => {
    const { page, context } = await site.open('/en/search/?q=forex');
    await page.waitForSelector('#search-results > li');
    // Tasks answer "forex", so the full text waits to be asked: by keyboard.
    await tabTo(page, () => document.activeElement?.id === 'search-text-run');
    await page.keyboard.press('Enter');
    await textAnswered(page);
    expect(await listedSections(page)).toEqual(await expectedSections('en', 'forex'));
    // Nothing marked in English but "forex" itself (its synonyms are searched in the Chinese).
    for (const mark of await page.locator('#search-text-results mark').allTextContents()) expect(mark).toMatch(/^(?:forex|\p{Script=Han}+)$/iu);
    // The prose has words that start like it: "for", "foreign".
    const english = recordsOf('en')
      .map((r) => r.section.text.en)
      .join(' ');
    expect(english).toMatch(/\bfor\b/);
    expect(english).toMatch(/\bforeign\b/);
    // A word it does hold is found as a whole word only.
    await page.locator('#search-q').fill('for');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'for');
    await textAnswered(page);
    expect((await listedSections(page)).length).toBeGreaterThan(0);
    for (const mark of await page.locator('#search-text-results .result-excerpt mark').allTextContents()) expect(mark.toLowerCase()).toBe('for');

    // A pair of Chinese characters the prose writes only across a boundary of its words, which no task writes.
    const zh = recordsOf('zh');
    const crossing = (() => {
      for (const record of zh)
        for (const pair of Array.from(record.section.text.zh.matchAll(/(?=(\p{Script=Han}{2}))/gu), (m) => m[1] ?? '')) {
          const spans = zh.flatMap((r) => chineseSpans(r.section.text.zh, lengthsToBoundaries(textToLengths(r.section.text.words)), pair));
          const named = data.synonyms.some((g) => g.zh.includes(pair)) || data.glossary.some(([term]) => term === pair);
          if (spans.length === 0 && !named && !corpus.tasks.some((t) => t.text.zh.includes(pair))) return pair;
        }
      return undefined;
    })();
    expect(crossing).toBeDefined();
    const fragments: string[] = [];
    context.on('request', (request) => request.url().includes('/pagefind/fragment/') && fragments.push(request.url()));
    await page.goto(`${site.origin}/zh/search/`);
    await page.locator('#search-q').fill(crossing!);
    await page.keyboard.press('Enter');
    await textAnswered(page);
    // Pagefind offered the sections that hold the two characters; the engine's rules listed none of them.
    expect(fragments.length).toBeGreaterThan(0);
    expect(await listedSections(page)).toEqual([]);
    expect(await page.locator('#search-text-status').textContent()).toBe(`文件正文（任务清单以外）没有写到“${crossing}”。`);
    await context.close();
  });

  test('loads nothing of Pagefind for a search that tasks answer, until the reader asks; the address keeps the asking', async () => {
    const { page, context } = await site.open('/zh/search/');
    const pagefind: string[] = [];
    context.on('request', (request) => request.url().includes('/pagefind/') && pagefind.push(new URL(request.url()).pathname));
    await page.locator('#search-q').fill('外汇');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#search-results > li');
    expect(await page.locator('#search-text-run').isVisible()).toBe(true);
    expect(pagefind).toEqual([]);
    await page.click('#search-text-run');
    await textAnswered(page);
    expect(pagefind).toContain('/pagefind/pagefind.js');
    expect(new URL(page.url()).searchParams.get('text')).toBe('1');
    expect(await page.locator('#search-text-run').isVisible()).toBe(false);
    // The tasks stayed as they were, and a shared address shows both.
    const tasks = await page.locator('#search-results > li').count();
    await page.reload();
    await textAnswered(page);
    expect(await page.locator('#search-results > li').count()).toBe(tasks);
    expect(await listedSections(page)).toEqual(await expectedSections('zh', '外汇'));
    await context.close();
  });

  test('Pagefind’s exact search finds every record whose tokens hold the run looked up, in each language’s index', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const own = recordsOf(lang);
      // Every word of the prose, Chinese by jieba and English one and two at a time, as the page looks it up.
      const runs = new Set<string>();
      for (const record of own) {
        const zh = record.section.text.zh;
        for (const word of chineseWords(zh)) if (/\p{Script=Han}/u.test(word)) runs.add(lookupTokens(word));
        const words = indexTokens(record.section.text.en ?? '')
          .split(' ')
          .filter(Boolean);
        for (let i = 0; i < words.length; i++) runs.add(words[i]!).add(words.slice(i, i + 2).join(' '));
      }
      const { page, context } = await site.open(`/${lang}/search/`);
      // As a string: vitest would rewrite an import() in a function handed to the page.
      const found = (await page.evaluate(`(async (asked) => {
        const instance = (await import('/pagefind/pagefind.js')).createInstance({ noWorker: true });
        const answers = {};
        for (const run of asked) answers[run] = await Promise.all((await instance.search('"' + run + '"')).results.map(async (r) => (await r.data()).url));
        return answers;
      })(${JSON.stringify([...runs])})`)) as Record<string, string[]>;
      const missed = [...runs].flatMap((run) =>
        recordsHolding(own, run)
          .map((r) => r.url)
          .filter((url) => !found[run]!.includes(url))
          .map((url) => `${run} → ${url}`),
      );
      expect(runs.size, lang).toBeGreaterThan(lang === 'zh' ? 500 : 1500);
      expect(missed, lang).toEqual([]);
      await context.close();
    }
  });

  test('breaks no Content-Security-Policy and asks nothing of another origin', () => {
    expect(site.cspViolations).toEqual([]);
    expect(site.requests.filter((url) => !url.startsWith(`${site.origin}/`))).toEqual([]);
  });
});
