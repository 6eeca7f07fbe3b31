/**
 * Writes a piece of source text as MDX that renders exactly that text and
 * nothing else: a JavaScript string literal in an expression. Nothing for an
 * empty piece. Every text the emit step writes goes through here (see
 * annotate.ts).
 *
 * Why not backslash-escape the Markdown? Escaping `{ } < > * _ # | \` and
 * friends stops them from becoming syntax, but GFM's autolink literals are
 * found in the text after escapes are decoded, so `www.example.com` or
 * `a@b.co` would still turn into links however they are escaped. Text inside
 * an expression is never parsed as Markdown, MDX, HTML or ESM, so no input can
 * become markup, a component, an import or a link; the string literal only
 * needs JSON's own escaping of `"`, `\` and control characters. Chinese text,
 * which is what these files hold, stays readable and verbatim in the file.
 *
 * @example
 * textToMdx('向外资开放(外资股比不超过50%)') // → '{"向外资开放(外资股比不超过50%)"}'
 * textToMdx('<script>{x}</script>') // → '{"<script>{x}</script>"}'
 */
export const textToMdx = (text: string): string => (text === '' ? '' : `{${JSON.stringify(text)}}`);
