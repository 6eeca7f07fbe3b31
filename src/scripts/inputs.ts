/**
 * The reading layer of the content step: the one gate every file the site is
 * built from passes, seeds, manifest, curated files, translations and the UI
 * strings alike. Every fault of one is a SourceError at its file and line:
 *
 * - only regular files: a symbolic link, a folder where a file belongs or a
 *   file where a folder belongs is refused with a message (a link would be
 *   read here but not stamped by the build, and a copy is what gets reviewed);
 * - strict UTF-8, and the character policy on the text as written and on
 *   every value as decoded (YAML and JSON escapes included);
 * - YAML and JSON strictly: no key twice, one document, no anchor or alias,
 *   the core schema's values only;
 * - strict schemas: an unknown key is refused, with the known key it most
 *   likely meant;
 * - no file the readers would pass over: every folder of inputs holds only
 *   what this module reads (names starting with "." are ignored: editors'
 *   and systems' own files).
 */
import { lstatSync, readdirSync, readFileSync, readlinkSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { InputLines } from '../lib/build/build-corpus.ts';
import { checkUiStrings, type UiStringFiles } from '../lib/build/ui-strings.ts';
import type { Provenance } from '../lib/emit/collections.ts';
import type { DocumentParser, ParserModule } from '../lib/parse/parser.ts';
import type { Inputs } from '../lib/pipeline.ts';
import { registrySchema } from '../lib/schema/agency.ts';
import { LANGS, ORIGINAL_LANG } from '../lib/schema/languages.ts';
import { editorialSchema, manifestSchema, type Manifest } from '../lib/schema/manifest.ts';
import { prioritiesSchema } from '../lib/schema/priority.ts';
import { changeLogSchema, siteFileSchema, type SiteFile } from '../lib/schema/publishing.ts';
import { synonymsSchema } from '../lib/schema/synonyms.ts';
import { glossarySchema, translationFileSchema, translationNotesSchema } from '../lib/schema/translation.ts';
import { uiStringsFileSchema } from '../lib/schema/ui-strings.ts';
import { bytesToText } from '../lib/text/characters.ts';
import { InternalError, SourceError, quoteSource } from '../lib/text/source-error.ts';
import { readJson, readYaml, type Structured } from '../lib/text/structured.ts';
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
  synonyms: 'content/synonyms.yaml',
  site: 'content/site.yaml',
  changes: 'content/changes.yaml',
} as const;

/** Where the parser of each layout lives: `{format}.ts`, exporting `parse`. */
export const FORMATS_DIR = 'src/lib/parse/formats';

/** Where the UI strings live: `{lang}.json` for each language of the table, beside the code that reads them. */
export const UI_STRINGS_DIR = 'src/i18n';
export const uiStringsFile = (lang: string) => `${UI_STRINGS_DIR}/${lang}.json`;
/** The files of UI strings, one per language of the site. */
export const LANGS_UI_FILES = LANGS.map(uiStringsFile);

/**
 * What else a folder of inputs may hold besides what the content step reads:
 * the folder the step writes, and the files that the tests and the
 * translation report read (the tables of modality and calques, the record of
 * the reviews), which the site is not built from.
 */
const KNOWN_BESIDE = {
  content: ['generated', 'generated.tmp'],
  'content/translations': ['modality.yaml', 'calques.yaml', 'REVIEW.md'],
  [UI_STRINGS_DIR]: ['index.ts', 'page-language.ts', 'schema.ts'],
} as const;

/** The file-system entry at a path of the inputs, never following a link; null where there is none. */
function entryAt(root: string, file: string): Stats | null {
  try {
    return lstatSync(join(root, file), { throwIfNoEntry: false }) ?? null;
  } catch (error) {
    // A file where a folder of the path belongs: name the file.
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') {
      let parent = dirname(file);
      while (parent !== '.' && !lstatSync(join(root, parent)).isFile()) parent = dirname(parent);
      throw new SourceError(parent, 1, 'a folder', 'a file');
    }
    throw error;
  }
}

/** What an entry that is not a regular file is, for messages. */
function describeEntry(root: string, file: string, entry: Stats): string {
  if (entry.isSymbolicLink())
    return `a symbolic link to ${quoteSource(readlinkSync(join(root, file)), 80)} (copy the file in: the content step follows no link)`;
  if (entry.isDirectory()) return 'a folder';
  return 'a special file';
}

