/**
 * A set of code points written compactly, for a list the browser must carry:
 * the gaps between successive code points, each in five-bit digits, most
 * significant first. A digit from DIGITS[32…63] is followed by more; one from
 * DIGITS[0…31] ends the gap. Most gaps between Han characters fit one digit,
 * so the list costs about a byte per character instead of three.
 */
const DIGITS = '0123456789abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&*';

/**
 * @example codePointsToText([0x5916, 0x532f]) // → the same set, written compactly (order does not matter)
 */
export function codePointsToText(codePoints: Iterable<number>): string {
  let previous = 0;
  let text = '';
  for (const codePoint of [...new Set(codePoints)].sort((a, b) => a - b)) {
    let gap = codePoint - previous;
    previous = codePoint;
    const digits = [gap & 31];
    for (gap >>= 5; gap > 0; gap >>= 5) digits.unshift((gap & 31) + 32);
    text += digits.map((d) => DIGITS[d]).join('');
  }
  return text;
}

/**
 * The set of characters a compact text (see {@link codePointsToText}) holds.
 *
 * @example textToCharacterSet(codePointsToText(['匯'.codePointAt(0)!])).has('匯') // → true
 */
export function textToCharacterSet(text: string): Set<string> {
  const set = new Set<string>();
  let codePoint = 0;
  let gap = 0;
  for (const char of text) {
    const digit = DIGITS.indexOf(char);
    if (digit < 0) throw new Error(`not a code point set: ${char}`);
    gap = gap * 32 + (digit & 31);
    if (digit < 32) {
      codePoint += gap;
      set.add(String.fromCodePoint(codePoint));
      gap = 0;
    }
  }
  return set;
}
