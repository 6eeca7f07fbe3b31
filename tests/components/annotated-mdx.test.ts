import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { beforeAll, describe, expect, test } from 'vitest';
import { mdxComponents } from '../../src/components/mdx/index.ts';
import { pageLanguage } from '../../src/i18n/page-language.ts';
import type { Lang } from '../../src/lib/schema/languages.ts';
import { linksOf, planMdx, sections } from '../helpers/annotated-plan.ts';
import { ROOT } from '../helpers/paths.ts';

/**
 * The whole way: the 2026 plan's annotated MDX, both languages in one file,
 * compiled by Astro's own MDX integration and rendered with the real mark
 * components, as a page would render `<Content edition={lang} page={lang} components={mdxComponents} />`.
 */

let container: AstroContainer;
let Content: Parameters<AstroContainer['renderToString']>[0];
beforeAll(async () => {
  const dir = join(ROOT, '.tmp', 'annotated-mdx');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'plan.mdx'), planMdx);
  container = await AstroContainer.create();
  container.addServerRenderer({ renderer: mdxRenderer });
  Content = (await import(/* @vite-ignore */ join(dir, 'plan.mdx'))).default;
});

async function page(lang: Lang) {
  const html = await container.renderToString(Content, { props: { edition: lang, components: mdxComponents }, locals: { language: pageLanguage(lang) } });
  return load(html, null, false);
}

describe.each(['zh', 'en'] as const)('the annotated plan, rendered by Astro on the %s page', (lang) => {
  test('shows exactly the paragraphs of its language, character for character', async () => {
    const $ = await page(lang);
    // A term's card is not shown until the term is focused: the text a reader sees is the paragraph without it.
    $('.term-card').remove();
    expect(
      $('p')
        .map((_, p) => $(p).text())
        .get(),
    ).toEqual(sections.flatMap((s) => s[lang].map((p) => p.text)));
  });

  test('has no link inside a link, no script and no element the marks do not make', async () => {
    const $ = await page(lang);
    expect($('a a').length).toBe(0);
    expect($('script').length).toBe(0);
    const tags = new Set(
      $('*')
        .map((_, e) => (e as { tagName: string }).tagName)
        .get(),
    );
    expect([...tags].sort()).toEqual(['a', 'cite', 'p', 'span']);
  });

  test('links the differentiated clauses to their tasks in its language', async () => {
    const $ = await page(lang);
    const clauses = $('a.clause')
      .map((_, a) => [[$(a).text(), $(a).attr('href')]])
      .get();
    expect(clauses).toEqual(linksOf(lang, '2-2').map((l) => [l.text, `/${lang}/services-opening/tasks/${l.task.replace('services-opening-', '')}/`]));
  });

  test('marks the cited documents and the glossary terms', async () => {
    const $ = await page(lang);
    expect($('cite.cited').length).toBe(2);
    // Only terms with a note, at most 8 links per 1,000 characters (readerMarks): a few, each with its card.
    expect($('.term').length).toBeGreaterThan(5);
    expect($('.term-card').length).toBe($('.term').length);
    for (const a of $('.term-card a').get()) expect($(a).attr('href')).toMatch(new RegExp(`^/${lang}/glossary/#[\\p{L}\\p{N}-]+$`, 'u'));
  });
});
