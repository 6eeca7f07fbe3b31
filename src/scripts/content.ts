/**
 * The content step: seeds + registry → validated records → content collections.
 * The only module of the pipeline that touches the file system.
 *
 * Run it with `npm run content`; `astro build` and `astro dev` also run it
 * first (see astro.config.mjs), so the site is never built from stale files.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { GENERATED_DIR } from '../lib/schema/collections.ts';
import type { Corpus } from '../lib/schema/corpus.ts';
import { documentEntrySchema, type DocumentEntry } from '../lib/schema/document.ts';
import { InternalError, SourceError } from '../lib/text/source-error.ts';
import { TranslationError } from '../lib/translate/lookup.ts';
import { readInputs, type Inputs } from './inputs.ts';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface ContentOptions {
  /** Project root; the seeds, registry and output are found under it. */
  root?: string;
  /** Folder holding the seeds and manifest.json, relative to root. */
  seedsDir?: string;
  /** Where to write; relative to root. */
  outDir?: string;
}

/**
 * What the content step says when it stops. A fault of the inputs is the
 * editor's to fix, not a crash: its message alone (`file:line: expected …,
 * found …`). Anything else is a bug of ours: it says so, with the stack of
 * the error underneath, for whoever fixes it.
 */
export function faultMessage(error: unknown): string {
  if (error instanceof SourceError || error instanceof TranslationError) return error.message;
  const internal = error instanceof InternalError ? error : new InternalError('the content step', error);
  const cause = internal.cause instanceof Error ? internal.cause.stack : undefined;
  return cause ? `${internal.message}\n${cause}` : internal.message;
}

/** One summary line per document: tasks, categories, agencies. */
export function summarize(documents: readonly DocumentEntry[]): string[] {
  return documents.map(
    (d) =>
      `${d.id}: ${d.counts.tasks} tasks, ${d.counts.categories} categories, ${d.counts.agencies} bodies named in its tasks, ${d.counts.listed} listed in its text`,
  );
}

/**
 * The stages, loaded when the step runs rather than with this module: a build
 * whose inputs have not changed reuses the generated files and never needs
 * them (their modules, jieba's dictionary among them, take about half a
 * second to load).
 */
const loadPipeline = () => import('../lib/pipeline.ts');

/**
 * Reads every input and runs every check the content step makes, writing
 * nothing: every stage but the last (see src/lib/pipeline.ts). Throws a
 * {@link SourceError} or a {@link TranslationError} for the first fault.
 */
export async function checkContent(root: string, seedsDir = 'seeds'): Promise<{ inputs: Inputs; corpus: Corpus }> {
  const { pipelineCorpus } = await loadPipeline();
  const inputs = await readInputs(root, seedsDir);
  return { inputs, corpus: pipelineCorpus(inputs, 'hash') };
}

/**
 * Builds the corpus and replaces the generated collections with it. Nothing is
 * written unless every seed parses and validates, and the old output is swapped
 * out whole, so no stale file can survive a change of the seeds.
 */
export async function generateContent(options: ContentOptions = {}): Promise<Corpus> {
  const root = options.root ?? PROJECT_ROOT;
  const seedsDir = options.seedsDir ?? 'seeds';
  const outDir = join(root, options.outDir ?? GENERATED_DIR);
  const { runPipeline } = await loadPipeline();
  const { corpus, files } = runPipeline(await readInputs(root, seedsDir));
  if (!corpus || !files) throw new Error('content: the pipeline ended before its last stage');

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

/**
 * What decides the generated content: the inputs (seeds, curated files,
 * translations) and the code and dependencies that turn them into it.
 */
const STAMPED = ['seeds', 'content', 'src/lib', 'src/scripts', 'src/i18n', 'package-lock.json'];
/** Where {@link generateContentIfChanged} keeps the stamp of the inputs it generated from. */
const STAMP_FILE = '.inputs-sha256';

/** SHA-256 over the path and bytes of every file that decides the generated content (see {@link STAMPED}). */
export function contentStamp(root: string, outDir = GENERATED_DIR): string {
  const files = STAMPED.flatMap((path) => {
    const full = join(root, path);
    if (!existsSync(full)) return [];
    if (statSync(full).isFile()) return [path];
    // Every entry that is not a folder, links included (read through them): the
    // content step refuses a linked input, and the stamp must not pass over one either.
    return readdirSync(full, { recursive: true, withFileTypes: true })
      .filter((entry) => !entry.isDirectory())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)))
      .filter((path) => existsSync(join(root, path)) && statSync(join(root, path)).isFile());
  })
    .filter((path) => !path.startsWith(`${outDir}/`) && !path.startsWith(`${outDir}.tmp/`))
    .sort();
  const hash = createHash('sha256');
  for (const path of files)
    hash
      .update(`${path}\0`)
      .update(readFileSync(join(root, path)))
      .update('\0');
  return hash.digest('hex');
}

/**
 * The content step as a build runs it: skipped when no file that decides its
 * output has changed since it last wrote `content/generated/` (same inputs,
 * same code: the step is deterministic, so it would write the same bytes, and
 * every check it makes passed on those very bytes). Otherwise it runs in
 * full. Delete `content/generated/` to force a run; `npm run content` always
 * runs in full.
 *
 * @returns the documents written, and whether the earlier output was reused
 */
export async function generateContentIfChanged(options: ContentOptions = {}): Promise<{ documents: DocumentEntry[]; reused: boolean }> {
  const root = options.root ?? PROJECT_ROOT;
  const outDir = options.outDir ?? GENERATED_DIR;
  const stampPath = join(root, outDir, STAMP_FILE);
  const stamp = contentStamp(root, outDir);
  if (existsSync(stampPath) && readFileSync(stampPath, 'utf8') === stamp) {
    const { entries } = JSON.parse(readFileSync(join(root, outDir, 'documents.json'), 'utf8')) as { entries: unknown[] };
    return { documents: entries.map((entry) => documentEntrySchema.parse(entry)), reused: true };
  }
  const corpus = await generateContent(options);
  writeFileSync(stampPath, stamp);
  return { documents: corpus.documents, reused: false };
}

if (import.meta.main) {
  // --root lets a test (or a preview of next year's seeds) run the step on a copy of the project.
  const { values } = parseArgs({ options: { root: { type: 'string' } } });
  const root = resolve(values.root ?? PROJECT_ROOT);
  try {
    const corpus = await generateContent({ root });
    for (const line of summarize(corpus.documents)) console.log(line);
    console.log(`wrote ${relative(process.cwd(), join(root, GENERATED_DIR)) || '.'}/`);
  } catch (error) {
    console.error(`content: ${faultMessage(error)}`);
    process.exit(1);
  }
}
