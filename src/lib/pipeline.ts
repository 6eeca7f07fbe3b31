/**
 * The content step's stages, in order, defined once: the content step
 * (src/scripts/content.ts), the translations script, the tests and the bench
 * all run them through {@link runPipeline}. Pure: the inputs arrive read
 * (src/scripts/inputs.ts), and nothing is written.
 *
 *   parse     each seed by its format's parser, checked against what the
 *             manifest claims
 *   build     the site's records, one per document, section, category, task
 *             and agency, each text in both languages: its English from the
 *             translation files, checked as it is taken (missing, stale,
 *             stray); the translation notes and the change log checked
 *             against the records
 *   mark      the plan's own priorities and the clauses that name tasks
 *   hash      each seed's text against the manifest: last of the checks, so
 *             that a fault the stages above can place at a line is reported
 *             there first
 *   relate    the related tasks of each task
 *   emit      the files of the content collections, by path
 */
import { buildCorpus } from './build/build-corpus.ts';
import { checkManifestClaims, type ParsedSeed, type Seed } from './build/manifest-claims.ts';
import { checkGlossaryAnchors } from './build/glossary.ts';
import { changesToEntries } from './build/changes.ts';
import { checkNotes } from './build/notes.ts';
import { checkSeedHash } from './build/seed-hash.ts';
import { corpusToFiles } from './emit/collections.ts';
import { markPriorities } from './enrich/priorities.ts';
import { relateTasks } from './enrich/related.ts';
import type { InputLines } from './build/build-corpus.ts';
import type { Provenance } from './emit/collections.ts';
import type { DocumentParser } from './parse/parser.ts';
import type { Registry } from './schema/agency.ts';
import type { Corpus } from './schema/corpus.ts';
import type { Editorial, Manifest } from './schema/manifest.ts';
import type { Priorities } from './schema/priority.ts';
import type { Synonyms } from './schema/synonyms.ts';
import type { ChangeEntry, ChangeLog, SiteFile } from './schema/publishing.ts';
import type { Glossary, TranslationNote } from './schema/translation.ts';
import { codePointFromLabel } from './text/characters.ts';
import { InternalError, SourceError } from './text/source-error.ts';
import { checkingTranslator, TranslationError, type Lookup, type TranslationLines } from './translate/lookup.ts';
import { unitRecorder, type Unit } from './translate/units.ts';

/** Everything the content step reads (src/scripts/inputs.ts), checked for shape. */
export interface Inputs {
  manifest: Manifest;
  /** `seeds/manifest.json`, relative to the root. */
  manifestFile: string;
  seeds: Seed[];
  /** The parser of each format the manifest names, and of no other. */
  parsers: ReadonlyMap<string, DocumentParser>;
  registry: Registry;
  editorial: Editorial;
  priorities: Priorities;
  /** The phrases with one English rendering, marked up in the text by the emit step. */
  glossary: Glossary;
  /** Notes on renderings, for the About-this-translation page. */
  notes: TranslationNote[];
  /** The words the texts, or their readers, use for one thing: search widens a query with them. */
  synonyms: Synonyms;
  /** Who publishes the site, and how to reach them (content/site.yaml). */
  site: SiteFile;
  /** The dated changes to the texts and the translation, newest first (content/changes.yaml). */
  changes: ChangeLog;
  /** The English: each file under content/translations/en/ by its path there, and where a key stands in it. */
  translations: { files: ReadonlyMap<string, unknown>; lines: TranslationLines };
  /** The line of a value in any of the curated files, for messages. */
  lines: InputLines;
  /** The files each generated file names as its inputs. */
  provenance: Provenance;
}

/** What the stages have made so far. */
export interface PipelineState {
  inputs: Inputs;
  parsed?: ParsedSeed[];
  /** Every text the English edition translates, in the order the build stage meets them. */
  units?: Unit[];
  lookup?: Lookup;
  corpus?: Corpus;
  /** The change log, checked against the records and resolved to their ids. */
  changes?: ChangeEntry[];
  /** The generated files, by path under content/generated/, for the content step to write. */
  files?: Map<string, string>;
}

/**
 * Parses one seed with the parser of its format (the reading layer has
 * loaded it) and checks what the manifest claims against it.
 */
