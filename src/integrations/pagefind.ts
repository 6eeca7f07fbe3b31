import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * The pages Pagefind reads: the task pages (`taskPath` in
 * src/lib/site/paths.ts), the only ones marked `data-pagefind-body` (the
 * search page finds glossary terms by their names, without the index).
 * Pagefind would skip the others anyway, but only after parsing them, and they
 * include the largest pages of the site; the index is the same bytes either way.
 */
const INDEXED_PAGES = '*/*/tasks/*/index.html';

/** Built pages that ask to be indexed, as paths relative to the site. */
function pagesMarkedForIndex(site: string): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html') && readFileSync(join(e.parentPath, e.name), 'utf8').includes('data-pagefind-body'))
    .map((e) => relative(site, join(e.parentPath, e.name)));
}

/**
 * Indexes the built site with Pagefind after `astro build`, writing the index
 * to dist/pagefind/. Pagefind builds one index per `<html lang>`; only the
 * elements marked `data-pagefind-body` (the task pages' main content) are
 * indexed, so searches return tasks, not index pages. The build stops if a
 * page is marked for the index but lies outside INDEXED_PAGES.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site, glob: INDEXED_PAGES });
          if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          const marked = pagesMarkedForIndex(site);
          if (marked.length !== added.page_count) {
            throw new Error(
              `Pagefind: ${marked.length} pages are marked data-pagefind-body but ${INDEXED_PAGES} found ${added.page_count}; widen INDEXED_PAGES in src/integrations/pagefind.ts (marked: ${marked.slice(0, 5).join(', ')}, …)`,
            );
          }
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
