import { inject } from 'vitest';
import '../setup/context.ts';

// The pipeline's output, made once per test run by the project's global setup
// (tests/setup/pipeline.ts for unit tests, tests/setup/generated.ts for the
// build and browser tests, which read what the build wrote).

/** The corpus as the site is built from it: both languages, priorities marked, tasks related. */
export const corpus = inject('corpus');
