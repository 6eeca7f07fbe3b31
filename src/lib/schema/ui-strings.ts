import { z } from 'zod';

/** A key of the UI strings: dotted lowercase words, `task.title`, `part.back-matter`. */
const uiKeySchema = z.string().regex(/^[a-z][a-zA-Z0-9]*(?:[.-][a-zA-Z0-9]+)*$/, 'a key such as task.title');
// Not trimmed: a separator may be a space alone.
const uiStringSchema = z.string().min(1, 'a string that is not empty');

/**
 * A file of UI strings, `src/i18n/{lang}.json`: one flat mapping of keys to
 * strings. The original language's file defines the keys (`keys` omitted);
 * every other must have exactly `keys`, so a string missing in one language
 * or left over in another stops the content step instead of showing a key
 * to a reader.
 *
 * @example uiStringsFileSchema(['site.name']).parse({ 'site.name': 'Xiamen …' })
 */
export function uiStringsFileSchema(keys?: readonly string[]) {
  return keys ? z.strictObject(Object.fromEntries(keys.map((key) => [key, uiStringSchema]))) : z.record(uiKeySchema, uiStringSchema);
}

/**
 * The placeholders of a UI string, `{document}` and `{number}`, sorted: every
 * language's string for a key must have the original's, or a page would
 * show a brace or miss a value.
 *
 * @example placeholdersOf('{document} 第{number}项') // → ['document', 'number']
 */
export const placeholdersOf = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))].sort();
