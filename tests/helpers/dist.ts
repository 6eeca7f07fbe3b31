import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { ROOT } from './paths.ts';

export const DIST = join(ROOT, 'dist');

/** The file a site path is served from, or null if there is none. */
export function pathToFile(path: string): string | null {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '/');
  const file = join(DIST, clean);
  if (clean.endsWith('/')) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

const parsed = new Map<string, CheerioAPI>();

/** Parses the built page at a site path such as `/zh/services-trade/tasks/1/`. */
export function readPage(path: string): CheerioAPI {
  const file = pathToFile(path);
  if (!file) throw new Error(`no built page at ${path}; run npm run build first`);
  let $ = parsed.get(file);
  if (!$) {
    $ = load(readFileSync(file, 'utf8'));
    parsed.set(file, $);
  }
  return $;
}

/**
 * The text of an element as a reader sees it: without the cards that a
 * glossary term opens only when it is focused (Term.astro), which are not
 * shown, copied or indexed otherwise.
 */
export function shownText(selection: ReturnType<CheerioAPI>): string {
  return selection.clone().find('.term-card').remove().end().text();
}

/** Every built HTML page, as site paths (`/zh/`, `/404.html`), sorted. */
export function allPages(): string[] {
  const pages: string[] = [];
  for (const entry of readdirSync(DIST, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = `/${relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/')}`;
    pages.push(path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path);
  }
  return pages.sort();
}
