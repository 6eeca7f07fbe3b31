import { evaluate } from 'satteri';
import { markdownFeatures } from '../../src/lib/text/markdown-options.ts';

/** A rendered element with its props, as our stand-in JSX runtime records it. */
export interface PropsElement {
  type: string;
  props: Record<string, unknown>;
  children: PropsNode[];
}
export type PropsNode = PropsElement | string;

/** The components annotated MDX may use; each stands in for the real one and only records what it was given. */
export const MARK_COMPONENTS = ['Clause', 'Term', 'Body', 'Cited', 'Edition'] as const;

const Fragment = Symbol('Fragment');

function toNodes(child: unknown): PropsNode[] {
  if (child === null || child === undefined || child === false) return [];
  if (Array.isArray(child)) return child.flatMap(toNodes);
  if (typeof child === 'string' || typeof child === 'number') return [String(child)];
  const { type, props } = child as { type: unknown; props: { children?: unknown } & Record<string, unknown> };
  if (type === Fragment) return toNodes(props.children);
  const { children, ...rest } = props;
  // A stub component carries its name; an HTML element is its tag.
  const name = typeof type === 'function' ? ((type as { mdxName?: string }).mdxName ?? '?') : String(type);
  return [{ type: name, props: rest, children: toNodes(children) }];
}

/**
 * Compiles and runs MDX with the site's compiler and features, with a
 * stub for each mark component that renders its children, and returns the
 * tree it renders: elements with their props, and every character of text.
 * `props` are what a page would pass to `<Content />`, such as `current`.
 */
export async function renderAnnotatedMdx(source: string, props: Record<string, unknown> = {}): Promise<{ nodes: PropsNode[]; exports: string[] }> {
  const jsx = (type: unknown, props: unknown) => ({ type, props });
  const module = await evaluate(source, { Fragment, jsx, jsxs: jsx, features: markdownFeatures });
  const components = Object.fromEntries(
    MARK_COMPONENTS.map((name) => {
      const stub = () => null;
      return [name, Object.assign(stub, { mdxName: name })];
    }),
  );
  const Content = module.default as (props: object) => unknown;
  return { nodes: toNodes(Content({ ...props, components })), exports: Object.keys(module) };
}

/** The text a tree renders, all of it, in order. */
export const nodesToText = (nodes: readonly PropsNode[]): string => nodes.map((n) => (typeof n === 'string' ? n : nodesToText(n.children))).join('');

/** Every element of a tree, depth first, each with the elements it sits in. */
export function elementsOf(nodes: readonly PropsNode[], path: string[] = []): { element: PropsElement; path: string[] }[] {
  return nodes.flatMap((n) => (typeof n === 'string' ? [] : [{ element: n, path }, ...elementsOf(n.children, [...path, n.type])]));
}
