import { resolveMarks, type Mark } from '../../src/lib/emit/marks.ts';
import type { PropsNode } from './mdx-components.ts';

/** Each component the tree renders, with the offsets of the text it holds and its props. */
export interface RenderedSpan {
  type: string;
  start: number;
  end: number;
  props: Record<string, unknown>;
  parent: string;
}
export function renderedSpans(nodes: readonly PropsNode[], parent = 'root', offset = { at: 0 }): RenderedSpan[] {
  const spans: RenderedSpan[] = [];
  for (const node of nodes) {
    if (typeof node === 'string') {
      offset.at += node.length;
      continue;
    }
    const start = offset.at;
    const inner = renderedSpans(node.children, node.type, offset);
    spans.push({ type: node.type, start, end: offset.at, props: node.props, parent }, ...inner);
  }
  return spans;
}

const COMPONENT = { clause: 'Clause', term: 'Term', body: 'Body', citation: 'Cited' } as const;

/** What the MDX should render for these marks: the ones `resolveMarks` keeps, as components with their props. */
export function expectedSpans(length: number, marks: readonly Mark[]): RenderedSpan[] {
  return resolveMarks(length, marks).flatMap(({ clause, inner }) => [
    ...(clause ? [{ type: 'Clause', start: clause.start, end: clause.end, props: { document: clause.document, task: clause.key }, parent: 'p' }] : []),
    ...inner.map(({ kind, start, end, ...rest }) => ({
      type: COMPONENT[kind],
      start,
      end,
      props: { ...(clause ? { inClause: true } : {}), ...rest },
      parent: clause ? 'Clause' : 'p',
    })),
  ]);
}

export const sortSpans = (spans: RenderedSpan[]) => [...spans].sort((a, b) => a.start - b.start || b.end - a.end || a.type.localeCompare(b.type));

/** The text a tree renders, all of it. */
export const textOf = (nodes: readonly PropsNode[]): string => nodes.map((n) => (typeof n === 'string' ? n : textOf(n.children))).join('');
