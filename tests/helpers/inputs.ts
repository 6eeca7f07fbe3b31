import { readInputs } from '../../src/scripts/inputs.ts';
import { ROOT } from './paths.ts';

/** The project's real inputs, read as the content step reads them (a fraction of a second: no stage runs). */
export const inputs = await readInputs(ROOT);
