import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';

/** Text files worth compressing: pages, styles, scripts and data, the search's data and the files made from the records too. */
const COMPRESSIBLE = /\.(?:html|css|js|mjs|json|jsonld|csv|xml|atom|bib|ris|txt|svg)$/;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * The settings and the library versions: part of every cache key, so a change
 * to either compresses everything afresh rather than reuse bytes it would not
 * give.
 */
const SETTINGS = `gzip 9, brotli 11 to 64 KB and 7 above; zlib ${process.versions.zlib}, brotli ${process.versions.brotli}`;

/**
 * Brotli's best (11) for what a first visit waits on, the pages and their
 * scripts (a task page with its styles inline: 6.6 KB at 7, 5.8 KB at 11;
 * each takes a few milliseconds); 7 for the large data files, where 11 would
 * take seconds and save little.
 */
const brotliQuality = (content: Buffer) => (content.length <= 64 * 1024 ? 11 : 7);

/** Cache entries older than this are deleted (and made again when next needed). */
const CACHE_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * How often the cache is pruned: looking at every entry's age takes a stat
 * per entry (about 0.3 s for 50,000), too much for every build, and entries
 * live for two weeks anyway.
 */
const PRUNE_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** The .gz and .br of one file's content. Both formats are deterministic: the same content gives the same bytes. */
async function compress(content: Buffer): Promise<[Buffer, Buffer]> {
  return Promise.all([
    gzipAsync(content, { level: 9 }),
    brotliAsync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(content), [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
  ]);
}

/**
 * A store of compressed bytes by the SHA-256 of the content and the settings.
 * Most files of a rebuild are unchanged (the task pages, the scripts, the
 * data), so most compression is a lookup, and the lookup writes nothing: the
 * site's .gz and .br become hard links to the stored files. Nothing writes
 * into a placed file afterwards (a build starts from an empty dist/, and
 * place() unlinks before it writes), so a link cannot change the store.
 * Entries are written whole (to a temporary name, then renamed), so a build
 * stopped halfway leaves none cut short.
 */
function compressionCache(dir: string) {
  mkdirSync(dir, { recursive: true });
  const entry = (key: string, extension: '.gz' | '.br') => join(dir, `${key}${extension}`);
  return {
    keyOf: (content: Buffer) => createHash('sha256').update(SETTINGS).update('\0').update(content).digest('hex'),
    /**
     * Puts the stored .gz and .br beside `path`; false if the store has no entry.
     * Synchronous: a lookup is a stat, and an unlink and a link for each of
     * the two files, quicker done in line than each sent to the thread pool
     * and waited for.
     */
    place(key: string, path: string): boolean {
      // The .br is written last, so an entry exists once its .br does.
      if (!existsSync(entry(key, '.br'))) return false;
      try {
        for (const extension of ['.gz', '.br'] as const) linkOrCopy(entry(key, extension), `${path}${extension}`);
        return true;
      } catch {
        // An entry damaged from outside (a file deleted by hand): compress afresh.
        return false;
      }
    },
    async set(key: string, [gz, br]: [Buffer, Buffer]): Promise<void> {
      const temporary = join(dir, `${key}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
      await writeFile(temporary, gz);
      await rename(temporary, entry(key, '.gz'));
      await writeFile(temporary, br);
      await rename(temporary, entry(key, '.br'));
    },
    /** Deletes the entries stored more than two weeks ago, so the store does not grow without end; at most once a day. */
    prune(): void {
      const stamp = join(dir, '.pruned');
      if (existsSync(stamp) && statSync(stamp).mtimeMs > Date.now() - PRUNE_INTERVAL_MS) return;
      writeFileSync(stamp, '');
      const cutoff = Date.now() - CACHE_MAX_AGE_MS;
      for (const name of readdirSync(dir)) {
        if (!name.endsWith('.br')) continue;
        const key = name.slice(0, -'.br'.length);
        if (statSync(entry(key, '.br')).mtimeMs < cutoff) {
          rmSync(entry(key, '.br'), { force: true });
          rmSync(entry(key, '.gz'), { force: true });
        }
      }
    },
  };
}

/** A hard link from `target` to `source`, or a copy where the file system allows no link between them. */
function linkOrCopy(source: string, target: string): void {
  rmSync(target, { force: true });
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}

/** Runs `task` over `items` with at most `limit` at a time. */
async function inPool<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Writes a .gz and a .br beside every text file of the built site, for
 * servers that send precompressed files (nginx `gzip_static` and
 * `brotli_static`), done once at build rather than per request. Both formats
 * are deterministic, so two builds give the same bytes.
 *
 * It costs little: compression runs on zlib's thread pool, and the bytes of
 * content already compressed by an earlier build come from a cache in
 * `node_modules/.cache/precompress/` (keyed by the content's hash, so the
 * output is the same with or without it; delete the folder to start afresh). The site's .gz and .br files may be
 * hard links into that cache: copy dist/ to deploy it, never edit it in place.
 * Quality: see `brotliQuality` (11 for pages, 7 for large data files).
 */
export function precompress(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'precompress',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('node_modules/.cache/precompress/', config.root));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const files = readdirSync(root, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
          .map((entry) => join(entry.parentPath, entry.name));
        const cache = compressionCache(cacheDir);
        // Most files are in the cache: looked up one after another. The rest
        // are compressed on libuv's thread pool, a few at once whatever the limit says.
        // A miss is read again when its turn comes, so a cold cache holds only the files being compressed, not the site.
        const fresh: { path: string; key: string }[] = [];
        for (const path of files) {
          const key = cache.keyOf(readFileSync(path));
          if (!cache.place(key, path)) fresh.push({ path, key });
        }
        await inPool(fresh, 4 * availableParallelism(), async ({ path, key }) => {
          await cache.set(key, await compress(await readFile(path)));
          if (!cache.place(key, path)) throw new Error(`precompress: the cache lost ${key} as it was written`);
        });
        cache.prune();
        logger.info(
          `compressed ${files.length} files in ${Math.round(performance.now() - started)} ms (${fresh.length} compressed anew, ${files.length - fresh.length} from the cache)`,
        );
      },
    },
  };
}
