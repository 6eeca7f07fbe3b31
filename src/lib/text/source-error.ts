/**
 * The one error a parser or validator throws for bad input. Its message always
 * names the file, the line (and, where it helps, the column) and what was
 * expected, e.g. `seeds/000.txt:55: expected serial number 8, found 9`.
 */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number | undefined;
  readonly expected: string;
  readonly found: string | undefined;

  constructor(file: string, line: number, expected: string, found?: string, column?: number) {
    super(`${file}:${line}${column === undefined ? '' : `:${column}`}: expected ${expected}${found === undefined ? '' : `, found ${found}`}`);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.expected = expected;
    this.found = found;
  }
}

/**
 * Characters a reader cannot see or tell apart: controls, format characters
 * (zero-width, bidi), private-use and unassigned code points, U+FFFD, and
 * every separator but the plain space. They are shown escaped in messages.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\uFFFD]/gu;

/**
 * Writes a text for an error message with every invisible or look-alike
 * character but the space as an escape, so the message shows what changed.
 *
 * @example showInvisible('市\u200B商务局') // → '市\\u{200B}商务局'
 */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => ESCAPES[c] ?? `\\u{${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}}`);
}

const ESCAPES: Readonly<Record<string, string>> = { ' ': ' ', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Shows a piece of source text in an error message, shortened, in quotes, with invisible characters escaped. */
export function quoteSource(text: string, max = 40): string {
  const chars = [...text];
  const shown = chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
  return `"${showInvisible(shown.replace(/["\\]/g, (c) => `\\${c}`))}"`;
}

/**
 * An error of the site's own code met while working on an input: a bug of
 * ours, never the editor's to fix. It says so, and names what it was working
 * on; the original error, with its stack, is its `cause`.
 *
 * @example new InternalError('the build stage', new TypeError('x is undefined')).message
 * // → 'internal error (a bug of the site, not a fault of the inputs) in the build stage: x is undefined'
 */
export class InternalError extends Error {
  constructor(context: string, cause: unknown) {
    super(`internal error (a bug of the site, not a fault of the inputs) in ${context}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'InternalError';
  }
}
