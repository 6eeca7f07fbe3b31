import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { getViteConfig } from 'astro/config';
import { markdownFeatures } from '../src/lib/text/markdown-options.ts';

/**
 * Component tests: `.astro` components rendered by Astro's container API,
 * which needs Astro's Vite plugins to compile them. A project of
 * tests/vitest.config.ts, so `npm test` runs it; alone:
 * `vitest run --config tests/vitest.components.config.ts`.
 */
export default getViteConfig(
  {
    root: fileURLToPath(new URL('..', import.meta.url)),
    test: { name: 'components', include: ['tests/components/**/*.test.ts'], globalSetup: ['tests/setup/pipeline.ts'] },
  },
  // Only what compiling components and MDX needs, with the site's Markdown
  // options: not the site's other integrations (the content step, Pagefind).
  { configFile: false, logLevel: 'error', integrations: [mdx()], markdown: { processor: satteri({ features: markdownFeatures }), syntaxHighlight: false } },
);
