import type { Bilingual } from '../schema/common.ts';

/** Where the English translation is kept, relative to the project root: `{document}/tasks.yaml` and `{document}/document.yaml`. */
export const TRANSLATIONS_DIR = 'content/translations/en';

/**
 * One piece of Chinese a reader sees and the place its English is kept:
 * a file under content/translations/en/ and a key path within it.
 */
export interface Unit {
  /** e.g. `services-trade/tasks.yaml` */
  file: string;
  /** Its place in the model, e.g. `['12', 'text']` or `['parts', 'plan', 'sections', '2-1', 'paragraphs', '0']` */
  path: string[];
  zh: string;
  /** Where the Chinese stands in its seed (the line of its record or section), for messages. */
  at?: string;
}

/** Where a unit's English lives, for messages: `services-trade/tasks.yaml: 12.text`. */
export const unitToName = (unit: Pick<Unit, 'file' | 'path'>) => `${unit.file}: ${unit.path.join('.')}`;

/**
 * Makes the bilingual value of a piece of Chinese, given where its English
 * is kept. The build stage (src/lib/build/build-corpus.ts) calls it for every
 * text a reader sees, so that stage alone says where each English lives.
 */
export type Translator = (unit: Unit) => Bilingual;

/**
 * A translator that records every unit it is asked for and gives the Chinese
 * in place of the English (which the records' schemas require to be there):
 * running the build stage with it lists what the English edition
 * must translate, in reading order, without a second list of places to keep
 * in step with the first.
 */
export function unitRecorder(): { translate: Translator; units: Unit[] } {
  const units: Unit[] = [];
  const seen = new Set<string>();
  return {
    units,
    translate: (unit) => {
      // A text asked for twice (a notice's number is also the document's) is one unit.
      const key = `${unit.file}#${unit.path.join('.')}`;
      if (!seen.has(key)) units.push(unit);
      seen.add(key);
      return { zh: unit.zh, en: unit.zh };
    },
  };
}
