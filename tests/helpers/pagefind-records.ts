import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { metaToSection, type DocumentSection } from '../../src/lib/search/full-text.ts';
import { DIST } from './dist.ts';

/** One record of the built Pagefind index, as its fragment file holds it. */
export interface PagefindRecord {
  /** The index it is in: Pagefind's key for the language (`zh-cn`, `en`), from the file's name. */
  language: string;
  url: string;
  /** The tokens Pagefind indexed, as it stored them (its own segmenter's zero-width spaces removed). */
  tokens: string;
  meta: Record<string, string>;
  section: DocumentSection;
}

/** Pagefind's fragments are gzip'd JSON after a 12-byte signature. */
const SIGNATURE = 'pagefind_dcd';

/** Every record of dist/pagefind, read from its fragment files, in no particular order. */
export function readPagefindRecords(): PagefindRecord[] {
  const folder = join(DIST, 'pagefind/fragment');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.pf_fragment'))
    .map((name) => {
      const raw = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
      if (!raw.startsWith(SIGNATURE)) throw new Error(`${name}: not a Pagefind fragment`);
      const data = JSON.parse(raw.slice(SIGNATURE.length)) as { url: string; content: string; meta: Record<string, string> };
      const section = metaToSection(data.url, data.meta);
      if (!section) throw new Error(`${name}: its metadata is not a section's`);
      return {
        language: name.slice(0, name.indexOf('_')),
        url: data.url,
        tokens: data.content
          .replace(/\u200b/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
        meta: data.meta,
        section,
      };
    });
}

/**
 * The contract the page relies on from Pagefind's exact search: the records
 * whose tokens hold a run of tokens. The tests hold Pagefind to it and use it
 * to work out what the page must list.
 */
export const recordsHolding = (records: readonly PagefindRecord[], tokens: string) => records.filter((r) => ` ${r.tokens} `.includes(` ${tokens} `));
