import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync, existsSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

/** What a copy of the project needs to run the content step and build the site. */
const PROJECT_FILES = ['src', 'content', 'seeds', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** The synthetic third document: a seed in the lead-table layout and all it needs, as an overlay onto the project. */
export const THIRD_DOCUMENT = join(ROOT, 'tests/fixtures/third-document');

/**
 * Makes `dir` a copy of the project with a document added from an overlay
 * folder, exactly as the README's "How to add a document" says to add one:
 *
 *   seeds/*.txt       the seed, copied into seeds/
 *   manifest.json     its entry, appended to seeds/manifest.json
 *   documents.yaml    its editorial entry, appended to content/documents.yaml
 *   content/…         its translation files, copied into content/
 *
 * node_modules is a symlink, so nothing is installed. The generated content
 * and any build of the project itself are left out.
 */
export function makeFixtureProject(overlay: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of PROJECT_FILES) {
    cpSync(join(ROOT, name), join(dir, name), { recursive: true, filter: (src) => !src.includes(join('content', 'generated')) });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');

  for (const seed of readdirSync(join(overlay, 'seeds'))) cpSync(join(overlay, 'seeds', seed), join(dir, 'seeds', seed));
  const manifestPath = join(dir, 'seeds/manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { documents: unknown[] };
  const added = JSON.parse(readFileSync(join(overlay, 'manifest.json'), 'utf8')) as { documents: unknown[] };
  manifest.documents.push(...added.documents);
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  appendFileSync(join(dir, 'content/documents.yaml'), `\n${readFileSync(join(overlay, 'documents.yaml'), 'utf8')}`);
  if (existsSync(join(overlay, 'content'))) cpSync(join(overlay, 'content'), join(dir, 'content'), { recursive: true });
}
