/**
 * The one error a parser or validator throws for bad input. Its message always
 * names the file, the line and what was expected, e.g.
 * `seeds/000.txt:55: expected serial number 8, found 9`.
 */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number;
  readonly expected: string;
  readonly found: string | undefined;

  constructor(file: string, line: number, expected: string, found?: string) {
    super(`${file}:${line}: expected ${expected}${found === undefined ? '' : `, found ${found}`}`);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
    this.expected = expected;
    this.found = found;
  }
}

/** Shows a piece of source text in an error message, shortened and with tabs visible. */
export function quoteSource(text: string, max = 40): string {
  const shown = text.length > max ? `${text.slice(0, max)}…` : text;
  return JSON.stringify(shown);
}
