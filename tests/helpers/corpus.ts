import { markPriorities } from '../../src/lib/enrich/priorities.ts';
import { relateTasks } from '../../src/lib/enrich/related.ts';
import { readTranslationFiles } from '../../src/lib/translate/load.ts';
import { translationLookup } from '../../src/lib/translate/lookup.ts';
import { translateCorpus } from '../../src/lib/translate/translate-corpus.ts';
import { corpusToUnits } from '../../src/lib/translate/units.ts';
import { buildCorpus } from '../../src/lib/validate/corpus.ts';
import { readInputs } from '../../src/scripts/content.ts';
import { ROOT } from './paths.ts';

/** The project's real inputs, read once per test file. */
export const inputs = readInputs(ROOT);
/** The corpus as the content step builds it before translation. */
export const chinese = buildCorpus(inputs.seeds, inputs.registry, inputs.editorial);
/** The corpus after translation, before the enrich step. */
export const translated = translateCorpus(chinese, translationLookup(corpusToUnits(chinese), readTranslationFiles(ROOT)));
/** The corpus as the site is built from it: both languages, priorities marked, tasks related. */
export const corpus = relateTasks(markPriorities(translated, inputs.priorities));
