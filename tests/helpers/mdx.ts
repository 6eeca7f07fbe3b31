import { evaluate } from 'satteri';
import { paragraphToMdast } from '../../src/lib/emit/annotate.ts';
import { markdownFeatures } from '../../src/lib/text/markdown-options.ts';
import type { Mark } from '../../src/lib/emit/marks.ts';
import { mdastToMdx } from '../../src/lib/emit/mdx-text.ts';
import { nodesToText, renderAnnotatedMdx, type PropsElement } from './mdx-components.ts';

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
 * Compiles and runs MDX with the same compiler (Sätteri) and features as the
 * site, and returns what it renders as a plain tree, so a test
 * can see every element and every character that would reach the page.
 */
export async function renderMdx(source: string, components: readonly string[] = []): Promise<{ nodes: Node[]; exports: string[] }> {
  const jsx = (type: unknown, props: unknown) => ({ type, props });
  const module = await evaluate(source, { Fragment, jsx, jsxs: jsx, features: markdownFeatures });
  const Content = module.default as (props: object) => unknown;
  // Each component the page would pass renders as an element named after it.
  return { nodes: toNodes(Content({ components: Object.fromEntries(components.map((name) => [name, name])) })), exports: Object.keys(module) };
}

/**
 * Renders the text of a generated task or section (an MDX file of both
 * languages, see recordTextToMdast) and returns the text of each paragraph of
 * each edition, the marks' text included. Fails unless the file renders an
 * `<Edition lang="zh">` then an `<Edition lang="en">`, each holding only
 * paragraphs.
 */
export async function renderEditions(source: string): Promise<{ zh: string[]; en: string[] }> {
  const { nodes, exports } = await renderAnnotatedMdx(source, { edition: 'zh', page: 'zh' });
  if (exports.join() !== 'default') throw new Error(`expected no export but the content, found ${exports.join(', ')}`);
  const editions = nodes.filter((n): n is PropsElement => typeof n !== 'string');
  if (editions.map((e) => `${e.type}:${String(e.props.lang)}`).join() !== 'Edition:zh,Edition:en')
    throw new Error(`expected <Edition lang="zh"> then <Edition lang="en">, found ${editions.map((e) => `${e.type} ${String(e.props.lang)}`).join(', ')}`);
  const paragraphsOf = (edition: PropsElement) =>
    edition.children
      .filter((c): c is PropsElement => typeof c !== 'string')
      .map((p) => {
        if (p.type !== 'p') throw new Error(`expected only paragraphs in an edition, found <${p.type}>`);
        return nodesToText(p.children);
      });
  return { zh: paragraphsOf(editions[0]!), en: paragraphsOf(editions[1]!) };
}

/** One paragraph, written alone as the emit step writes each (paragraphToMdast, then mdastToMdx). */
export const paragraphToMdx = (text: string, marks: readonly Mark[] = []): string => mdastToMdx({ type: 'root', children: [paragraphToMdast(text, marks)] });
