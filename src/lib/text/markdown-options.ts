/**
 * The Markdown features of the site's MDX compiler (Sätteri, Astro's native
 * Markdown and MDX processor), shared by astro.config.mjs and the tests that
 * compile generated MDX, so both run the same compiler with the same switches.
 *
 * The only Markdown the site compiles is the MDX the emit step writes
 * (src/lib/emit/mdx-text.ts), and its text must reach the page unchanged, so
 * the compiler may not rewrite characters or find syntax the writer did not write:
 *
 * - Smart punctuation is off: it rewrites characters ("" → “”, -- → –).
 * - GFM is off: the writer never writes a table, a strikethrough or a
 *   footnote, and GFM's autolink literals cannot be escaped. They are found
 *   in the text after its escapes are decoded, so `www\.example.com` or
 *   `a\@b.co`, as mdast-util-gfm's serialiser writes them, still become
 *   links (tests/unit/mdx-text.test.ts).
 */
export const markdownFeatures = { gfm: false, smartPunctuation: false } as const;
