import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

/** What a copy of the project needs to run the content step and build the site. */
const PROJECT_FILES = ['src', 'content', 'seeds', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * Makes `dir` a copy of the project as it is, to change and build: its
 * sources and inputs copied, node_modules a symlink, the generated content
 * and any build left out.
 */
export function copyProject(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of PROJECT_FILES) {
    cpSync(join(ROOT, name), join(dir, name), { recursive: true, filter: (src) => !src.includes(join('content', 'generated')) });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

/** The fixture documents: each a folder under tests/fixtures/documents/, an overlay onto the project. */
export const FIXTURE_DOCUMENTS = join(ROOT, 'tests/fixtures/documents');

/** The names of the fixture documents. */
export const fixtureDocuments = () => readdirSync(FIXTURE_DOCUMENTS).sort();

/**
 * Makes `dir` a copy of the project with a document added from an overlay
 * folder, exactly as "Adding a document" (docs/adding-a-document.md) says to
 * add one. Everything a document needs is in its folder:
 *
 *   seeds/*.txt            the seed, copied into seeds/
 *   manifest.json          its entry, appended to seeds/manifest.json
 *   documents.yaml         its editorial entry, appended to content/documents.yaml
 *   agencies.yaml          (if any) the bodies it names that the registry lacks,
 *                          added to content/agencies.yaml
 *   content/…              its translation files, copied into content/
 *   src/lib/parse/formats/ (if its layout is new) its parser, copied there
 *
 * node_modules is a symlink, so nothing is installed. The generated content
 * and any build of the project itself are left out.
 */
export function makeFixtureProject(overlay: string, dir: string): void {
  copyProject(dir);

  for (const seed of readdirSync(join(overlay, 'seeds'))) cpSync(join(overlay, 'seeds', seed), join(dir, 'seeds', seed));
  const manifestPath = join(dir, 'seeds/manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { documents: unknown[] };
  const added = JSON.parse(readFileSync(join(overlay, 'manifest.json'), 'utf8')) as { documents: unknown[] };
  manifest.documents.push(...added.documents);
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  appendFileSync(join(dir, 'content/documents.yaml'), `\n${readFileSync(join(overlay, 'documents.yaml'), 'utf8')}`);
  if (existsSync(join(overlay, 'agencies.yaml'))) {
    // The new entries go at the end of the registry's list of bodies, before its generic references.
    const entries = readFileSync(join(overlay, 'agencies.yaml'), 'utf8').split(/^agencies:\n/m)[1] ?? '';
    const registryPath = join(dir, 'content/agencies.yaml');
    writeFileSync(registryPath, readFileSync(registryPath, 'utf8').replace(/^generic:/m, `${entries}\ngeneric:`));
  }
  for (const folder of ['content', 'src']) if (existsSync(join(overlay, folder))) cpSync(join(overlay, folder), join(dir, folder), { recursive: true });
}
