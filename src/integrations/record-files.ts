import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mayBeRecordFile, siteRecords, type SiteRecords } from '../lib/site/records.ts';
import { readGenerated } from '../scripts/generated.ts';

/**
 * The records as the content step wrote them, read as the site's content
 * collections read them (src/lib/site/collections.ts), for the files made
 * from them outside Astro's pages.
 */
function readSiteRecords(root: string): SiteRecords {
  const [publisher] = readGenerated(root, 'site');
  if (!publisher) throw new Error('record-files: the content step wrote no site entry');
  const corpus = {
    documents: readGenerated(root, 'documents'),
    categories: readGenerated(root, 'categories'),
    agencies: readGenerated(root, 'agencies'),
    tasks: readGenerated(root, 'tasks'),
    sections: readGenerated(root, 'sections'),
    priorities: readGenerated(root, 'priorities'),
  };
  return siteRecords(corpus, readGenerated(root, 'changes'), publisher);
}

/** Files written at once: creating a file is mostly waiting on the disk, and the waits overlap (1,206 files one after another took 1.3 s here, 32 at a time 0.6 s). */
const WRITES_AT_ONCE = 32;

/**
 * Writes the files made from the records rather than pages
 * (src/lib/site/record-files.ts: each page's citation downloads and feed,
 * each task's JSON) into the built site, in one pass once the pages are
 * built (before compression), from the records the content step wrote. The
 * development server answers for the same paths with the same files, made
 * afresh for each request.
 */
export function recordFilesIntegration(): AstroIntegration {
  let origin: URL | undefined;
  // The project's root, where the content step wrote the records.
  let root = '';
  // citation-js and the feed writer load when the files are made, not with the config: `astro dev`, `check` and `sync` start without them.
  const allFiles = async () => {
    const { recordFiles } = await import('../lib/site/record-files.ts');
    if (!origin) throw new Error('record-files: the site has no origin (astro.config.mjs `site`) to write the files’ addresses with');
    return recordFiles(readSiteRecords(root), origin);
  };
  return {
    name: 'record-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = config.site ? new URL(config.site) : undefined;
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = new URL(request.url ?? '/', 'http://localhost').pathname;
          if (!mayBeRecordFile(path)) return next();
          // Made afresh for each request: the content step may have run again since the last.
          allFiles()
            .then((files) => {
              const file = files.find((f) => encodeURI(f.path) === path);
              if (!file) return next();
              const text = file.text();
              response.setHeader('Content-Type', file.type);
              response.end(text);
            })
            // A failure in reading the records or making the text is the server's error page, not an unhandled rejection.
            .catch((error: unknown) => next(error));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const files = await allFiles();
        const out = fileURLToPath(dir);
        for (const folder of new Set(files.map(({ path }) => dirname(join(out, path))))) mkdirSync(folder, { recursive: true });
        let next = 0;
        await Promise.all(
          Array.from({ length: WRITES_AT_ONCE }, async () => {
            while (next < files.length) {
              const file = files[next++]!;
              // 'wx': a file that a page or route wrote is an error, not overwritten.
              await writeFile(join(out, file.path), file.text(), { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
                throw error.code === 'EEXIST'
                  ? new Error(`record-files: ${file.path} exists already: a page or route wrote it, or the list names it twice`)
                  : error;
              });
            }
          }),
        );
        logger.info(`wrote ${files.length} record files in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
