import type { ParsedSeed } from '../../src/lib/build/manifest-claims.ts';
import type { Corpus } from '../../src/lib/schema/corpus.ts';
import type { Unit } from '../../src/lib/translate/units.ts';

/**
 * What the global setups hand every test file through vitest's `provide` and
 * `inject`: the pipeline runs once per test run, not once per file.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    /** The records as the site is built from them: both languages, priorities marked, tasks related. */
    corpus: Corpus;
    /** The records after the build stage, before the enrich stages (unit tests only). */
    unmarked: Corpus;
    /** Each seed with what its parser made of it (unit tests only). */
    parsed: ParsedSeed[];
    /** Every text the English edition translates (unit tests only). */
    units: Unit[];
  }
}
