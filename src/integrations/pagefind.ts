import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { chineseWords } from '../lib/enrich/related.ts';
import { LANGUAGES, ORIGINAL_LANG, langToTag } from '../lib/schema/languages.ts';
import { indexTokens, type SectionMeta } from '../lib/search/full-text.ts';
import { lengthsToText } from '../lib/search/match.ts';
import { htmlToSections, type PageProse } from './page-sections.ts';

/*
 * The full-text index of the documents' prose, after `astro build`: each
 * built page marked `data-pagefind-body` (the document pages) is read as the
 * sections of its prose (page-sections.ts), and each section becomes one
 * Pagefind record, addressed by its anchor, in the index of its page's
 * `<html lang>`: one index per language. Why a record per section and why
 * the records hold tokens rather than the text: src/lib/search/full-text.ts.
 */

/** The files the search page loads: the script, the WebAssembly, the entry, each language's metadata, its index and its records. The UIs and the worker are not used. */
const SERVED = /^(?:pagefind\.js|pagefind-entry\.json|wasm\.[\w-]+\.pagefind|pagefind\.[\w-]+\.pf_meta|(?:index|fragment|filter)\/[^/]+)$/;

/** Built pages that ask to be indexed, as paths relative to the site. */
function pagesMarkedForIndex(site: string): string[] {
  return (
    readdirSync(site, { recursive: true, withFileTypes: true })
      // The bytes searched as they are, not decoded: the marker is ASCII.
      .filter((e) => e.isFile() && e.name.endsWith('.html') && readFileSync(join(e.parentPath, e.name)).includes('data-pagefind-body'))
      .map((e) => relative(site, join(e.parentPath, e.name)).split(sep).join('/'))
      .sort()
  );
}

/** The lengths of a Chinese text's jieba words, as the search data writes them; the cut must give the text back whole. */
function wordsOf(text: string, where: string): string {
  const words = chineseWords(text);
  if (words.join('') !== text) throw new Error(`${where}: the words of the Chinese text do not give it back`);
  return lengthsToText(words.map((w) => w.length));
}

/**
 * The words of each section's Chinese, kept from one build to the next in
 * `node_modules/.cache/pagefind-words/`: jieba loads its dictionary in about
 * a quarter of a second and then cuts the prose in milliseconds, so a build
 * whose prose has not changed need not load it at all. Keyed by the text and
 * jieba's version (the cut is a function of the two); a file holds only the
 * entries of the build that wrote it, so it never grows.
 */
function cutWords(root: string) {
  const { version } = createRequire(import.meta.url)('@node-rs/jieba/package.json') as { version: string };
  const file = join(root, 'node_modules/.cache/pagefind-words', `jieba-${version}.json`);
  let stored: Record<string, string> = {};
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    // No cache yet, or a damaged one: cut afresh.
  }
  const used: Record<string, string> = {};
  let cut = 0;
  return {
    of(text: string, where: string): string {
      const key = createHash('sha256').update(text).digest('hex');
      let words = stored[key];
      if (typeof words !== 'string') {
        words = wordsOf(text, where);
        cut += 1;
      }
      used[key] = words;
      return words;
    },
    save(): void {
      if (cut === 0 && Object.keys(used).length === Object.keys(stored).length) return;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(used));
    },
  };
}

/**
 * A page's sections as Pagefind records: the address with the anchor, the
 * tokens of every text the section shows, and the metadata the search page
 * reads (full-text.ts).
 */
export function proseToRecords(prose: PageProse, url: string, words: (text: string, where: string) => string = wordsOf): pagefind.CustomRecord[] {
  const document = prose.meta.document;
  if (!document) throw new Error(`${url}: expected data-pagefind-meta="document:…" on the indexed element`);
  return prose.sections.map((section, position) => {
    const where = `${url}#${section.anchor ?? ''}`;
    const zh = section.texts[ORIGINAL_LANG] ?? '';
    const own = section.texts[prose.lang] ?? '';
    const meta: SectionMeta = {
      document,
      position: String(position),
      title: section.title,
      part: section.part,
      parent: section.parent,
      zh,
      words: zh ? words(zh, where) : '',
      // A translation's page holds the translation too: the search there reads both.
      ...(LANGUAGES[prose.lang].original ? {} : { en: own }),
    };
    return {
      url: section.anchor ? `${url}#${section.anchor}` : url,
      // Pagefind keys its indexes by the tag in small letters, as its script reads `<html lang>`.
      language: langToTag(prose.lang).toLowerCase(),
      content: indexTokens(Object.values(section.texts).join('\n')),
      meta,
    };
  });
}

/**
 * Indexes the documents' prose with Pagefind after `astro build`, writing
 * the files the search page loads to dist/pagefind/. The build stops on any
 * error Pagefind reports, and on a page it cannot read as sections.
 */
export function pagefindIndex(): AstroIntegration {
  let root = '';
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        try {
          const pages = pagesMarkedForIndex(site);
          const words = cutWords(root);
          let records = 0;
          for (const page of pages) {
            const url = `/${page.replace(/index\.html$/, '')}`;
            for (const record of proseToRecords(htmlToSections(readFileSync(join(site, page), 'utf8'), page), url, words.of)) {
              const added = await index.addCustomRecord(record);
              if (added.errors.length > 0) throw new Error(`Pagefind: ${record.url}: ${added.errors.join('; ')}`);
              records += 1;
            }
          }
          words.save();
          const { files, errors: fileErrors } = await index.getFiles();
          if (fileErrors.length > 0) throw new Error(`Pagefind: ${fileErrors.join('; ')}`);
          for (const file of files.filter((f) => SERVED.test(f.path))) {
            const path = join(site, 'pagefind', file.path);
            mkdirSync(dirname(path), { recursive: true });
            writeFileSync(path, file.content);
          }
          logger.info(`indexed ${records} sections of ${pages.length} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
