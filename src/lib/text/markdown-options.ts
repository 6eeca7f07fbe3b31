/**
 * Options of the unified Markdown processor, shared by astro.config.mjs and the
 * tests that compile generated MDX, so both run the same pipeline.
 *
 * The only Markdown the site compiles is the MDX the emit step writes
 * (src/lib/emit/mdx-text.ts), and its text must reach the page unchanged, so
 * no plugin may rewrite characters or find syntax the writer did not write:
 *
 * - SmartyPants is off: it rewrites characters ("" → “”, -- → –).
 * - GFM is off (the processor's switch, and no remark-gfm): the writer never
 *   writes a table, a strikethrough or a footnote, and GFM's autolink
 *   literals cannot be escaped. They are found in the text after its escapes
 *   are decoded, so `www\.example.com` or `a\@b.co`, as mdast-util-gfm's
 *   serialiser writes them, still become links (tests/unit/mdx-text.test.ts).
 */
export const markdownOptions = {
  gfm: false,
  smartypants: false,
  remarkPlugins: [],
};
