import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Three layers, as in STYLE.md: unit tests on pure code, build tests on the
 * generated dist/, browser tests against the built site served locally.
 * `npm test` builds first, so the build and browser layers always see the
 * current site.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // .astro components through Astro's container API, which needs Astro's Vite plugins: a config of its own.
      'tests/vitest.components.config.ts',
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 30_000 } },
      // One browser at a time: two Chromiums on a 2-core machine make timings flaky.
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 60_000, fileParallelism: false } },
    ],
  },
});
