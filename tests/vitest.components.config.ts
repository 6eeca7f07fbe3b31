import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

/**
 * Component tests: `.astro` components rendered by Astro's container API,
 * which needs Astro's Vite plugins to compile them. A project of
 * tests/vitest.config.ts, so `npm test` runs it; alone:
 * `vitest run --config tests/vitest.components.config.ts`.
 */
export default getViteConfig(
  { root: fileURLToPath(new URL('..', import.meta.url)), test: { name: 'components', include: ['tests/components/**/*.test.ts'] } },
  // Only what compiling components needs: not the site's integrations (the content step, Pagefind).
  { configFile: false, logLevel: 'error' },
);
