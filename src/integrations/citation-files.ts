import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CITATION_FORMATS } from '../lib/site/citation-formats.ts';
import { readGenerated } from '../scripts/generated.ts';

/** Where the citation files are, under the site's root. */
const CITATIONS = '/data/citations/';

/** The Content-Type of a citation file, as deploy/nginx.conf serves it. */
const typeOf = (path: string) => Object.values(CITATION_FORMATS).find(({ extension }) => path.endsWith(`.${extension}`))?.type ?? 'text/plain; charset=utf-8';

/** Files written at once: creating 1,206 small files one after another took 1.3 s here, 32 at a time 0.6 s. */
const WRITES_AT_ONCE = 32;

/**
 * Writes the citation downloads of every document and task page into the
 * built site, in one pass once the pages are built (before compression):
 * /data/citations/{lang}/{id}.{json,bib,ris}, from the records the content
 * step wrote and the same functions the pages' citations use. The
 * development server answers for the same paths with the same files, made
 * afresh for each request.
 */
export function citationFilesIntegration(): AstroIntegration {
  let origin: URL | undefined;
  // The project's root, where the content config reads the collections from.
  let root = '';
  // citation-js is loaded when the files are made, not with the config: `astro dev`, `check` and `sync` start without it.
  const allFiles = async () => {
    const { citationFiles } = await import('../lib/site/citation-files.ts');
    if (!origin) throw new Error('citation-files: the site has no origin (astro.config.mjs `site`) to write the citations’ addresses with');
    const [publisher] = readGenerated(root, 'site');
    if (!publisher) throw new Error('citation-files: the content step wrote no site entry');
    return citationFiles({
      documents: readGenerated(root, 'documents'),
      tasks: readGenerated(root, 'tasks'),
      // Newest first, as the site's loader orders them (src/lib/site/collections.ts).
      changes: readGenerated(root, 'changes').sort((a, b) => a.order - b.order),
      publisher,
      origin,
    });
  };
  return {
    name: 'citation-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = config.site ? new URL(config.site) : undefined;
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = new URL(request.url ?? '/', 'http://localhost').pathname;
          if (!path.startsWith(CITATIONS)) return next();
          // Made afresh for each request: the content step may have run again since the last.
          allFiles().then(
            (files) => {
              const file = files.find((f) => encodeURI(f.path) === path);
              if (!file) return next();
              response.setHeader('Content-Type', typeOf(path));
              response.end(file.text);
            },
            (error: unknown) => next(error),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const files = await allFiles();
        const out = fileURLToPath(dir);
        for (const folder of new Set(files.map(({ path }) => dirname(join(out, path))))) mkdirSync(folder, { recursive: true });
        // Many writes at once: creating a file is mostly waiting on the disk, and the waits overlap.
        let next = 0;
        await Promise.all(
          Array.from({ length: WRITES_AT_ONCE }, async () => {
            while (next < files.length) {
              const { path, text } = files[next++]!;
              await writeFile(join(out, path), text);
            }
          }),
        );
        logger.info(`wrote ${files.length} citation files in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
