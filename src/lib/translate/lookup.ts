import { quoteSource } from '../text/source-error.ts';
import { translatedSchema } from '../schema/translation.ts';
import { sourceHash } from '../text/source-hash.ts';
import type { Bilingual } from '../schema/common.ts';
import { TRANSLATIONS_DIR, unitToName, type Translator, type Unit } from './units.ts';

/** Every problem with the translation files at once, each naming its entry. */
export class TranslationError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    const shown = problems.slice(0, 25);
    const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : '';
    super(
      `content/translations/en/ is incomplete or out of date (${problems.length} problems):\n  ${shown.join('\n  ')}${more}\nRun \`npm run translations\` for a worksheet of what to translate.`,
    );
    this.name = 'TranslationError';
    this.problems = problems;
  }
}

/** Looks up the English of a unit; built by {@link translationLookup}, which has already checked every unit. */
export type Lookup = (unit: Pick<Unit, 'file' | 'path'>) => string;

const at = (tree: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), tree);

/** Every translated string in a file, with its key path. */
function leaves(tree: unknown, path: string[] = []): string[][] {
  if (tree === null || typeof tree !== 'object') return [];
  if ('source' in tree && 'en' in tree) return [path];
  return Object.entries(tree).flatMap(([key, value]) => leaves(value, [...path, key]));
}

/** The Chinese shortened, with any invisible character shown as an escape (\u{200B}). */
const shorten = (text: string) => quoteSource(text, 60);
/** Where the Chinese stands in its seed, when known: `, the Chinese at seeds/000_….txt:57`. */
const where = (unit: Unit) => (unit.at ? `, the Chinese at ${unit.at}` : '');

/** The line of a key path in a translation file (by its path under content/translations/en/). */
export type TranslationLines = (file: string, path: readonly string[]) => number;

/** A translator that checks each text against the translation files as the build stage asks for it. */
export interface CheckingTranslator {
  /** The English of a text, from its entry; where the entry is missing or stale, the Chinese stands in and the problem is noted. */
  translate: Translator;
  /** Every text asked for, in the order asked, each once. */
  units: Unit[];
  /** Throws a {@link TranslationError} naming every problem, stray entries included; or returns the lookup of the English. */
  finish: () => Lookup;
}

const keyOf = (unit: Pick<Unit, 'file' | 'path'>) => `${unit.file}#${unit.path.join('.')}`;

/**
 * The translator of the build stage: gives each text its English from the
 * translation files, and checks them against the Chinese they translate as it
 * goes, so the stage runs once. `finish` fails, naming every entry concerned,
 * when anything a reader sees lacks English, when the Chinese changed after it
 * was translated (the entry's hash no longer matches), or when an entry
 * translates nothing that exists.
 *
 * Each problem reads `file:line: expected …, found …`, at the line of the
 * entry (or of the nearest entry above a missing one), and names where the
 * Chinese stands in its seed.
 *
 * @param files parsed translation files by path under content/translations/en/
 * @param lines where a key path stands in those files, for the messages
 */
export function checkingTranslator(files: ReadonlyMap<string, unknown>, lines: TranslationLines = () => 1): CheckingTranslator {
  const problems: string[] = [];
  const english = new Map<string, string>();
  const units: Unit[] = [];
  const seen = new Map<string, Bilingual>();
  const translate: Translator = (unit) => {
    const key = keyOf(unit);
    const known = seen.get(key);
    // A text asked for twice (a passage that states the document's number) is one unit.
    if (known) return known;
    units.push(unit);
    const entry = translatedSchema.safeParse(at(files.get(unit.file), unit.path));
    // Placed only when there is a problem to report: finding a line parses the file again.
    const place = () => `${TRANSLATIONS_DIR}/${unit.file}:${lines(unit.file, unit.path)}`;
    const name = unit.path.join('.');
    let value: Bilingual = { zh: unit.zh, en: unit.zh };
    if (!entry.success) {
      problems.push(`${place()}: expected English for ${name}, ${shorten(unit.zh)} (source ${sourceHash(unit.zh)})${where(unit)}, found none: missing`);
    } else if (entry.data.source !== sourceHash(unit.zh)) {
      problems.push(
        `${place()}: expected ${name} to translate ${shorten(unit.zh)} (source ${sourceHash(unit.zh)})${where(unit)}, found the English of an earlier text (source ${entry.data.source}): stale`,
      );
    } else {
      english.set(key, entry.data.en.trim());
      value = { zh: unit.zh, en: entry.data.en.trim() };
    }
    seen.set(key, value);
    return value;
  };
  const finish = (): Lookup => {
    const expected = new Set(units.map(keyOf));
    for (const [file, tree] of files) {
      for (const path of leaves(tree)) {
        if (!expected.has(keyOf({ file, path })))
          problems.push(
            `${TRANSLATIONS_DIR}/${file}:${lines(file, path)}: expected only entries for the current text, found ${path.join('.')}, which translates nothing: stray`,
          );
      }
    }
    if (problems.length > 0) throw new TranslationError(problems);
    return (unit) => {
      const text = english.get(keyOf(unit));
      if (text === undefined) throw new Error(`no English for ${unitToName(unit)}`);
      return text;
    };
  };
  return { translate, units, finish };
}

/**
 * Checks the translation files against the given units at once and returns
 * a lookup of the English (see {@link checkingTranslator}): for the
 * translations script and the tests, which have the units already.
 */
export function translationLookup(units: readonly Unit[], files: ReadonlyMap<string, unknown>, lines: TranslationLines = () => 1): Lookup {
  const checker = checkingTranslator(files, lines);
  for (const unit of units) checker.translate(unit);
  return checker.finish();
}