/**
 * Reads a file of the inputs as strict UTF-8 (see {@link bytesToText}). It
 * must be a regular file: a missing file, a folder, a link or a special file
 * is a {@link SourceError} like any other fault.
 */
export function readInputFile(root: string, file: string): string {
  const entry = entryAt(root, file);
  if (!entry) throw new SourceError(file, 1, 'a file here', 'none');
  if (!entry.isFile()) throw new SourceError(file, 1, 'a regular file', describeEntry(root, file, entry));
  return bytesToText(readFileSync(join(root, file)), file);
}

/**
 * The names in a folder of the inputs, sorted; names starting with "." are
 * left out. The folder must be a real folder, and each entry a regular file
 * or, where `folders` allows, a real folder: never a link.
 */
function listFolder(root: string, dir: string, { folders = false } = {}): string[] {
  const entry = entryAt(root, dir);
  if (!entry) throw new SourceError(dir, 1, 'a folder here', 'none');
  if (!entry.isDirectory()) throw new SourceError(dir, 1, 'a folder', entry.isFile() ? 'a file' : describeEntry(root, dir, entry));
  const names = readdirSync(join(root, dir))
    .filter((name) => !name.startsWith('.'))
    .sort();
  for (const name of names) {
    const path = `${dir}/${name}`;
    const stats = lstatSync(join(root, path));
    if (stats.isFile() || (folders && stats.isDirectory())) continue;
    throw new SourceError(path, 1, folders ? 'a regular file or a folder' : 'a regular file', describeEntry(root, path, stats));
  }
  return names;
}

/** Refuses a name in a folder of inputs that nothing reads: it would be passed over in silence. */
function refuseStrays(root: string, dir: string, expected: readonly string[], what: string, options?: { folders?: boolean }): void {
  for (const name of listFolder(root, dir, options)) {
    if (!expected.includes(name)) throw new SourceError(`${dir}/${name}`, 1, `${what} (${expected.join(', ')})`, 'a file nothing reads');
  }
}

/** Runs one reader, turning a crash that is no fault of the input into an {@link InternalError} that names it. */
function reading<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new InternalError(`reading ${file}`, error);
  }
}

/**
 * Reads content/site.yaml (the publisher, contact and error-report channels)
 * alone, with the line of each value: the deployment check reads it before
 * the build starts (src/integrations/site-origin.ts).
 */
export function readSiteFile(root: string): { site: SiteFile; file: string; line: (path: readonly PropertyKey[]) => number } {
  const file = CURATED.site;
  const { value, lineOf } = reading(file, () => readYaml(readInputFile(root, file), file, siteFileSchema));
  return { site: value, file, line: lineOf };
}

/**
 * Reads every translation file under content/translations/en/, keyed by its
 * path there (`services-trade/tasks.yaml`), each a tree of entries; and
 * gives, for messages, the line at which a key path stands in each. The
 * folder holds one folder per document of the manifest, and each of those
 * only `tasks.yaml` and `document.yaml`.
 */
export function readTranslations(root: string, slugs: readonly string[]): Inputs['translations'] {
  const files = new Map<string, unknown>();
  const parsed = new Map<string, Structured<unknown>>();
  const lines: TranslationLines = (file, path) => parsed.get(file)?.lineOf(path) ?? 1;
  refuseStrays(root, TRANSLATIONS_DIR, slugs, 'a folder for each document of the manifest', { folders: true });
  for (const slug of listFolder(root, TRANSLATIONS_DIR, { folders: true })) {
    const names = listFolder(root, `${TRANSLATIONS_DIR}/${slug}`);
    refuseStrays(root, `${TRANSLATIONS_DIR}/${slug}`, ['document.yaml', 'tasks.yaml'], 'only the translation files of a document');
    for (const name of names) {
      const path = `${slug}/${name}`;
      const file = `${TRANSLATIONS_DIR}/${path}`;
      const structured = reading(file, () => readYaml(readInputFile(root, file), file, translationFileSchema));
      parsed.set(path, structured);
      files.set(path, structured.value);
    }
  }
  return { files, lines };
}

/**
 * Checks the UI strings, `src/i18n/{lang}.json`: the original language's
 * file defines the keys, every other has exactly those, and every string the
 * placeholders of the original's. The pages import the same files, after
 * this gate passed them.
 */
