import { describe, expect, test } from 'vitest';
import { chineseSpans, latinSpans, lengthsToBoundaries, lengthsToText, queryToTerms, sameName, textToLengths } from '../../src/lib/search/match.ts';

describe('chineseSpans', () => {
  const cut = (...words: string[]) => ({ text: words.join(''), boundaries: lengthsToBoundaries(words.map((w) => w.length)) });

  test('finds a word, a word within a longer word, and a run of words', () => {
    const { text, boundaries } = cut('开展', '中国人民银行', '征信', '业务');
    expect(chineseSpans(text, boundaries, '人民银行')).toEqual([[4, 8]]);
    expect(chineseSpans(text, boundaries, '中国人民银行征信')).toEqual([[2, 10]]);
  });

  test('does not find characters that meet across two words, neither end at a boundary', () => {
    const { text, boundaries } = cut('执行', '相关', '税收', '政策');
    expect(chineseSpans(text, boundaries, '关税')).toEqual([]);
    expect(chineseSpans(text, boundaries, '税收')).toEqual([[4, 6]]);
  });

  test('matches Latin letters inside Chinese as whole words', () => {
    const { text, boundaries } = cut('开展', 'QFLP', '试点');
    expect(chineseSpans(text, boundaries, 'QFLP')).toEqual([[2, 6]]);
    expect(chineseSpans(text, boundaries, 'QFL')).toEqual([]);
  });
});

describe('latinSpans', () => {
  test('finds whole words by their stem, never a prefix or a part', () => {
    expect(latinSpans('Protect patents and copyright', 'patent')).toEqual([[8, 15]]);
    expect(latinSpans('measures for services', 'forex')).toEqual([]);
    expect(latinSpans('measures for services', 'for')).toEqual([[9, 12]]);
    expect(latinSpans('safety and security', 'safe')).toEqual([]);
  });

  test('finds a phrase only where its words stand together', () => {
    expect(latinSpans('the international trade Single Window', 'single window')).toEqual([[24, 37]]);
    expect(latinSpans('single, window', 'single window')).toEqual([]);
    expect(latinSpans('visa-free entry', 'visa free')).toEqual([[0, 9]]);
  });

  test('takes a word in capitals as an abbreviation, found only in capitals', () => {
    expect(latinSpans('keep it safe and SAFE', 'SAFE')).toEqual([[17, 21]]);
    expect(latinSpans('Keep it Safe', 'SAFE')).toEqual([]);
  });
});

describe('queryToTerms', () => {
  test('splits Chinese at spaces, keeps words in Latin letters together, drops punctuation around Chinese', () => {
    expect(queryToTerms(' 外汇  收支 ')).toEqual(['外汇', '收支']);
    expect(queryToTerms('SAFE Xiamen Branch')).toEqual(['SAFE Xiamen Branch']);
    expect(queryToTerms('QFLP 试点 Single Window')).toEqual(['QFLP', '试点', 'Single Window']);
    expect(queryToTerms('“单一窗口”')).toEqual(['单一窗口']);
    expect(queryToTerms('，。')).toEqual([]);
  });
});

describe('sameName', () => {
  test('folds width, spaces and, outside abbreviations, case', () => {
    expect(sameName('ＰＢＯＣ', 'PBOC')).toBe(true);
    expect(sameName('ministry  of commerce', 'Ministry of Commerce')).toBe(true);
    expect(sameName('safe', 'SAFE')).toBe(false);
    expect(sameName('人民银行', '人民银行厦门市分行')).toBe(false);
  });
});

describe('lengthsToText', () => {
  test('writes each length in one digit, or three past 35, and reads them back', () => {
    for (const lengths of [[1, 2, 35], [36, 1, 1295], []]) expect(textToLengths(lengthsToText(lengths))).toEqual(lengths);
    expect(lengthsToText([2, 2, 11])).toBe('22b');
    expect(() => lengthsToText([0])).toThrow(/cannot be written/);
  });
});
