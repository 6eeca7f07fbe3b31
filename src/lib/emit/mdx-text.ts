import type { Root } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { verbatimSchema } from '../schema/common.ts';

/**
 * A text the MDX writer takes, as a text node or as an attribute value: one
 * line, with no control character but the tab, and no lone surrogate. It
 * could not keep them: a line break can end a paragraph or an attribute
 * value, the parser turns U+0000 into U+FFFD, and a lone surrogate has no
 * UTF-8. Source text has none of them (the character policy,
 * src/lib/parse/characters.ts, and the record schemas see to it); a text
 * that has one fails here, by name, rather than change on the page. Anything
 * else reads back unchanged (tests/unit/mdx-text.test.ts).
 */
export const mdxTextSchema = verbatimSchema.refine((text) => text.isWellFormed(), 'no lone surrogate');

/**
 * The syntax the serialiser writes for: MDX, as the site's processor reads it
 * (src/lib/emit/markdown-options.ts). Markdown itself is always on.
 */
const extensions = [mdxToMarkdown()];

/**
 * Writes a syntax tree as MDX, by mdast-util-to-markdown with the MDX
 * extension. The library does all the escaping: in a text node, whatever
 * Markdown or MDX would read as syntax (`<`, `{`, `*`, `_`, `#`, `[`, `\`,
 * `&` before a name, …) gets a backslash or a character reference, so the
 * text reads back unchanged; an attribute value is quoted, with the quote and
 * any `&` that would start a character reference encoded, so no value can
 * close the tag or change. Deterministic: the same tree gives the same bytes.
 *
 * @example
 * mdastToMdx({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: '第一条 <b>{x}' }] }] })
 * // → '第一条 \\<b>\\{x}\n'
 */
export const mdastToMdx = (tree: Root): string => toMarkdown(tree, { extensions });
