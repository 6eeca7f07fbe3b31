import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { editionToMdast, paragraphToMdast } from '../../src/lib/emit/annotate.ts';
import { isLink, linkBudget, readerMarks, resolveMarks, type Mark } from '../../src/lib/emit/marks.ts';
import { mdastToMdx } from '../../src/lib/emit/mdx-text.ts';
import { renderAnnotatedMdx } from '../helpers/mdx-components.ts';
import { paragraphToMdx } from '../helpers/mdx.ts';

describe('resolveMarks', () => {
  const clause = (start: number, end: number, key = '1'): Mark => ({
    kind: 'clause',
    start,
    end,
    task: `services-opening-${key}`,
    document: 'services-opening',
    key,
  });
  const term = (start: number, end: number, id = '单一窗口'): Mark => ({ kind: 'term', start, end, term: id, hint: 'single window' });
  const body = (start: number, end: number): Mark => ({ kind: 'body', start, end, agency: 'ministry-of-commerce' });
  const citation = (start: number, end: number): Mark => ({ kind: 'citation', start, end, number: '国函〔2025〕39号' });

  test('covers the paragraph with groups, a clause being a group of its own', () => {
    expect(resolveMarks(10, [clause(2, 5)]).map((g) => [g.clause ? 'clause' : 'open', g.start, g.end])).toEqual([
      ['open', 0, 2],
      ['clause', 2, 5],
      ['open', 5, 10],
    ]);
    expect(resolveMarks(4, []).map((g) => [g.start, g.end])).toEqual([[0, 4]]);
  });

  test('keeps, of overlapping inner marks, the earliest, then the longest', () => {
    expect(resolveMarks(10, [term(3, 6), term(1, 4), term(1, 3)]).flatMap((g) => g.inner.map((m) => [m.start, m.end]))).toEqual([[1, 4]]);
    expect(resolveMarks(10, [term(2, 4), term(0, 6)]).flatMap((g) => g.inner.map((m) => [m.start, m.end]))).toEqual([[0, 6]]);
    expect(resolveMarks(10, [term(0, 2), term(2, 4)]).flatMap((g) => g.inner.map((m) => [m.start, m.end]))).toEqual([
      [0, 2],
      [2, 4],
    ]);
  });

  test('on the very same span, prefers a citation, then a body, then a term', () => {
    expect(resolveMarks(5, [term(0, 3), body(0, 3), citation(0, 3)]).flatMap((g) => g.inner.map((m) => m.kind))).toEqual(['citation']);
    expect(resolveMarks(5, [term(0, 3), body(0, 3)]).flatMap((g) => g.inner.map((m) => m.kind))).toEqual(['body']);
  });

  test('nests inner marks in the clause that holds them, and leaves out one that crosses its edge', () => {
    const groups = resolveMarks(12, [clause(2, 8), term(3, 5), body(7, 10), citation(9, 11)]);
    expect(groups.map((g) => g.inner.map((m) => m.kind))).toEqual([[], ['term'], ['citation']]);
  });

  test('gives the same result whatever order the marks come in', () => {
    const marks = [clause(2, 8), term(3, 5), term(3, 6), body(3, 6), citation(0, 2), term(9, 11), term(10, 12)];
    fc.assert(
      fc.property(fc.shuffledSubarray(marks, { minLength: marks.length, maxLength: marks.length }), (shuffled) => {
        expect(resolveMarks(12, shuffled)).toEqual(resolveMarks(12, marks));
      }),
    );
  });

  test('refuses clauses that overlap, naming both', () => {
    expect(() => resolveMarks(10, [clause(0, 5, '1'), clause(4, 8, '2')])).toThrow(
      'resolveMarks: the clause 4–8 (services-opening-2) overlaps the clause 0–5 (services-opening-1)',
    );
  });

  test('refuses a mark outside the paragraph or empty, naming it', () => {
    expect(() => resolveMarks(4, [term(2, 6)])).toThrow('resolveMarks: mark 0 (term 2–6) is not a non-empty span inside the paragraph of 4 code units');
    expect(() => resolveMarks(4, [body(1, 2), term(3, 3)])).toThrow(
      'resolveMarks: mark 1 (term 3–3) is not a non-empty span inside the paragraph of 4 code units',
    );
  });

  test('refuses a mark whose id could not be a task, a glossary anchor or an agency', () => {
    expect(() => resolveMarks(4, [clause(0, 2, 'x"}><script>')])).toThrow(/^resolveMarks: mark 0 is malformed: .*\n.*task/s);
    expect(() => resolveMarks(4, [term(0, 2, 'a b')])).toThrow('a glossary anchor (letters and digits joined by "-")');
    expect(() => resolveMarks(4, [{ kind: 'body', start: 0, end: 2, agency: 'Ministry' }])).toThrow('lowercase ASCII words joined by "-"');
  });
});

