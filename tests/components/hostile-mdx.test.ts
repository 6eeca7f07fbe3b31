import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mdxComponents } from '../../src/components/mdx/index.ts';
import { pageLanguage } from '../../src/i18n/page-language.ts';
import { editionToMdast, paragraphToMdast } from '../../src/lib/emit/annotate.ts';
import type { Mark } from '../../src/lib/emit/marks.ts';
import { mdastToMdx } from '../../src/lib/emit/mdx-text.ts';
import { onCharacterBoundary, writableText } from '../helpers/hostile-text.ts';
import { ROOT } from '../helpers/paths.ts';

/**
 * Hostile text the whole way: paragraphs of random and hostile text with
 * random marks, written by the emit step's writer into one MDX file,
 * compiled by Astro's own MDX integration with the site's Markdown options
 * (rehype-raw and all), rendered with the real components and read back from
 * the HTML. FUZZ_RUNS=5000 for a longer hunt; each run is one paragraph.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** A mark over a random span of a text, from and to a character boundary: a term, a body or a cited document, with hostile props. */
const innerMark = (text: string) =>
  fc
    .tuple(
      fc.integer({ min: 0, max: text.length - 1 }),
      fc.integer({ min: 1, max: text.length }),
      fc.oneof(
        fc.record({ kind: fc.constant('term' as const), term: fc.constantFrom('单一窗口', 'BRICS'), hint: writableText }),
        fc.record({ kind: fc.constant('body' as const), agency: fc.constantFrom('ministry-of-commerce', 'state-council') }),
        fc.record({ kind: fc.constant('citation' as const), number: writableText, title: writableText }),
      ),
    )
    .filter(([start, end]) => start < end && onCharacterBoundary(text, start) && onCharacterBoundary(text, end))
    .map(([start, end, rest]) => ({ ...rest, start, end }) as Mark);

/** A paragraph with a clause over a random part of it, and inner marks that may overlap (resolveMarks settles them). */
const paragraph = writableText.chain((text) =>
  fc.record({
    text: fc.constant(text),
    marks: fc
      .tuple(fc.option(innerMark(text)), fc.array(innerMark(text), { maxLength: 4 }))
      .map(([clause, inner]) => [
        ...(clause
          ? [{ kind: 'clause' as const, start: clause.start, end: clause.end, task: 'services-opening-12', document: 'services-opening', key: '12' }]
          : []),
        ...inner,
      ]),
  }),
);

describe('hostile text through Astro’s MDX integration', () => {
  test('every paragraph shows exactly its text, and every prop exactly its value', async () => {
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
    const paragraphs = fc.sample(paragraph, { numRuns: RUNS, seed });
    // One file per seed, so a rerun never reads a module Vite has cached; the last run's alone is kept.
    const dir = join(ROOT, '.tmp', 'hostile-mdx');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${seed}.mdx`);
    writeFileSync(
      file,
      mdastToMdx({
        type: 'root',
        children: [
          editionToMdast(
            'zh',
            paragraphs.map((p) => paragraphToMdast(p.text, p.marks)),
          ),
        ],
      }),
    );

    const container = await AstroContainer.create();
    container.addServerRenderer({ renderer: mdxRenderer });
    const Content = (await import(/* @vite-ignore */ file)).default;
    const html = await container.renderToString(Content, { props: { edition: 'zh', components: mdxComponents }, locals: { language: pageLanguage('zh') } });
    const $ = load(html, null, false);

    const rendered = $('p').get();
    expect(rendered.length, `FUZZ_SEED=${seed}`).toBe(paragraphs.length);
    expect($('script').length, `FUZZ_SEED=${seed}`).toBe(0);
    rendered.forEach((p, i) => {
      const { text, marks } = paragraphs[i]!;
      // Each hint the paragraph kept is in the HTML exactly: a term's title inside a clause, its card's text outside one.
      const hints = $(p)
        .find('.term')
        .map((_, e) => $(e).attr('title') ?? $(e).find('.term-hint').text())
        .get();
      // The text a reader sees: the paragraph without the cards, which show only when a term is focused.
      $(p).find('.term-card').remove();
      expect($(p).text(), `FUZZ_SEED=${seed}, paragraph ${i}`).toBe(text);
      const numbers = $(p)
        .find('cite')
        .map((_, e) => $(e).attr('data-document-number'))
        .get();
      for (const hint of hints)
        expect(
          marks.some((m) => m.kind === 'term' && m.hint === hint),
          `FUZZ_SEED=${seed}: hint ${hint}`,
        ).toBe(true);
      for (const number of numbers)
        expect(
          marks.some((m) => m.kind === 'citation' && m.number === number),
          `FUZZ_SEED=${seed}: number ${number}`,
        ).toBe(true);
    });
  }, 120_000);
});
