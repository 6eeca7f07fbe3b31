import { evaluate as evaluateWithRemark } from '@mdx-js/mdx';
import fc from 'fast-check';
import type { Paragraph } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import remarkGfm from 'remark-gfm';
import { evaluate } from 'satteri';
import { describe, expect, test } from 'vitest';
import { paragraphToMdast } from '../../src/lib/emit/annotate.ts';
import { corpusToFiles } from '../../src/lib/emit/collections.ts';
import { taskTextFile } from '../../src/lib/schema/collections.ts';
import { mdastToMdx, mdxTextSchema } from '../../src/lib/emit/mdx-text.ts';
import { taskEntrySchema, type TaskEntry } from '../../src/lib/schema/task.ts';
import { writableText } from '../helpers/hostile-text.ts';
import { renderEditions, renderMdx, paragraphToMdx } from '../helpers/mdx.ts';

/** FUZZ_RUNS=20000 npm run test:unit -- tests/unit/mdx-text.test.ts for a longer hunt. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

const paragraphsToMdx = (texts: readonly string[]) => mdastToMdx({ type: 'root', children: texts.map((text) => paragraphToMdast(text, [])) });

describe('mdastToMdx', () => {
  test('writes source text as readable Markdown, escaping only what Markdown or MDX would read as syntax', () => {
    expect(paragraphToMdx('向外资开放国内互联网虚拟专用网业务(外资股比不超过50%)')).toBe('<p>向外资开放国内互联网虚拟专用网业务(外资股比不超过50%)</p>\n');
    expect(paragraphToMdx('<script>{x}</script> *a* _b_ # [c](d) \\ &copy; </Term>')).toBe(
      '<p>\\<script>\\{x}\\</script> \\*a\\* \\_b\\_ # \\[c]\\(d) \\ \\&copy; \\</Term></p>\n',
    );
  });

  test('renders any text it takes as one paragraph holding exactly that text, through the site’s MDX compiler', async () => {
    await fc.assert(
      fc.asyncProperty(writableText, async (text) => {
        const { nodes, exports } = await renderMdx(paragraphToMdx(text));
        expect(nodes).toEqual([{ type: 'p', children: [text] }]);
        expect(exports).toEqual(['default']);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  test('keeps character references as the characters written: &copy; is six characters, not ©', async () => {
    const text = '&copy; &amp; &#x41; &#123; &lt;b&gt; &nbsp;';
    expect((await renderMdx(paragraphToMdx(text))).nodes).toEqual([{ type: 'p', children: [text] }]);
  });

  test('keeps what GFM would link, strike through or tabulate as plain text', async () => {
    const text = 'www.example.com a@b.co http://example.com ~~x~~ |a|b|';
    expect((await renderMdx(paragraphToMdx(text))).nodes).toEqual([{ type: 'p', children: [text] }]);
  });

  test('renders a list of paragraphs as that many paragraphs', async () => {
    const { nodes } = await renderMdx(paragraphsToMdx(['第一段。', 'import a from "b"', '{x}', 'export const a = 1']));
    expect(nodes.filter((n) => typeof n !== 'string')).toEqual([
      { type: 'p', children: ['第一段。'] },
      { type: 'p', children: ['import a from "b"'] },
      { type: 'p', children: ['{x}'] },
      { type: 'p', children: ['export const a = 1'] },
    ]);
  });

  test('is deterministic: the same tree gives the same bytes', () => {
    fc.assert(
      fc.property(writableText, (text) => {
        expect(paragraphToMdx(text)).toBe(paragraphToMdx(text));
      }),
    );
  });
});

describe('mdxTextSchema', () => {
  test('refuses what the writer could not keep: a line break, a control character, a lone surrogate', () => {
    expect(mdxTextSchema.safeParse('第一段。\t第二句。').success).toBe(true);
    for (const text of ['a\nb', 'a\rb', 'a\u0000b', 'a\u007fb', 'a\ud800b', ''])
      expect(mdxTextSchema.safeParse(text).success, JSON.stringify(text)).toBe(false);
    expect(() => paragraphToMdast('第一段。\n\n# 第二段', [])).toThrow(
      /paragraphToMdast: cannot write "第一段。\\n\\n# 第二段": .*no line breaks or control characters/s,
    );
    expect(() => paragraphToMdast('a\ud800', [])).toThrow(/no lone surrogate/);
    // MDX reads a line of tags and white space as layout: `<p> </p>` would render an empty paragraph.
    expect(() => paragraphToMdast(' \t ', [])).toThrow(/something besides spaces and tabs/);
  });
});

describe('why the site’s processor does not parse GFM', () => {
  const jsx = (type: unknown, props: unknown) => ({ type, props });
  const rendered = (module: Record<string, unknown>) => JSON.stringify((module.default as (props: object) => unknown)({}));

  test('GFM links an autolink literal however the serialiser escapes it; the site’s compiler, without GFM, keeps the text', async () => {
    // mdast-util-gfm escapes each literal's trigger, but a GFM parser finds
    // literals in the text after escapes are decoded: the link is there anyway,
    // in remark-gfm as in the site's compiler with its GFM switch on.
    for (const [text, written] of [
      ['www.example.com', 'www\\.example.com'],
      ['a@b.co', 'a\\@b.co'],
      ['http://example.com', 'http\\://example.com'],
    ]) {
      const tree = { type: 'root' as const, children: [{ type: 'paragraph', children: [{ type: 'text', value: text! }] } satisfies Paragraph] };
      const mdx = toMarkdown(tree, { extensions: [mdxToMarkdown(), gfmToMarkdown()] });
      expect(mdx).toBe(`${written}\n`);
      const withRemarkGfm = await evaluateWithRemark(mdx, { Fragment: Symbol('Fragment'), jsx, jsxs: jsx, remarkPlugins: [remarkGfm] } as unknown as Parameters<
        typeof evaluateWithRemark
      >[1]);
      expect(rendered(withRemarkGfm)).toContain('"type":"a"');
      const withGfm = await evaluate(mdx, { Fragment: Symbol('Fragment'), jsx, jsxs: jsx, features: { gfm: true, smartPunctuation: false } });
      expect(rendered(withGfm)).toContain('"type":"a"');
    }
    // The site's features (the same object astro.config.mjs passes), without GFM, keep the text.
    expect((await renderMdx(paragraphToMdx('www.example.com a@b.co'))).nodes).toEqual([{ type: 'p', children: ['www.example.com a@b.co'] }]);
  });

  test('the site’s compiler leaves quotes and dashes as they are written', async () => {
    expect((await renderMdx(paragraphToMdx('"引号" \'single\' -- --- ...'))).nodes).toEqual([{ type: 'p', children: ['"引号" \'single\' -- --- ...'] }]);
  });
});

describe('a generated task file', () => {
  const task = (zh: string, en: string): TaskEntry => ({
    id: 'services-trade-1',
    document: 'services-trade',
    key: '1',
    part: 'attachment',
    attachment: 1,
    number: 1,
    category: 1,
    text: { zh, en },
    line: 12,
    details: { remark: { zh: en, en: zh } },
    assignment: null,
    priorities: [],
    related: [],
  });
  /** The files the emit step writes for one task, its seed at `seed` (named in each file's notice). */
  const filesOf = (entry: TaskEntry, seed = 's') =>
    corpusToFiles(
      { documents: [], sections: [], categories: [], agencies: [], priorities: [], tasks: [entry] },
      {
        manifest: 'm',
        seeds: { 'services-trade': seed },
        registry: 'r',
        editorial: 'e',
        priorities: 'p',
        glossary: 'g',
        notes: 'n',
        synonyms: 'y',
        site: 'si',
        changes: 'c',
        translations: 't',
      },
      {
        glossary: [],
        registry: { agencies: [] },
        notes: [],
        seeds: [],
        synonyms: [],
        site: { publisher: { placeholder: true }, contact: { placeholder: true }, errorReports: { placeholder: true } },
        changes: [],
      },
    );

  test('reads back, record and text, as exactly the text it was given', async () => {
    await fc.assert(
      fc.asyncProperty(writableText, writableText, async (zh, en) => {
        const files = filesOf(task(zh, en));
        const record = (JSON.parse(files.get('tasks.json') as string) as { entries: unknown[] }).entries[0];
        expect(taskEntrySchema.parse(record)).toEqual(task(zh, en));
        expect(await renderEditions(files.get(taskTextFile(task(zh, en))) as string)).toEqual({ zh: [zh], en: [en] });
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  test('is written as a tree: the notice, then each edition with its paragraph', () => {
    expect(filesOf(task('支持<b>。', 'Support *x*.')).get(taskTextFile(task('', '')))).toBe(
      [
        '{/* Generated by `npm run content` from s (line 12), t/services-trade/tasks.yaml. Do not edit: change those and run it again. */}',
        '',
        '<Edition lang="zh" current={props.edition}>',
        '  <p>支持\\<b>。</p>',
        '</Edition>',
        '',
        '<Edition lang="en" current={props.edition}>',
        '  <p>Support \\*x\\*.</p>',
        '</Edition>',
        '',
      ].join('\n'),
    );
  });

  test('refuses a notice that would close its comment', () => {
    expect(() => filesOf(task('一', 'one'), 'seeds/*/x.txt')).toThrow(/the notice would close its comment/);
  });
});