describe('readerMarks', () => {
  const term = (start: number, end: number, id = '国务院', note: string | null = 'A note.'): Mark => ({
    kind: 'term',
    start,
    end,
    term: id,
    hint: 'State Council',
    ...(note === null ? {} : { note }),
  });
  const body = (start: number, end: number): Mark => ({ kind: 'body', start, end, agency: 'ministry-of-commerce' });
  const citation = (start: number, end: number): Mark => ({ kind: 'citation', start, end, number: '国函〔2025〕39号' });
  const clause = (start: number, end: number, task: string): Mark => ({
    kind: 'clause',
    start,
    end,
    task,
    document: 'services-opening',
    key: task.split('-').at(-1) as string,
  });
  const kinds = (marks: Mark[][]) => marks.map((paragraph) => paragraph.map((m) => [m.kind, m.start]));

  test('keeps the first mention of each term and body, and every clause and citation', () => {
    const marks = [term(0, 3), body(4, 7), term(8, 11), body(12, 15), term(16, 19, '单一窗口'), citation(20, 22), citation(23, 25)];
    expect(kinds(readerMarks([{ length: 1000, marks }]))).toEqual([
      [
        ['term', 0],
        ['body', 4],
        ['term', 16],
        ['citation', 20],
        ['citation', 23],
      ],
    ]);
  });

  test('marks only terms that have a note, and none inside a clause, where a longer term without a note still wins', () => {
    const marks = [term(0, 3, '国务院', null), term(4, 7), clause(10, 20, 'services-opening-1'), term(12, 15, '单一窗口'), body(16, 19)];
    expect(kinds(readerMarks([{ length: 1000, marks }]))).toEqual([
      [
        ['term', 4],
        ['clause', 10],
        ['body', 16],
      ],
    ]);
    // 厦门自贸片区 (no note) holds 自贸片区 (a note): neither is marked.
    expect(readerMarks([{ length: 1000, marks: [term(0, 6, '厦门自贸片区', null), term(2, 6, '自贸片区')] }])).toEqual([[]]);
  });

  test('does not count a mention that a citation hides', () => {
    expect(kinds(readerMarks([{ length: 1000, marks: [citation(0, 10), body(2, 5), body(12, 15)] }]))).toEqual([
      [
        ['citation', 0],
        ['body', 12],
      ],
    ]);
  });

  test('carries what it has seen from one paragraph of a text to the next', () => {
    expect(
      readerMarks([
        { length: 500, marks: [term(0, 3)] },
        { length: 500, marks: [term(0, 3)] },
      ]).map((p) => p.length),
    ).toEqual([1, 0]);
  });

  test('keeps at most 8 links per 1,000 characters, clauses first, then terms and bodies in the order of the text', () => {
    const many = Array.from({ length: 10 }, (_, i) => term(i * 10, i * 10 + 3, `术语${i}`));
    expect(linkBudget(250)).toBe(2);
    expect(readerMarks([{ length: 250, marks: many }])[0]!.map((m) => m.start)).toEqual([0, 10]);
    expect(readerMarks([{ length: 124, marks: many }])).toEqual([[]]);
    // Clauses are the plan's own references: all kept, and they use the budget up first.
    const withClause = readerMarks([{ length: 250, marks: [...many.slice(0, 3), clause(200, 220, 'services-opening-2'), citation(230, 240)] }]);
    expect(withClause[0]!.map((m) => m.kind)).toEqual(['term', 'clause', 'citation']);
    expect(withClause[0]!.filter(isLink).length).toBeLessThanOrEqual(linkBudget(250));
  });
});

