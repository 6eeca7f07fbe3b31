/**
 * The content step: seeds + registry → validated records → content collections.
 * The only module of the pipeline that touches the file system.
 *
 * Run it with `npm run content`; `astro build` and `astro dev` also run it
 * first (see astro.config.mjs), so the site is never built from stale files.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { corpusToFiles, GENERATED_DIR } from '../lib/emit/collections.ts';
import { SourceError } from '../lib/parse/source-error.ts';
import { registrySchema, type Registry } from '../lib/schema/agency.ts';
import { editorialSchema, manifestSchema, type Editorial, type Manifest } from '../lib/schema/document.ts';
import { prioritiesSchema, type Priorities } from '../lib/schema/priority.ts';
import { markPriorities } from '../lib/enrich/priorities.ts';
import { relateTasks } from '../lib/enrich/related.ts';
import { readTranslationFiles, TRANSLATIONS_DIR } from '../lib/translate/load.ts';
import { TranslationError, translationLookup } from '../lib/translate/lookup.ts';
import { translateCorpus } from '../lib/translate/translate-corpus.ts';
import { corpusToUnits } from '../lib/translate/units.ts';
import { buildCorpus, type Corpus, type Seed } from '../lib/validate/corpus.ts';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface ContentOptions {
  /** Project root; the seeds, registry and output are found under it. */
  root?: string;
  /** Folder holding the seeds and manifest.json, relative to root. */
  seedsDir?: string;
  /** Where to write; relative to root. */
  outDir?: string;
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The curated inputs besides the seeds, relative to the project root. */
export const CURATED = { registry: 'content/agencies.yaml', editorial: 'content/documents.yaml', priorities: 'content/priorities.yaml' } as const;

const readYaml = (path: string): unknown => yaml.load(readFileSync(path, 'utf8'));

/** Reads the manifest, the seeds it lists, and the curated registry, editorial metadata and priorities. */
export function readInputs(root: string, seedsDir = 'seeds'): { manifest: Manifest; seeds: Seed[]; registry: Registry; editorial: Editorial; priorities: Priorities } {
  const manifest = manifestSchema.parse(readJson(join(root, seedsDir, 'manifest.json')));
  const seeds = manifest.documents.map((entry) => {
    const path = join(seedsDir, entry.file);
    return { entry, path, text: readFileSync(join(root, path), 'utf8') };
  });
  const registry = registrySchema.parse(readYaml(join(root, CURATED.registry)));
  const editorial = editorialSchema.parse(readYaml(join(root, CURATED.editorial)));
  const priorities = prioritiesSchema.parse(readYaml(join(root, CURATED.priorities)));
  return { manifest, seeds, registry, editorial, priorities };
}

/** One summary line per document: tasks, categories, agencies. */
export function summarize(corpus: Corpus): string[] {
  return corpus.documents.map((d) => `${d.id}: ${d.counts.tasks} tasks, ${d.counts.categories} categories, ${d.counts.agencies} bodies named in its tasks, ${d.counts.relatedUnits} listed as recipients`);
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
  const { seeds, registry, editorial, priorities } = readInputs(root, seedsDir);
  const chinese = buildCorpus(seeds, registry, editorial);
  const translated = translateCorpus(chinese, translationLookup(corpusToUnits(chinese), readTranslationFiles(root)));
  const corpus = relateTasks(markPriorities(translated, priorities));
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
