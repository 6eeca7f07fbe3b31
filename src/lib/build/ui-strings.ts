import { ORIGINAL_LANG, type Lang } from '../schema/languages.ts';
import { placeholdersOf } from '../schema/ui-strings.ts';
import { SourceError } from '../text/source-error.ts';
import type { Structured } from '../text/structured.ts';

/** The UI strings of each language as read, with the file they came from. */
export type UiStringFiles = Map<Lang, Structured<Record<string, string>> & { file: string }>;

const show = (names: readonly string[]) => (names.length > 0 ? names.map((n) => `{${n}}`).join(', ') : 'no placeholder');

/**
 * Checks that every language's string for a key has exactly the placeholders
 * of the original language's string, at the line of the string at fault.
 *
 * @example checkUiStrings(files) // throws src/i18n/en.json:12: expected the placeholders {document}, {number} at task.title (as src/i18n/zh.json has them), found {document}, {nmber}
 */
export function checkUiStrings(files: UiStringFiles): void {
  const original = files.get(ORIGINAL_LANG);
  if (!original) return;
  for (const [lang, strings] of files) {
    if (lang === ORIGINAL_LANG) continue;
    for (const [key, text] of Object.entries(strings.value)) {
      const expected = placeholdersOf(original.value[key] ?? '');
      const found = placeholdersOf(text);
      if (expected.join() !== found.join())
        throw new SourceError(strings.file, strings.lineOf([key]), `${show(expected)} at ${key} (as ${original.file} has them)`, show(found));
    }
  }
}