function readUiStrings(root: string): void {
  refuseStrays(
    root,
    UI_STRINGS_DIR,
    [...KNOWN_BESIDE[UI_STRINGS_DIR], ...LANGS.map((lang) => `${lang}.json`)],
    'the UI strings of a language of the site, and their code',
  );
  const originalFile = uiStringsFile(ORIGINAL_LANG);
  const original = reading(originalFile, () => readJson(readInputFile(root, originalFile), originalFile, uiStringsFileSchema()));
  const files: UiStringFiles = new Map([[ORIGINAL_LANG, { file: originalFile, ...original }]]);
  for (const lang of LANGS) {
    if (lang === ORIGINAL_LANG) continue;
    const file = uiStringsFile(lang);
    files.set(lang, { file, ...reading(file, () => readJson(readInputFile(root, file), file, uiStringsFileSchema(Object.keys(original.value)))) });
  }
  checkUiStrings(files);
}

/** The formats the parsers folder holds; anything there but a parser module is refused. */
function formatsIn(root: string): string[] {
  const names = listFolder(root, FORMATS_DIR);
  for (const name of names) {
    if (!/^[a-z]+(?:-[a-z]+)*\.ts$/.test(name)) throw new SourceError(`${FORMATS_DIR}/${name}`, 1, 'a parser module named {format}.ts', 'a file nothing reads');
  }
  return names.map((name) => name.slice(0, -'.ts'.length));
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
 * registry, editorial metadata, priorities, glossary, translation notes,
 * synonyms, site file and change log, the translation files and the UI
 * strings. Any fault is a {@link SourceError} at its file and line.
 */
export async function readInputs(root: string, seedsDir = 'seeds'): Promise<Inputs> {
  const parsed = new Map<string, Structured<unknown>>();
  const lines: InputLines = (file, path) => parsed.get(file)?.lineOf(path) ?? 1;
  const curated = <T>(file: string, read: (text: string) => Structured<T>): T => {
    const structured = reading(file, () => read(readInputFile(root, file)));
    parsed.set(file, structured);
    return structured.value;
  };
  const manifestFile = `${seedsDir}/manifest.json`;
  const manifest = curated(manifestFile, (text) => readJson(text, manifestFile, manifestSchema));
  const seeds = manifest.documents.map((entry) => {
    const path = `${seedsDir}/${entry.file}`;
    return { entry, path, text: readInputFile(root, path) };
  });
  refuseStrays(root, seedsDir, ['manifest.json', ...manifest.documents.map((d) => d.file)], 'the manifest and the seeds it lists');
  const parsers = await loadParsers(root, manifest, manifestFile, lines);
  refuseStrays(
    root,
    'content',
    [...Object.values(CURATED).map((f) => f.slice('content/'.length)), 'translations', ...KNOWN_BESIDE.content],
    'a file the content step reads',
    { folders: true },
  );
  refuseStrays(root, 'content/translations', ['en', ...KNOWN_BESIDE['content/translations']], 'the English, and the tables its checks read', { folders: true });
  const registry = curated(CURATED.registry, (text) => readYaml(text, CURATED.registry, registrySchema));
  const editorial = curated(CURATED.editorial, (text) => readYaml(text, CURATED.editorial, editorialSchema));
  const priorities = curated(CURATED.priorities, (text) => readYaml(text, CURATED.priorities, prioritiesSchema));
  const glossary = curated(CURATED.glossary, (text) => readYaml(text, CURATED.glossary, glossarySchema));
  const notes = curated(CURATED.notes, (text) => readYaml(text, CURATED.notes, translationNotesSchema));
  const synonyms = curated(CURATED.synonyms, (text) => readYaml(text, CURATED.synonyms, synonymsSchema));
  const site = curated(CURATED.site, (text) => readYaml(text, CURATED.site, siteFileSchema));
  const changes = curated(CURATED.changes, (text) => readYaml(text, CURATED.changes, changeLogSchema));
  const translations = readTranslations(
    root,
    manifest.documents.map((d) => d.slug),
  );
  readUiStrings(root);
  const provenance: Provenance = {
    manifest: manifestFile,
    seeds: Object.fromEntries(seeds.map((s) => [s.entry.slug, s.path])),
    registry: CURATED.registry,
    editorial: CURATED.editorial,
    priorities: CURATED.priorities,
    glossary: CURATED.glossary,
    notes: CURATED.notes,
    synonyms: CURATED.synonyms,
    site: CURATED.site,
    changes: CURATED.changes,
    translations: TRANSLATIONS_DIR,
  };
  return { manifest, manifestFile, seeds, parsers, registry, editorial, priorities, glossary, notes, synonyms, site, changes, translations, lines, provenance };
}
