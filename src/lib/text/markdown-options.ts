import remarkGfm from 'remark-gfm';

/**
 * Options of the unified Markdown processor, shared by astro.config.mjs and the
 * tests that compile generated MDX, so both run the same pipeline.
 *
 * SmartyPants is off because it rewrites characters ("" → “”, -- → –), and the
 * source must reach the page unchanged. GFM comes from remark-gfm as a plugin;
 * the processor's built-in switch is off so it does not run twice.
 */
export const markdownOptions = {
  gfm: false,
  smartypants: false,
  remarkPlugins: [remarkGfm],
};
