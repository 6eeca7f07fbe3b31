import { unicodeName } from 'unicode-name';
import { SourceError } from './source-error.ts';

/**
 * The characters an input may not hold unless it admits them on purpose:
 * control characters (all but the tab, which is structure), format characters
 * (zero-width spaces and joiners, bidi marks, overrides and isolates, the
 * byte-order mark inside a text), other default-ignorable characters,
 * private-use, unassigned and surrogate code points, U+FFFD (what broken
 * UTF-8 leaves), and every space or separator but U+0020. None of them can
 * come from a clean copy of an official text, and most are invisible on the
 * page: a reader could not tell that the text had changed.
 */
const REFUSED = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\uFFFD]/u;
const ALWAYS_ALLOWED = new Set([0x09, 0x20]);

/**
 * A code point as an error message names it: `U+` and four to six hex digits,
 * then its Unicode name (or, where it has none, its Unicode label).
 *
 * @example codePointToName(0x200b) // → 'U+200B ZERO WIDTH SPACE'
 * @example codePointToName(0x3000) // → 'U+3000 IDEOGRAPHIC SPACE'
 */
export function codePointToName(codePoint: number): string {
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
  return `U+${hex} ${unicodeName(codePoint) ?? `<U+${hex}>`}`;
}

/**
 * Parses `U+200B` into 0x200B; the form the manifest uses to admit a character.
 *
 * @example codePointFromLabel('U+3000') // → 0x3000
 */
export function codePointFromLabel(label: string): number {
  return Number.parseInt(label.replace(/^U\+/, ''), 16);
}

/** True for a code point the character policy refuses unless admitted. */
export function isRefusedCodePoint(codePoint: number): boolean {
  return !ALWAYS_ALLOWED.has(codePoint) && REFUSED.test(String.fromCodePoint(codePoint));
}

/** What a refusal in a seed tells the editor: the way to admit a character on purpose. */
const SEED_NOTE = 'admit one in seeds/manifest.json if it is meant';

/**
 * Applies the character policy to one line (without its line break): throws
 * a {@link SourceError} at the line and column (counted in characters, from 1)
 * of the first refused character that `admitted` does not list.
 *
 * @example
 * checkLineCharacters('市商\u200B务局', 'seeds/x.txt', 7)
 * // throws seeds/x.txt:7:3: expected no invisible or unusual character (admit one in seeds/manifest.json if it is meant), found U+200B ZERO WIDTH SPACE
 */
export function checkLineCharacters(line: string, file: string, lineNumber: number, admitted: ReadonlySet<number> = new Set(), note = SEED_NOTE): void {
  if (!REFUSED.test(line)) return;
  let column = 0;
  for (const char of line) {
    column += 1;
    const codePoint = char.codePointAt(0) as number;
    if (isRefusedCodePoint(codePoint) && !admitted.has(codePoint)) {
      throw new SourceError(file, lineNumber, `no invisible or unusual character (${note})`, codePointToName(codePoint), column);
    }
  }
}

/** Applies {@link checkLineCharacters} to every line of a text. */
export function checkTextCharacters(text: string, file: string, admitted?: ReadonlySet<number>, note?: string): void {
  text.split(/\r\n|\r|\n/).forEach((line, index) => checkLineCharacters(index === 0 ? line.replace(/^\uFEFF/, '') : line, file, index + 1, admitted, note));
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Decodes a file as UTF-8, refusing any byte sequence that is not UTF-8
 * rather than replacing it with U+FFFD. A byte-order mark is kept (the
 * parsers drop it), so line and column numbers stay those of the file.
 *
 * @example bytesToText(new Uint8Array([0xe9, 0x99, 0x84]), 'x.txt') // → '附'
 * @example bytesToText(new Uint8Array([0x41, 0xff]), 'x.txt') // throws x.txt:1:2: expected UTF-8 text, found the byte 0xFF, which does not begin …
 */
export function bytesToText(bytes: Uint8Array, file: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    // Find the first bad byte: decode leniently and walk the result, matching
    // each character against the bytes it came from. A U+FFFD the file really
    // holds (EF BF BD) is skipped here; the character policy refuses it later.
    const text = lenient.decode(bytes);
    let offset = 0;
    let line = 1;
    let column = 0;
    let previous = '';
    for (const char of text) {
      // Count lines as the parsers do: at LF, CRLF or a lone CR.
      if (previous === '\r' ? char !== '\n' : previous === '\n') {
        line += 1;
        column = 0;
      }
      previous = char;
      column += 1;
      const isReal = char !== '\uFFFD' || (bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd);
      if (!isReal) {
        const byte = (bytes[offset] as number).toString(16).toUpperCase().padStart(2, '0');
        throw new SourceError(file, line, 'UTF-8 text', `the byte 0x${byte}, which does not begin a complete UTF-8 character`, column);
      }
      offset += Buffer.byteLength(char, 'utf8');
    }
    throw new SourceError(file, line, 'UTF-8 text', 'a sequence that is not UTF-8');
  }
}
