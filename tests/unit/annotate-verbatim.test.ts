import { describe, expect, test } from 'vitest';
import type { Lang } from '../../src/lib/schema/languages.ts';
import { DOCUMENT, glossary, linksOf, paragraphs, planMdx, sections, type Paragraph } from '../helpers/annotated-plan.ts';
import { corpus } from '../helpers/corpus.ts';
import { MARK_COMPONENTS, elementsOf, nodesToText, renderAnnotatedMdx, type PropsElement } from '../helpers/mdx-components.ts';
import { paragraphToMdx } from '../helpers/mdx.ts';

/**
 * The verbatim proof for annotated MDX: every paragraph of the 2026 plan,
 * in Chinese (through the real parser, from the real seed) and in our
 * English, with every mark the finders give, compiled by the real MDX
 * compiler, renders exactly its source text.
 */

/** Renders one paragraph and returns its `<p>`, having checked it is the only thing rendered. */
async function render(paragraph: Paragraph): Promise<PropsElement> {
  const { nodes, exports } = await renderAnnotatedMdx(paragraphToMdx(paragraph.text, paragraph.marks));
  expect(exports).toEqual(['default']);
  expect(nodes).toHaveLength(1);
  return nodes[0] as PropsElement;
}
const elements = async (lang: Lang, key: string, type: string) => {
  const found = await Promise.all(sections.find((s) => s.key === key)![lang].map(async (p) => elementsOf((await render(p)).children)));
  return found.flat().filter(({ element }) => element.type === type);
};

describe('annotated MDX of the 2026 plan', () => {
  test('holds the paragraphs of every section, in both languages', () => {
    expect(sections.map((s) => s.key)).toEqual([
      'notice',
      'preamble',
      '1',
      '1-1',
      '1-2',
      '2',
      '2-1',
      '2-2',
      '3',
      '3-1',
      '3-2',
      '4',
      '4-1',
      '4-2',
      '5',
      '6',
      '6-1',
      '6-2',
    ]);
    for (const section of sections) expect(section.en.length, section.key).toBe(section.zh.length);
    expect(paragraphs.length).toBeGreaterThan(20);
  });

  test('renders every paragraph as exactly its source text, in a paragraph, with only the mark components', async () => {
    for (const paragraph of paragraphs) {
      const p = await render(paragraph);
      expect(p.type).toBe('p');
      expect(nodesToText(p.children), `${paragraph.lang} ${paragraph.key}`).toBe(paragraph.text);
      for (const { element, path } of elementsOf(p.children)) {
        expect(MARK_COMPONENTS).toContain(element.type);
        // The page decides the language of the links: the text says nothing of it.
        expect(element.props.lang).toBeUndefined();
        // Only a clause holds another mark, and what it holds knows it.
        expect(path.every((outer) => outer === 'Clause')).toBe(true);
        expect(element.props.inClause === true).toBe(path.includes('Clause'));
      }
    }
  });

  test('marks something in every section with text, and every kind somewhere', () => {
    const kinds = new Set(paragraphs.flatMap((p) => p.marks.map((m) => m.kind)));
    expect([...kinds].sort()).toEqual(['body', 'citation', 'clause', 'term']);
    for (const p of paragraphs) expect(p.marks.length, `${p.lang} ${p.key}: ${p.text}`).toBeGreaterThan(0);
  });

  test('cites the two documents the preamble names, with their titles, in Chinese and in English', async () => {
    const cited = async (lang: Lang) => (await elements(lang, 'preamble', 'Cited')).map(({ element }) => [element.props.number, nodesToText(element.children)]);
    expect(await cited('zh')).toEqual([
      ['国函〔2025〕39号', '《国务院关于〈加快推进服务业扩大开放综合试点工作方案〉的批复》（国函〔2025〕39号）'],
      ['商资函〔2026〕5号', '《商务部关于印发〈大连等9城市服务业扩大开放综合试点任务〉的通知》（商资函〔2026〕5号）'],
    ]);
    expect((await cited('en')).map(([number]) => number)).toEqual(['Guo Han [2025] No. 39', 'Shang Zi Han [2026] No. 5']);
  });

  test('links each clause of the differentiated tasks to the task it names, in both languages', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const clauses = await elements(lang, '2-2', 'Clause');
      const links = linksOf(lang, '2-2');
      expect(links).toHaveLength(5);
      expect(clauses.map(({ element }) => [nodesToText(element.children), `${element.props.document}-${element.props.task}`])).toEqual(
        links.map((l) => [l.text, l.task]),
      );
    }
    // The clause on offshore computing power links to the one task of the attachment that is about it.
    const [offshore] = corpus.tasks.filter((t) => t.document === DOCUMENT && t.text.zh.includes('离岸算力'));
    const clause = (await elements('zh', '2-2', 'Clause')).find(({ element }) => nodesToText(element.children).includes('离岸算力'));
    expect(`${clause?.element.props.document}-${clause?.element.props.task}`).toBe(offshore?.id);
  });

  test('links a body the plan names to its page', async () => {
    const bodies = (await elements('zh', '6-2', 'Body')).map(({ element }) => [nodesToText(element.children), element.props.agency]);
    expect(bodies).toEqual([['商务部', 'ministry-of-commerce']]);
    // 商务部 in the preamble stands inside a cited title, which wins.
    expect(await elements('zh', 'preamble', 'Body')).toEqual([]);
  });

  test('marks glossary terms with the other language as the hint', async () => {
    const window = glossary.find((g) => g.zh === '国际贸易“单一窗口”')!;
    const zh = (await elements('zh', '2-1', 'Term')).find(({ element }) => element.props.term === '国际贸易单一窗口');
    expect(zh && [nodesToText(zh.element.children), zh.element.props.hint]).toEqual(['国际贸易“单一窗口”', window.en]);
    const en = (await elements('en', '2-1', 'Term')).find(({ element }) => element.props.term === '国际贸易单一窗口');
    expect(en && [nodesToText(en.element.children).toLowerCase(), en.element.props.hint]).toEqual([window.en.toLowerCase(), window.zh]);
  });

  test('renders one file of both languages as each language’s paragraphs, on the page of that language', async () => {
    const { nodes, exports } = await renderAnnotatedMdx(planMdx, { edition: 'en', page: 'en' });
    expect(exports).toEqual(['default']);
    const editions = nodes.filter((n): n is PropsElement => typeof n !== 'string');
    expect(editions.every((e) => e.type === 'Edition' && e.props.current === 'en')).toBe(true);
    for (const lang of ['zh', 'en'] as const) {
      const texts = editions
        .filter((e) => e.props.lang === lang)
        .flatMap((e) => e.children.filter((c): c is PropsElement => typeof c !== 'string'))
        .map((p) => (expect(p.type).toBe('p'), nodesToText(p.children)));
      expect(texts).toEqual(sections.flatMap((s) => s[lang].map((p) => p.text)));
    }
  });
});
