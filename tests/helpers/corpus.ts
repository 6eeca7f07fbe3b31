import { runPipeline } from '../../src/lib/pipeline.ts';
import type { Corpus, ParsedSeed } from '../../src/lib/validate/corpus.ts';
import type { Unit } from '../../src/lib/translate/units.ts';
import { readInputs } from '../../src/scripts/content.ts';
import { ROOT } from './paths.ts';

/** The project's real inputs, read once per test file. */
export const inputs = readInputs(ROOT);

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`tests: the pipeline made no ${what}`);
  return value;
}

// The stages of src/lib/pipeline.ts, run as the content step runs them.
const built = runPipeline(inputs, 'build');
const all = runPipeline(inputs, 'relate');

/** Each seed with what its parser made of it. */
export const parsed: ParsedSeed[] = required(built.parsed, 'parsed seeds');
/** Every text the English edition translates. */
export const units: Unit[] = required(built.units, 'translation units');
/** The corpus after the build stage, before the enrich stages. */
export const unmarked: Corpus = required(built.corpus, 'corpus');
/** The corpus as the site is built from it: both languages, priorities marked, tasks related. */
export const corpus: Corpus = required(all.corpus, 'corpus');
