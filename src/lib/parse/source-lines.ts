import { checkLineCharacters } from '../text/characters.ts';
import { SourceError, quoteSource } from '../text/source-error.ts';

/** A line of a seed file with its 1-based number. */
export interface SourceLine {
  readonly number: number;
  readonly text: string;
}

/** What a parser is told besides the text. */
export interface ParseOptions {
  /** Code points the manifest admits in this file on purpose, despite the character policy. */
  readonly admitted?: ReadonlySet<number>;
}

/**
 * The longest line a seed may have, in characters. The longest real line (a
 * paragraph of the 2026 plan) has 358; a line far beyond that is a broken
 * copy, and would make a page, and the search index, arbitrarily heavy.
 */
export const MAX_LINE_CHARS = 1000;

/**
 * The longest task, or cell of a table, in characters, after wrapped lines are
 * rejoined. The longest real task has 197 (measure 76 of the services-trade
 * table); five times that leaves room for any real measure, while keeping
 * what a task page and the search index (which holds only tasks) must carry
 * bounded: a single 1 MB task once made Pagefind take 191 s instead of 10.
 */
export const MAX_TASK_CHARS = 1000;

/** Refuses a task or cell longer than {@link MAX_TASK_CHARS}, at its line. */
export function checkTaskLength(text: string, what: string, file: string, line: number): void {
  const length = [...text].length;
  if (length > MAX_TASK_CHARS)
    throw new SourceError(file, line, `${what} of at most ${MAX_TASK_CHARS} characters`, `${length} characters starting ${quoteSource(text, 20)}`);
}

/**
 * Splits a seed into lines after removing the harmless variants a copy can pick
 * up on its way: a UTF-8 BOM, CRLF or CR line endings, and trailing spaces.
 * Tabs are kept: in the services-trade table a line holding only a tab is an
 * empty cell, not a blank line. Line numbers stay those of the file.
 *
 * Every line must pass the character policy ({@link checkLineCharacters}):
 * nothing invisible or unusual unless `options.admitted` lists it, and be at
 * most {@link MAX_LINE_CHARS} long.
 *
 * @example
 * toSourceLines('\uFEFF附件\r\n\t1  \r\n', 'x.txt')
 * // → [{ number: 1, text: '附件' }, { number: 2, text: '\t1' }, { number: 3, text: '' }]
 */
export function toSourceLines(source: string, file: string, options: ParseOptions = {}): SourceLine[] {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const lines = text.split(/\r\n|\r|\n/);
  return lines.map((raw, index) => {
    const number = index + 1;
    const line = raw.replace(/ +$/, '');
    checkLineCharacters(line, file, number, options.admitted);
    const length = [...line].length;
    if (length > MAX_LINE_CHARS)
      throw new SourceError(file, number, `a line of at most ${MAX_LINE_CHARS} characters`, `${length} characters starting ${quoteSource(line, 20)}`);
    return { number, text: line };
  });
}

/** True for a line that holds nothing, not even an empty cell. */
export function isBlank(line: SourceLine): boolean {
  return line.text === '';
}
