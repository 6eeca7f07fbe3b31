import { SourceError, quoteSource } from './source-error.ts';

/** A line of a seed file with its 1-based number. */
export interface SourceLine {
  readonly number: number;
  readonly text: string;
}

/**
 * Splits a seed into lines after removing the harmless variants a copy can pick
 * up on its way: a UTF-8 BOM, CRLF or CR line endings, and trailing spaces.
 * Tabs are kept: in the services-trade table a line holding only a tab is an
 * empty cell, not a blank line. Line numbers stay those of the file.
 *
 * @example
 * toSourceLines('\uFEFF附件\r\n\t1  \r\n', 'x.txt')
 * // → [{ number: 1, text: '附件' }, { number: 2, text: '\t1' }, { number: 3, text: '' }]
 */
export function toSourceLines(source: string, file: string): SourceLine[] {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const lines = text.split(/\r\n|\r|\n/);
  return lines.map((raw, index) => {
    const number = index + 1;
    const line = raw.replace(/ +$/, '');
    // A control character cannot come from a clean text extraction, and would
    // reach the page invisibly; refuse it rather than guess.
    const control = /[\u0000-\u0008\u000b-\u001f\u007f]/.exec(line);
    if (control) {
      throw new SourceError(file, number, 'text without control characters', `U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()} in ${quoteSource(line)}`);
    }
    return { number, text: line };
  });
}

/** True for a line that holds nothing, not even an empty cell. */
export function isBlank(line: SourceLine): boolean {
  return line.text === '';
}
