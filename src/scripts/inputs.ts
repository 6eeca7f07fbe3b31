/**
 * The reading layer of the content step: the only code that reads the files
 * the site is built from. Every input passes here, and every fault of one,
 * from a byte that is not UTF-8 to a value of the wrong shape, is a
 * SourceError at its file and line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { InputLines } from '../lib/build/build-corpus.ts';
import type { Provenance } from '../lib/emit/collections.ts';
import type { DocumentParser, ParserModule } from '../lib/parse/parser.ts';
import type { Inputs } from '../lib/pipeline.ts';
import { registrySchema } from '../lib/schema/agency.ts';
import { editorialSchema, manifestSchema, type Manifest } from '../lib/schema/manifest.ts';
import { prioritiesSchema } from '../lib/schema/priority.ts';
import { changeLogSchema, siteFileSchema, type SiteFile } from '../lib/schema/publishing.ts';
import { glossarySchema, translationFileSchema, translationNoteSchema } from '../lib/schema/translation.ts';
import { bytesToText } from '../lib/text/characters.ts';
import { SourceError, quoteSource } from '../lib/text/source-error.ts';
import { jsonToValue, lineInText, yamlToValue } from '../lib/text/structured.ts';
import { TRANSLATIONS_DIR } from '../lib/translate/units.ts';
import type { TranslationLines } from '../lib/translate/lookup.ts';

export type { Inputs };

/** The curated inputs besides the seeds and the translations, relative to the project root. */
export const CURATED = {
  registry: 'content/agencies.yaml',
  editorial: 'content/documents.yaml',
  priorities: 'content/priorities.yaml',
  glossary: 'content/glossary.yaml',
  notes: 'content/translation-notes.yaml',
  site: 'content/site.yaml',
  changes: 'content/changes.yaml',
} as const;

/** Where the parser of each layout lives: `{format}.ts`, exporting `parse`. */
export const FORMATS_DIR = 'src/lib/parse/formats';

/**
 * Reads a file as strict UTF-8 (see {@link bytesToText}); a missing file is a
 * {@link SourceError} like any other fault of the inputs.
 */
export function readInputFile(root: string, file: string): string {
  return bytesToText(readInputBytes(root, file), file);
}

function readInputBytes(root: string, file: string): Buffer {
  const path = join(root, file);
  if (!existsSync(path)) throw new SourceError(file, 1, 'a file here', 'none');
  return readFileSync(path);
}

/**
 * Reads content/site.yaml (the publisher, contact and error-report channels)
 * alone, with the line of each value: the deployment check reads it before
 * the build starts (src/integrations/site-origin.ts).
 */
export function readSiteFile(root: string): { site: SiteFile; file: string; line: (path: readonly PropertyKey[]) => number } {
  const file = CURATED.site;
  const text = readInputFile(root, file);
  return { site: yamlToValue(text, file, siteFileSchema), file, line: (path) => lineInText(text, path) };
}

/**
 * Reads every translation file under content/translations/en/, keyed by its
 * path there (`services-trade/tasks.yaml`), each a tree of entries; and
 * gives, for messages, the line at which a key path stands in each.
 */
export function readTranslations(root: string): Inputs['translations'] {
  const dir = join(root, TRANSLATIONS_DIR);
  const files = new Map<string, unknown>();
  const texts = new Map<string, string>();
  const lines: TranslationLines = (file, path) => lineInText(texts.get(file) ?? '', path);
  if (!existsSync(dir)) return { files, lines };
  const found = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  for (const path of found) {
    const file = `${TRANSLATIONS_DIR}/${path}`;
    if (!/^[a-z0-9-]+\/(?:tasks|document)\.yaml$/.test(path))
      throw new SourceError(file, 1, 'only {document}/tasks.yaml and {document}/document.yaml here', path);
    const text = readInputFile(root, file);
    texts.set(path, text);
    files.set(path, yamlToValue(text, file, translationFileSchema));
  }
  return { files, lines };
}

