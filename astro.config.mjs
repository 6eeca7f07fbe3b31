// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { contentStep } from './src/integrations/content-step.ts';
import { markdownFeatures } from './src/lib/text/markdown-options.ts';
import { siteOrigin } from './src/lib/site/origin.ts';
import { siteOriginCheck } from './src/integrations/site-origin.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { inlineStyles } from './src/integrations/inline-styles.ts';
import { precompress } from './src/integrations/precompress.ts';
import { recordFilesIntegration } from './src/integrations/record-files.ts';
import { nginxPreview } from './src/integrations/preview.ts';

// Astro's usage statistics would be posted to its servers by every build,
// dev start and test; this project's builds reach no other host.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

export default defineConfig({
  // The public origin, for canonical and alternate links (see the README).
  // `npm run build` refuses to go on without one; `npm start` builds locally.
  site: siteOrigin(),
  // Permanent URLs are directories with a trailing slash: /zh/services-trade/tasks/12/
  trailingSlash: 'always',
  // The generated MDX is compiled natively (Sätteri), with the features the
  // text needs (src/lib/text/markdown-options.ts); it holds no code to highlight.
  markdown: { processor: satteri({ features: markdownFeatures }), syntaxHighlight: false },
  // Order matters: content before Astro reads it; each page's styles go inline
  // once it is built; Pagefind indexes the built document pages' prose; the
  // files made from the records (citations, feeds, each task's JSON) join the
  // pages; compression runs last, over every page and file, the search data,
  // those files and Pagefind's too.
  // `astro preview` answers as the shipped nginx does (src/integrations/preview.ts).
  integrations: [siteOriginCheck(), contentStep(), mdx(), inlineStyles(), pagefindIndex(), recordFilesIntegration(), precompress(), nginxPreview()],
  // Scripts always as files, never inline: the Content-Security-Policy
  // (deploy/nginx.conf) allows scripts from this origin only. Styles are
  // written as a file too, and src/integrations/inline-styles.ts then puts into
  // each page the rules it uses, naming them in the page's own policy.
  // Four pages rendered at a time: a page waits on its file writes, and another
  // renders meanwhile (page generation 3.4-4.1 s → 2.7-2.8 s here, the same
  // bytes; pages share no mutable state).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: {
    environments: {
      prerender: {
        build: {
          rolldownOptions: {
            output: {
              // The prerender bundle only runs during the build; it is not in dist/.
              // One chunk for all the generated entries rather than one per MDX
              // file: hundreds fewer chunks to write and for Node to load, and
              // the same pages (dist/ compared byte for byte).
              codeSplitting: { groups: [{ name: 'content-entries', test: /\/content\/generated\// }] },
            },
          },
        },
      },
    },
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro's own MDX output triggers this once per file; it is harmless
        // (withastro/astro#18087) and would bury real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
