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
export async function renderMdx(source: string, components: readonly string[] = []): Promise<{ nodes: Node[]; exports: string[] }> {
  const jsx = (type: unknown, props: unknown) => ({ type, props });
  const module = await evaluate(source, { Fragment, jsx, jsxs: jsx, remarkPlugins: markdownOptions.remarkPlugins } as unknown as Parameters<
    typeof evaluate
  >[1]);
  const Content = module.default as (props: object) => unknown;
  // Each component the page would pass renders as an element named after it.
  return { nodes: toNodes(Content({ components: Object.fromEntries(components.map((name) => [name, name])) })), exports: Object.keys(module) };
}

/** The elements of a rendered tree, without the whitespace between them. */
export const elementsOf = (nodes: readonly Node[]): Element[] => nodes.filter((n): n is Element => typeof n !== 'string');

/**
 * Renders the body of a generated task or section file and returns what each
 * edition holds: the elements inside `<Chinese>` and inside `<English>`.
 * Fails if the body renders anything outside the two.
 */
export async function renderEditions(source: string, components: readonly string[] = []): Promise<{ zh: Element[]; en: Element[] }> {
  const { nodes } = await renderMdx(source, ['Chinese', 'English', ...components]);
  const top = elementsOf(nodes);
  if (top.map((e) => e.type).join() !== 'Chinese,English') throw new Error(`expected <Chinese> then <English>, found ${top.map((e) => e.type).join(', ')}`);
  return { zh: elementsOf(top[0]!.children), en: elementsOf(top[1]!.children) };
}