/** The formats the parsers folder holds, for messages. */
function formatsIn(root: string): string[] {
  const dir = join(root, FORMATS_DIR);
  return existsSync(dir)
    ? readdirSync(dir)
        .flatMap((name) => (name.endsWith('.ts') ? [name.slice(0, -3)] : []))
        .sort()
    : [];
}

/**
 * Loads the parser of each format the manifest names, from
 * src/lib/parse/formats/{format}.ts: a format without one stops at its line in
 * the manifest.
 */
async function loadParsers(root: string, manifest: Manifest, manifestFile: string, lines: InputLines): Promise<Map<string, DocumentParser>> {
  const known = formatsIn(root);
  const parsers = new Map<string, DocumentParser>();
  for (const [index, entry] of manifest.documents.entries()) {
    if (parsers.has(entry.format)) continue;
    if (!known.includes(entry.format))
      throw new SourceError(
        manifestFile,
        lines(manifestFile, ['documents', index, 'format']),
        `a format with a parser in ${FORMATS_DIR}/ (${known.join(', ')})`,
        quoteSource(entry.format),
      );
    const module = (await import(pathToFileURL(join(root, FORMATS_DIR, `${entry.format}.ts`)).href)) as Partial<ParserModule>;
    if (typeof module.parse !== 'function')
      throw new SourceError(`${FORMATS_DIR}/${entry.format}.ts`, 1, 'a module that exports its parser as `parse`', 'none');
    parsers.set(entry.format, module.parse);
  }
  return parsers;
}

/**
 * Reads the manifest, the seeds it lists and their parsers, the curated
 * registry, editorial metadata, priorities, glossary, translation notes, site
 * file and change log, and the translation files. Any fault is a {@link SourceError} at its file
 * and line.
 */
export async function readInputs(root: string, seedsDir = 'seeds'): Promise<Inputs> {
  const texts = new Map<string, string>();
  const read = (file: string) => {
    const text = readInputFile(root, file);
    texts.set(file, text);
    return text;
  };
  const lines: InputLines = (file, path) => lineInText(texts.get(file) ?? '', path);
  const manifestFile = `${seedsDir}/manifest.json`;
  const manifest = jsonToValue(read(manifestFile), manifestFile, manifestSchema);
  const seeds = manifest.documents.map((entry) => {
    const path = `${seedsDir}/${entry.file}`;
    return { entry, path, text: readInputFile(root, path) };
  });
  const parsers = await loadParsers(root, manifest, manifestFile, lines);
  const registry = yamlToValue(read(CURATED.registry), CURATED.registry, registrySchema);
  const editorial = yamlToValue(read(CURATED.editorial), CURATED.editorial, editorialSchema);
  const priorities = yamlToValue(read(CURATED.priorities), CURATED.priorities, prioritiesSchema);
  const glossary = yamlToValue(read(CURATED.glossary), CURATED.glossary, glossarySchema);
  const notes = yamlToValue(read(CURATED.notes), CURATED.notes, translationNoteSchema.array());
  const site = yamlToValue(read(CURATED.site), CURATED.site, siteFileSchema);
  const changes = yamlToValue(read(CURATED.changes), CURATED.changes, changeLogSchema);
  const provenance: Provenance = {
    manifest: manifestFile,
    seeds: Object.fromEntries(seeds.map((s) => [s.entry.slug, s.path])),
    registry: CURATED.registry,
    editorial: CURATED.editorial,
    priorities: CURATED.priorities,
    glossary: CURATED.glossary,
    notes: CURATED.notes,
    site: CURATED.site,
    changes: CURATED.changes,
    translations: TRANSLATIONS_DIR,
  };
  return {
    manifest,
    manifestFile,
    seeds,
    parsers,
    registry,
    editorial,
    priorities,
    glossary,
    notes,
    site,
    changes,
    translations: readTranslations(root),
    lines,
    provenance,
  };
}