describe('paragraphToMdast', () => {
  test('writes text as text and marks as components with string props, and no expression', () => {
    const text = '优化升级国际贸易“单一窗口”，商务部。';
    expect(
      paragraphToMdx(text, [
        { kind: 'clause', start: 0, end: 14, task: 'services-opening-87', document: 'services-opening', key: '87' },
        { kind: 'term', start: 9, end: 13, term: '单一窗口', hint: 'single window' },
        { kind: 'body', start: 15, end: 18, agency: 'ministry-of-commerce' },
      ]),
    ).toBe(
      '<p><Clause document="services-opening" task="87">优化升级国际贸易“<Term inClause term="单一窗口" hint="single window">单一窗口</Term>”</Clause>，<Body agency="ministry-of-commerce">商务部</Body>。</p>\n',
    );
  });

  test('builds a paragraph as the element <p> in a Markdown paragraph, with text nodes', () => {
    expect(paragraphToMdast('{x} <b>', [])).toEqual({
      type: 'paragraph',
      children: [{ type: 'mdxJsxTextElement', name: 'p', attributes: [], children: [{ type: 'text', value: '{x} <b>' }] }],
    });
    expect(paragraphToMdx('{x} <b>', [])).toBe('<p>\\{x} \\<b></p>\n');
  });

  test('keeps the <p> of a paragraph that is one mark, which MDX would unwrap from a Markdown paragraph', async () => {
    const mdx = paragraphToMdx('打造离岸算力设施', [
      { kind: 'clause', start: 0, end: 8, task: 'services-opening-12', document: 'services-opening', key: '12' },
    ]);
    expect(mdx).toBe('<p><Clause document="services-opening" task="12">打造离岸算力设施</Clause></p>\n');
    const { nodes } = await renderAnnotatedMdx(mdx, { page: 'zh' });
    expect(nodes).toEqual([
      { type: 'p', props: {}, children: [{ type: 'Clause', props: { document: 'services-opening', task: '12' }, children: ['打造离岸算力设施'] }] },
    ]);
    // As a Markdown paragraph, the same line would render the clause alone.
    const unwrapped = await renderAnnotatedMdx(mdx.replace(/^<p>|<\/p>\n$/g, ''), { page: 'zh' });
    expect(unwrapped.nodes.map((n) => (typeof n === 'string' ? n : n.type))).toEqual(['Clause']);
  });

  test('quotes attribute values and encodes their quotes and references, so none can close the tag or change', async () => {
    const hint = '"} onclick={alert(1)} x={"</Term><script>&copy;';
    const mdx = paragraphToMdx('单一窗口', [{ kind: 'term', start: 0, end: 4, term: '单一窗口', hint }]);
    expect(mdx).toContain('hint="&#x22;} onclick={alert(1)} x={&#x22;</Term><script>&#x26;copy;"');
    const { nodes } = await renderAnnotatedMdx(mdx, { page: 'zh' });
    expect(nodes).toEqual([{ type: 'p', props: {}, children: [{ type: 'Term', props: { term: '单一窗口', hint }, children: ['单一窗口'] }] }]);
  });

  test('refuses a mark that starts or ends inside a character, which would leave half of it in each text node', () => {
    expect(() => paragraphToMdast('𠮷野家', [{ kind: 'body', start: 1, end: 4, agency: 'ministry-of-commerce' }])).toThrow(
      'paragraphToMdast: mark 0 (body 1–4) splits a character of "𠮷野家"',
    );
    expect(paragraphToMdx('𠮷野家', [{ kind: 'body', start: 0, end: 2, agency: 'ministry-of-commerce' }])).toBe(
      '<p><Body agency="ministry-of-commerce">𠮷</Body>野家</p>\n',
    );
  });

  test('refuses an attribute value the writer could not keep', () => {
    expect(() => paragraphToMdast('单一窗口', [{ kind: 'term', start: 0, end: 4, term: '单一窗口', hint: 'single\n\nwindow' }])).toThrow(
      /mark 0 is malformed: .*no line breaks or control characters/s,
    );
  });

  test('says nothing of the page’s language, which the page decides: a mark renders the same on every page', async () => {
    const mdx = paragraphToMdx('商务部', [{ kind: 'body', start: 0, end: 3, agency: 'ministry-of-commerce' }]);
    expect(mdx).not.toMatch(/lang=|props\./);
    for (const edition of ['zh', 'en'] as const) {
      const { nodes } = await renderAnnotatedMdx(mdx, { edition });
      expect(nodes).toEqual([{ type: 'p', props: {}, children: [{ type: 'Body', props: { agency: 'ministry-of-commerce' }, children: ['商务部'] }] }]);
    }
  });
});

describe('editionToMdast', () => {
  test('wraps the paragraphs in an <Edition> of the language, current as the page asks', () => {
    expect(mdastToMdx({ type: 'root', children: [editionToMdast('zh', [paragraphToMdast('第一段。', []), paragraphToMdast('第二段。', [])])] })).toBe(
      '<Edition lang="zh" current={props.edition}>\n  <p>第一段。</p>\n\n  <p>第二段。</p>\n</Edition>\n',
    );
  });

  test('refuses a language the site does not publish', () => {
    expect(() => editionToMdast('fr' as 'zh', [])).toThrow('editionToMdast: the language "fr" is not one of zh, en');
  });
});