export function parseSeed(seed: Seed, parsers: Inputs['parsers']): ParsedSeed {
  const parse = parsers.get(seed.entry.format);
  if (!parse) throw new Error(`pipeline: no parser was loaded for the format ${seed.entry.format} of ${seed.path}`);
  const admitted = new Set(seed.entry.admit.map((a) => codePointFromLabel(a.codePoint)));
  try {
    const parsed: ParsedSeed = { ...seed, parsed: parse(seed.text, seed.path, { admitted }) };
    checkManifestClaims(parsed);
    return parsed;
  } catch (error) {
    throw asInputFault(error, `the ${seed.entry.format} parser, on ${seed.path}`);
  }
}

/**
 * Every text the English edition must translate: what the build stage asks a
 * translator for, recorded (see {@link unitRecorder}).
 */
export function parsedToUnits(parsed: readonly ParsedSeed[], inputs: Pick<Inputs, 'registry' | 'editorial' | 'lines'>): Unit[] {
  const recorder = unitRecorder();
  buildCorpus(parsed, inputs.registry, inputs.editorial, recorder.translate, inputs.lines);
  return recorder.units;
}

/** The value a stage needs from an earlier one; a stage run out of order is a bug. */
function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`pipeline: ${what} is not there yet`);
  return value;
}

export const STAGES = [
  {
    name: 'parse',
    run: (state: PipelineState) => {
      state.parsed = state.inputs.seeds.map((seed) => parseSeed(seed, state.inputs.parsers));
    },
  },
  {
    name: 'build',
    run: (state: PipelineState) => {
      const { registry, editorial, lines, notes, glossary, translations } = state.inputs;
      // One run of the build stage: the translator checks each text against the translation files as it goes.
      const translator = checkingTranslator(translations.files, translations.lines);
      const corpus = buildCorpus(need(state.parsed, 'the parsed seeds'), registry, editorial, translator.translate, lines);
      state.lookup = translator.finish();
      state.units = translator.units;
      state.corpus = corpus;
      checkNotes(notes, state.corpus, lines);
      checkGlossaryAnchors(glossary, lines);
      state.changes = changesToEntries(state.inputs.changes, state.corpus, lines);
    },
  },
  {
    name: 'mark',
    run: (state: PipelineState) => {
      state.corpus = markPriorities(need(state.corpus, 'the corpus'), state.inputs.priorities, state.inputs.lines);
    },
  },
  {
    name: 'hash',
    run: (state: PipelineState) => {
      const { seeds, manifestFile, lines } = state.inputs;
      seeds.forEach((seed, i) => checkSeedHash(seed, manifestFile, lines(manifestFile, ['documents', i, 'sha256'])));
    },
  },
  {
    name: 'relate',
    run: (state: PipelineState) => {
      state.corpus = relateTasks(need(state.corpus, 'the corpus'));
    },
  },
  {
    name: 'emit',
    run: (state: PipelineState) => {
      const { provenance, glossary, registry, notes, seeds, synonyms, site } = state.inputs;
      const changes = need(state.changes, 'the change log');
      state.files = corpusToFiles(need(state.corpus, 'the corpus'), provenance, { glossary, registry, notes, seeds, synonyms, site, changes });
    },
  },
] as const;
export type StageName = (typeof STAGES)[number]['name'];

/** The corpus the stages have built, through `through` (at least the build stage). */
export function pipelineCorpus(inputs: Inputs, through: StageName = 'relate'): Corpus {
  return need(runPipeline(inputs, through).corpus, `the corpus (the stages through ${through} build none)`);
}

/**
 * A fault of the inputs as it is (a SourceError or a TranslationError, which
 * name their file and line); anything else is a bug of ours, said to be one,
 * with where it happened.
 */
function asInputFault(error: unknown, context: string): Error {
  if (error instanceof SourceError || error instanceof TranslationError || error instanceof InternalError) return error;
  return new InternalError(context, error);
}

/**
 * Runs the stages in order, through the one named (all of them by default),
 * and returns what they made; `onStage` hears how long each took (the bench
 * prints it) and what it made. Throws the first fault: a SourceError or a TranslationError,
 * each naming its file and line; or an InternalError for a bug of ours.
 *
 * @example runPipeline(inputs, 'build').units?.length // → the number of texts the English edition translates
 */
export function runPipeline(inputs: Inputs, through: StageName = 'emit', onStage?: (name: StageName, ms: number, state: PipelineState) => void): PipelineState {
  const state: PipelineState = { inputs };
  for (const stage of STAGES) {
    const started = performance.now();
    try {
      stage.run(state);
    } catch (error) {
      throw asInputFault(error, `the ${stage.name} stage`);
    }
    onStage?.(stage.name, performance.now() - started, state);
    if (stage.name === through) break;
  }
  return state;
}
