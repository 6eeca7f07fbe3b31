import { evaluate } from '@mdx-js/mdx';
import { markdownOptions } from '../../src/lib/emit/markdown-options.ts';

/** A rendered element, as our stand-in JSX runtime records it. */
export interface Element {
  type: string;
  children: Node[];
}
export type Node = Element | string;

const Fragment = Symbol('Fragment');

function toNodes(child: unknown): Node[] {
  if (child === null || child === undefined || child === false) return [];
  if (Array.isArray(child)) return child.flatMap(toNodes);
  if (typeof child === 'string' || typeof child === 'number') return [String(child)];
  const { type, props } = child as { type: unknown; props: { children?: unknown } };
  if (type === Fragment) return toNodes(props.children);
  return [{ type: String(type), children: toNodes(props.children) }];
}

/**
 * Compiles and runs MDX with the same compiler (@mdx-js/mdx) and remark
 * plugins as the site, and returns what it renders as a plain tree, so a test
 * can see every element and every character that would reach the page.
 */
export async function renderMdx(source: string): Promise<{ nodes: Node[]; exports: string[] }> {
  const jsx = (type: unknown, props: unknown) => ({ type, props });
  const module = await evaluate(source, { Fragment, jsx, jsxs: jsx, remarkPlugins: markdownOptions.remarkPlugins } as unknown as Parameters<
    typeof evaluate
  >[1]);
  const Content = module.default as (props: object) => unknown;
  return { nodes: toNodes(Content({})), exports: Object.keys(module) };
}
