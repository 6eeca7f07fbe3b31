import { describe, expect, test } from 'vitest';
import { chineseNumeralToNumber } from '../../src/lib/parse/chinese-numerals.ts';

describe('chineseNumeralToNumber', () => {
  test.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十四', 14],
    ['二十', 20],
    ['二十三', 23],
    ['九十九', 99],
  ])('reads %s as %i', (numeral, value) => {
    expect(chineseNumeralToNumber(numeral)).toBe(value);
  });

  test.each(['', '十十', '一二', '百', '1', '〇'])('refuses %j', (numeral) => {
    expect(chineseNumeralToNumber(numeral)).toBeNull();
  });
});
