import type { Paragraph, PhrasingContent, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { z } from 'zod';
import { langSchema } from '../schema/common.ts';
import { type Lang } from '../schema/languages.ts';
import { resolveMarks, type InnerMark, type Mark } from './marks.ts';
import { mdxTextSchema } from './mdx-text.ts';

/**
 * The text of a paragraph: text the writer can keep, with something besides
 * spaces and tabs. MDX reads a line of nothing but tags and white space as
 * layout, not text, so `<p> </p>` would lose its space; such a paragraph
 * shows nothing on the page either, and no source has one.
 */
const paragraphTextSchema = mdxTextSchema.refine((text) => /[^ \t]/.test(text), 'something besides spaces and tabs');

/**
 * Whether an offset falls inside a character, between the halves of a
 * surrogate pair. A mark may not start or end there: each half would be a
 * lone surrogate in a text node of its own, which UTF-8 cannot write.
 */
const splitsCharacter = (text: string, at: number) => at > 0 && at < text.length && /^[\uD800-\uDBFF][\uDC00-\uDFFF]$/.test(text.slice(at - 1, at + 1));

/** A piece of source text as a text node; nothing for an empty piece. */
const textToNodes = (text: string): Text[] => (text === '' ? [] : [{ type: 'text', value: text }]);

/** A prop with a string value: the serialiser quotes and encodes it (see mdastToMdx). */
const stringProp = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });

/** A prop that is true by being there, as `inClause`. */
const flagProp = (name: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value: null });

/**
 * The edition a page asks the content for (see {@link editionToMdast}): code
 * of ours, never data, so the one prop written as an expression.
 */
const editionProp: MdxJsxAttribute = {
  type: 'mdxJsxAttribute',
  name: 'current',
  value: { type: 'mdxJsxAttributeValueExpression', value: 'props.edition' },
};

/** A component (or `<p>`) in running text. */
const element = (name: string, attributes: MdxJsxAttribute[], children: PhrasingContent[]): MdxJsxTextElement => ({
  type: 'mdxJsxTextElement',
  name,
  attributes,
  children,
});

/**
 * An inner mark's component around its text, with its props. Inside a clause
 * it says so (`inClause`): the clause is a link, and a link may not hold
 * another, so the component renders no link of its own there.
 */
function innerToMdast(mark: InnerMark, inClause: boolean, children: PhrasingContent[]): MdxJsxTextElement {
  const common = inClause ? [flagProp('inClause')] : [];
  switch (mark.kind) {
    case 'term':
      return element(
        'Term',
        [...common, stringProp('term', mark.term), stringProp('hint', mark.hint), ...(mark.note === undefined ? [] : [stringProp('note', mark.note)])],
        children,
      );
    case 'body':
      return element('Body', [...common, stringProp('agency', mark.agency)], children);
    case 'citation':
      return element('Cited', [...common, stringProp('number', mark.number), ...(mark.title === undefined ? [] : [stringProp('title', mark.title)])], children);
  }
}

/** The text from `start` to `end`, with its inner marks as components. */
function spanToMdast(text: string, start: number, end: number, inner: readonly InnerMark[], inClause: boolean): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let cursor = start;
  for (const mark of inner) {
    nodes.push(...textToNodes(text.slice(cursor, mark.start)), innerToMdast(mark, inClause, textToNodes(text.slice(mark.start, mark.end))));
    cursor = mark.end;
  }
  nodes.push(...textToNodes(text.slice(cursor, end)));
  return nodes;
}

/**
 * Builds one paragraph as an MDX syntax tree, with what it refers to marked
 * up as components: `<Clause>` for a clause of the plan that names a task,
 * and inside or outside it `<Term>` (a glossary term), `<Body>` (a body of
 * the registry) and `<Cited>` (a cited document); inside a clause they carry
 * `inClause`, since the clause is a link already. The text is text nodes
 * and the ids and hints are string props, so the serialiser (`mdastToMdx`,
 * mdx-text.ts) escapes them and none can become markup. A component links to
 * pages in the page's language, which it reads from the page
 * (`Astro.locals.language`): nothing in the text says it. The paragraph
 * renders exactly `text`, character for character.
 *
 * The paragraph is the element `<p>`, not a Markdown paragraph: MDX unwraps a
 * Markdown paragraph that holds only components and white space (a `<Clause>`
 * that is the whole paragraph would lose its `<p>`). The element, alone on
 * its line, is itself unwrapped from the Markdown paragraph around it and
 * stays, whatever it holds.
 *
 * Overlaps are settled by `resolveMarks` (marks.ts): a clause is the outer
 * span; inner marks that overlap keep the earliest, then the longest. Throws
 * on a text the writer cannot keep ({@link mdxTextSchema}) or that is only
 * spaces and tabs, on a mark outside the paragraph or inside a character,
 * or on clauses that overlap.
 *
 * @example
 * mdastToMdx({ type: 'root', children: [paragraphToMdast('优化升级国际贸易“单一窗口”。', [
 *   { kind: 'clause', start: 0, end: 14, task: 'services-opening-87', document: 'services-opening', key: '87' },
 *   { kind: 'term', start: 9, end: 13, term: '单一窗口', hint: 'single window' },
 * ])] })
 * // → '<p><Clause document="services-opening" task="87">优化升级国际贸易“<Term inClause term="单一窗口" hint="single window">单一窗口</Term>”</Clause>。</p>\n'
 */
export function paragraphToMdast(text: string, marks: readonly Mark[]): Paragraph {
  const parsed = paragraphTextSchema.safeParse(text);
  if (!parsed.success) throw new Error(`paragraphToMdast: cannot write ${JSON.stringify(text)}: ${z.prettifyError(parsed.error)}`);
  marks.forEach((mark, i) => {
    if (splitsCharacter(text, mark.start) || splitsCharacter(text, mark.end))
      throw new Error(`paragraphToMdast: mark ${i} (${mark.kind} ${mark.start}–${mark.end}) splits a character of ${JSON.stringify(text)}`);
  });
  const children = resolveMarks(text.length, marks).flatMap(({ clause, start, end, inner }) => {
    const content = spanToMdast(text, start, end, inner, clause !== null);
    return clause ? [element('Clause', [stringProp('document', clause.document), stringProp('task', clause.key)], content)] : content;
  });
  return { type: 'paragraph', children: [element('p', [], children)] };
}

/**
 * Wraps one language's paragraphs (as built by {@link paragraphToMdast}) in
 * an `<Edition>`, so one MDX file can hold both languages and a page renders
 * the one it asks for. The page passes the edition to the content,
 * `<Content edition={edition} components={mdxComponents} />` (see
 * RecordText.astro), and MDX hands it on as `props.edition`.
 *
 * @example
 * mdastToMdx({ type: 'root', children: [editionToMdast('zh', [paragraphToMdast('第一段。', [])])] })
 * // → '<Edition lang="zh" current={props.edition}>\n  <p>第一段。</p>\n</Edition>\n'
 */
export function editionToMdast(lang: Lang, paragraphs: readonly Paragraph[]): MdxJsxFlowElement {
  if (!langSchema.safeParse(lang).success) throw new Error(`editionToMdast: the language ${JSON.stringify(lang)} is not one of zh, en`);
  return { type: 'mdxJsxFlowElement', name: 'Edition', attributes: [stringProp('lang', lang), editionProp], children: [...paragraphs] };
}
