const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * Reads a Chinese numeral from 一 to 九十九, as section headings use them.
 * Returns null for anything else.
 *
 * @example
 * chineseNumeralToNumber('十四') // → 14
 * chineseNumeralToNumber('二十') // → 20
 */
export function chineseNumeralToNumber(numeral: string): number | null {
  if (numeral.length === 1 && numeral in DIGITS) return DIGITS[numeral] ?? null;
  const match = /^([一二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(numeral);
  if (!match) return null;
  const [, tens = '', units = ''] = match;
  return (tens === '' ? 1 : (DIGITS[tens] ?? 0)) * 10 + (units === '' ? 0 : (DIGITS[units] ?? 0));
}
