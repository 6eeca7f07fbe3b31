/**
 * Global setup of the unit and component tests: reads the project's real
 * inputs and runs the content step's stages once, for every test file to
 * inject (see tests/helpers/corpus.ts).
 */
import type { TestProject } from 'vitest/node';
import { runPipeline } from '../../src/lib/pipeline.ts';
import type { Corpus } from '../../src/lib/schema/corpus.ts';
import { readInputs } from '../../src/scripts/inputs.ts';
import { ROOT } from '../helpers/paths.ts';
import './context.ts';

export default async function setup({ provide }: TestProject): Promise<void> {
  const inputs = await readInputs(ROOT);
  let unmarked: Corpus | undefined;
  const state = runPipeline(inputs, 'relate', (name, _ms, current) => {
    // The corpus as the build stage made it, before the enrich stages replace it.
    if (name === 'build') unmarked = current.corpus;
  });
  if (!state.corpus || !unmarked || !state.parsed || !state.units) throw new Error('tests: the pipeline made no corpus');
  provide('corpus', state.corpus);
  provide('unmarked', unmarked);
  provide('parsed', state.parsed);
  provide('units', state.units);
}
