/** Options for {@link occurrencesOf}. */
export interface OccurrenceOptions {
  /** Only where the needle is not part of a longer word: no letter or digit right before or after it. */
  wholeWords?: boolean;
  /** Match regardless of case (simple case folding, which keeps offsets). */
  ignoreCase?: boolean;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Every place a literal string occurs in a text, left to right, as
 * `[start, end)` offsets in UTF-16 code units; occurrences of the same needle
 * do not overlap.
 *
 * @example occurrencesOf('市商务局、商务部、商务部', '商务部') // → [[5, 8], [9, 12]]
 * @example occurrencesOf('BRICS and BRICSplus', 'BRICS', { wholeWords: true }) // → [[0, 5]]
 */
export function occurrencesOf(text: string, needle: string, options: OccurrenceOptions = {}): [number, number][] {
  if (needle === '') return [];
  const pattern = options.wholeWords ? `(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])` : escapeRegExp(needle);
  const regex = new RegExp(pattern, options.ignoreCase ? 'giu' : 'gu');
  return [...text.matchAll(regex)].map((m) => [m.index, m.index + m[0].length]);
}
