import { describe, expect, test } from 'vitest';
import { englishSortKey, groupByInitial, termToPinyin } from '../../src/lib/site/glossary-index.ts';
import { cssString, printDate, printProperties, readableAddress } from '../../src/lib/site/print.ts';
import { numbersToRanges } from '../../src/lib/text/format.ts';

describe('termToPinyin', () => {
  test('reads a character in its word, and leaves punctuation out', () => {
    expect(termToPinyin('厦门自贸片区')).toBe('xia4 men2 zi4 mao4 pian4 qu1');
    expect(termToPinyin('银行')).toBe('yin2 hang2');
    expect(termToPinyin('“两业”融合')).toBe('liang3 ye4 rong2 he2');
  });
});

describe('englishSortKey', () => {
  test('sorts a rendering without its leading article or quotation mark', () => {
    expect(englishSortKey('the CPC Central Committee and the State Council')).toBe('cpc central committee and the state council');
    expect(englishSortKey('“Single Window”')).toBe('single window”');
  });
});

describe('groupByInitial', () => {
  test('groups A to Z, then #, each group in the order of its keys, ties by the tie-breaker', () => {
    const groups = groupByInitial(
      ['bei4 an4', '3+1', 'bao3 shui4', 'an1 quan2', 'bao3 shui4'],
      (k) => k,
      (k) => k,
    );
    expect(groups).toEqual([
      { initial: 'A', entries: ['an1 quan2'] },
      { initial: 'B', entries: ['bao3 shui4', 'bao3 shui4', 'bei4 an4'] },
      { initial: '#', entries: ['3+1'] },
    ]);
  });
});

describe('print furniture', () => {
  test('writes a CSS string no text can break out of', () => {
    expect(cssString('厦门 "site"')).toBe('"厦门 \\"site\\""');
    expect(cssString('a\\b\nc</style>')).toBe('"a\\\\b\\a c\\3c /style>"');
  });

  test('writes the print date as the language writes dates', () => {
    expect(printDate(new Date(2026, 11, 2), 'zh')).toBe('2026年12月2日');
    expect(printDate(new Date(2026, 0, 9), 'en')).toBe('9 January 2026');
  });

  test('sets the three properties the margin boxes show', () => {
    expect(printProperties({ site: 'S', url: 'https://example.gov.cn/zh/', date: '打印日期：' })).toBe(
      ':root{--print-site:"S";--print-url:"https://example.gov.cn/zh/";--print-date:"打印日期："}',
    );
  });
});

describe('numbersToRanges', () => {
  test('writes numbers as the runs they make', () => {
    expect(numbersToRanges([3, 1, 2, 5, 7, 6, 6])).toEqual([
      [1, 3],
      [5, 7],
    ]);
    expect(numbersToRanges([])).toEqual([]);
  });
});

describe('readableAddress', () => {
  test('decodes what prints legibly and leaves an address that does not decode as it is', () => {
    expect(readableAddress('https://example.org/zh/search/?q=%E5%A4%96%E6%B1%87&agency=x')).toBe('https://example.org/zh/search/?q=外汇&agency=x');
    // decodeURI keeps the escapes that would change the address's meaning (a # or & inside a value).
    expect(readableAddress('https://example.org/zh/search/?q=a%26b')).toBe('https://example.org/zh/search/?q=a%26b');
    expect(readableAddress('https://example.org/zh/search/?q=%E5%A4')).toBe('https://example.org/zh/search/?q=%E5%A4');
  });
});
