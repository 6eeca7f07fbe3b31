import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { ROOT } from './paths.ts';

export const DIST = join(ROOT, 'dist');

/** Parses the built page at a site path such as `/zh/services-trade/tasks/1/`. */
export function readPage(path: string): CheerioAPI {
  const file = join(DIST, path, path.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) throw new Error(`no built page at ${path} (${file}); run npm run build first`);
  return load(readFileSync(file, 'utf8'));
}
