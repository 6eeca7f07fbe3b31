/**
 * The content step: seeds + registry → validated records → content collections.
 * The only module of the pipeline that touches the file system.
 *
 * Run it with `npm run content`; `astro build` and `astro dev` also run it
 * first (see astro.config.mjs), so the site is never built from stale files.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { corpusToFiles, GENERATED_DIR } from '../lib/emit/collections.ts';
import { bytesToText } from '../lib/parse/characters.ts';
import { SourceError } from '../lib/parse/source-error.ts';
import { registrySchema, type Registry } from '../lib/schema/agency.ts';
import { editorialSchema, manifestSchema, type Editorial, type Manifest } from '../lib/schema/document.ts';
import { prioritiesSchema, type Priorities } from '../lib/schema/priority.ts';
import { markPriorities } from '../lib/enrich/priorities.ts';
import { relateTasks } from '../lib/enrich/related.ts';
import { readTranslations, TRANSLATIONS_DIR } from '../lib/translate/load.ts';
import { TranslationError, translationLookup } from '../lib/translate/lookup.ts';
import { translateCorpus } from '../lib/translate/translate-corpus.ts';
import { corpusToUnits } from '../lib/translate/units.ts';
import { buildCorpus, type Corpus, type InputLines, type Seed } from '../lib/validate/corpus.ts';
import { jsonToValue, lineInText, yamlToValue } from '../lib/validate/input-files.ts';
import { checkSeedHash } from '../lib/validate/seed-hash.ts';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface ContentOptions {
  /** Project root; the seeds, registry and output are found under it. */
  root?: string;
  /** Folder holding the seeds and manifest.json, relative to root. */
  seedsDir?: string;
  /** Where to write; relative to root. */
  outDir?: string;
}

/** The curated inputs besides the seeds, relative to the project root. */
export const CURATED = { registry: 'content/agencies.yaml', editorial: 'content/documents.yaml', priorities: 'content/priorities.yaml' } as const;

/** Everything the content step reads, checked. */
export interface Inputs {
  manifest: Manifest;
  /** `seeds/manifest.json`, relative to the root. */
  manifestFile: string;
  seeds: Seed[];
  registry: Registry;
  editorial: Editorial;
  priorities: Priorities;
  /** The line of a value in any of the curated files, for messages. */
  lines: InputLines;
}

/**
 * Reads a file as strict UTF-8 (see {@link bytesToText}); a missing file is a
 * {@link SourceError} like any other fault of the inputs.
 */
export function readInputFile(root: string, file: string): string {
  const path = join(root, file);
  if (!existsSync(path)) throw new SourceError(file, 1, 'a file here', 'none');
  return bytesToText(readFileSync(path), file);
}

/**
 * Reads the manifest, the seeds it lists, and the curated registry, editorial
 * metadata and priorities. Any fault, from a byte that is not UTF-8 to a value
 * of the wrong shape, is a {@link SourceError} at its file and line.
 */
export function readInputs(root: string, seedsDir = 'seeds'): Inputs {
  const texts = new Map<string, string>();
  const read = (file: string) => {
    const text = readInputFile(root, file);
    texts.set(file, text);
    return text;
  };
  const manifestFile = `${seedsDir}/manifest.json`;
  const manifest = jsonToValue(read(manifestFile), manifestFile, manifestSchema);
  const seeds = manifest.documents.map((entry) => {
    const path = `${seedsDir}/${entry.file}`;
    return { entry, path, text: readInputFile(root, path) };
  });
  const registry = yamlToValue(read(CURATED.registry), CURATED.registry, registrySchema);
  const editorial = yamlToValue(read(CURATED.editorial), CURATED.editorial, editorialSchema);
  const priorities = yamlToValue(read(CURATED.priorities), CURATED.priorities, prioritiesSchema);
  const lines: InputLines = (file, path) => lineInText(texts.get(file) ?? '', path);
  return { manifest, manifestFile, seeds, registry, editorial, priorities, lines };
}

/** One summary line per document: tasks, categories, agencies. */
export function summarize(corpus: Corpus): string[] {
  return corpus.documents.map(
    (d) =>
      `${d.id}: ${d.counts.tasks} tasks, ${d.counts.categories} categories, ${d.counts.agencies} bodies named in its tasks, ${d.counts.relatedUnits} listed as recipients`,
  );
}

/**
 * Reads every input and runs every check the content step makes, writing
 * nothing: parse and validate the seeds, attach and check the translations,
 * mark the priorities, and last, check each seed's hash. Throws a
 * {@link SourceError} or a {@link TranslationError} for the first fault.
 */
export function checkContent(root: string, seedsDir = 'seeds'): { inputs: Inputs; corpus: Corpus } {
  const inputs = readInputs(root, seedsDir);
  const { seeds, registry, editorial, priorities, lines, manifestFile } = inputs;
  const chinese = buildCorpus(seeds, registry, editorial, lines);
  const translations = readTranslations(root);
  const translated = translateCorpus(chinese, translationLookup(corpusToUnits(chinese), translations.files, translations.lines));
  const marked = markPriorities(translated, priorities);
  // Last, so that a change the steps above can place (a line, an entry) is
  // reported there first; whatever they let through, the hash does not.
  seeds.forEach((seed, i) => checkSeedHash(seed, manifestFile, lines(manifestFile, ['documents', i, 'sha256'])));
  return { inputs, corpus: marked };
}

/**
 * Builds the corpus and replaces the generated collections with it. Nothing is
 * written unless every seed parses and validates, and the old output is swapped
 * out whole, so no stale file can survive a change of the seeds.
 */
export function generateContent(options: ContentOptions = {}): Corpus {
  const root = options.root ?? PROJECT_ROOT;
  const seedsDir = options.seedsDir ?? 'seeds';
  const outDir = join(root, options.outDir ?? GENERATED_DIR);
  const { inputs, corpus: checked } = checkContent(root, seedsDir);
  const { seeds } = inputs;
  const corpus = relateTasks(checked);
  const files = corpusToFiles(corpus, {
    manifest: `${seedsDir}/manifest.json`,
    seeds: Object.fromEntries(seeds.map((s) => [s.entry.slug, s.path])),
    registry: CURATED.registry,
    editorial: CURATED.editorial,
    priorities: CURATED.priorities,
    translations: TRANSLATIONS_DIR,
  });

  const staging = `${outDir}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  for (const [path, content] of files) {
    const target = join(staging, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  rmSync(outDir, { recursive: true, force: true });
  renameSync(staging, outDir);
  return corpus;
}

if (import.meta.main) {
  // --root lets a test (or a preview of next year's seeds) run the step on a copy of the project.
  const { values } = parseArgs({ options: { root: { type: 'string' } } });
  const root = resolve(values.root ?? PROJECT_ROOT);
  try {
    const corpus = generateContent({ root });
    for (const line of summarize(corpus)) console.log(line);
    console.log(`wrote ${relative(process.cwd(), join(root, GENERATED_DIR)) || '.'}/`);
  } catch (error) {
    // A bad seed or translation is the user's to fix, not a crash: print the message alone.
    if (error instanceof SourceError || error instanceof TranslationError) {
      console.error(`content: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
