/**
 * Writes one paragraph of source text as MDX that renders exactly that text and
 * nothing else: a `<p>` whose only child is a JavaScript string literal.
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
 * paragraphToMdx('向外资开放(外资股比不超过50%)') // → '<p>{"向外资开放(外资股比不超过50%)"}</p>'
 * paragraphToMdx('<script>{x}</script>') // → '<p>{"<script>{x}</script>"}</p>'
 */
export function paragraphToMdx(text: string): string {
  return `<p>{${JSON.stringify(text)}}</p>`;
}

/**
 * Writes paragraphs as MDX, one blank line apart.
 *
 * @example
 * paragraphsToMdx(['第一段。', '第二段。']) // → '<p>{"第一段。"}</p>\n\n<p>{"第二段。"}</p>\n'
 */
export function paragraphsToMdx(paragraphs: readonly string[]): string {
  return paragraphs.map(paragraphToMdx).join('\n\n') + '\n';
}

/**
 * The element each language's text is wrapped in. A page shows its own
 * language's and not the other's, by the components it passes to the MDX
 * content (see src/components/mdx/RecordText.astro): one file serves both pages.
 */
export const EDITION_ELEMENTS = { zh: 'Chinese', en: 'English' } as const;

/**
 * Writes the body of a record's MDX file: its paragraphs in each language,
 * each language wrapped in its edition element.
 *
 * @example
 * editionsToMdx({ zh: ['第一段。'], en: ['First.'] })
 * // → '<Chinese>\n<p>{"第一段。"}</p>\n</Chinese>\n\n<English>\n<p>{"First."}</p>\n</English>\n'
 */
export function editionsToMdx(paragraphs: { zh: readonly string[]; en: readonly string[] }): string {
  return (['zh', 'en'] as const)
    .map((lang) => `<${EDITION_ELEMENTS[lang]}>\n${paragraphs[lang].map(paragraphToMdx).join('\n')}\n</${EDITION_ELEMENTS[lang]}>\n`)
    .join('\n');
}
