/** Options for {@link occurrencesOf}. */
export interface OccurrenceOptions {
  /** Only where the needle is not part of a longer word: no letter or digit right before or after it. */
  wholeWords?: boolean;
  /** Match regardless of case (as `toLowerCase` folds it). */
  ignoreCase?: boolean;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The pattern for the rare text whose case folding changes its length: built when needed. */
function regexOf(needle: string, options: OccurrenceOptions): RegExp {
  const pattern = options.wholeWords ? `(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])` : escapeRegExp(needle);
  return new RegExp(pattern, options.ignoreCase ? 'giu' : 'gu');
}

/** A letter or a digit (a whole code point, surrogate pairs included): what may not stand right before or after a whole word. */
const WORD_BEFORE = /[\p{L}\p{N}]$/u;
const WORD_AFTER = /^[\p{L}\p{N}]/u;

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
  // Searched with indexOf, not a regular expression: a case-insensitive
  // Unicode pattern costs a millisecond or two to compile, and the emit step
  // asks for every glossary term and body name in every paragraph of both
  // languages. Lower-casing keeps offsets when it keeps the length, as it does
  // for every text here; where it does not, the regular expression decides.
  const hay = options.ignoreCase ? text.toLowerCase() : text;
  const sought = options.ignoreCase ? needle.toLowerCase() : needle;
  if (hay.length !== text.length || sought.length !== needle.length)
    return [...text.matchAll(regexOf(needle, options))].map((m) => [m.index, m.index + m[0].length]);
  const found: [number, number][] = [];
  for (let at = hay.indexOf(sought); at >= 0; at = hay.indexOf(sought, at + 1)) {
    const end = at + sought.length;
    if (options.wholeWords && (WORD_BEFORE.test(text.slice(Math.max(0, at - 2), at)) || WORD_AFTER.test(text.slice(end, end + 2)))) continue;
    found.push([at, end]);
    at = end - 1;
  }
  return found;
}
