import { describe, expect, test } from 'vitest';
import { describe as describeField, openDataToExamples } from '../../src/lib/open-data/tables.ts';
import { formatList, listSeparators } from '../../src/lib/text/format.ts';

describe('formatList', () => {
  test('joins in English with commas and a final "and" or "or"', () => {
    expect(formatList(['a'], 'en', 'and')).toBe('a');
    expect(formatList(['a', 'b'], 'en', 'or')).toBe('a or b');
    expect(formatList(['a', 'b', 'c'], 'en', 'and')).toBe('a, b and c');
  });

  test('joins in Chinese with 、 and 和/或, spaced only where the joining word meets a Latin letter', () => {
    expect(formatList(['services-trade', 'services-opening'], 'zh', 'or')).toBe('services-trade 或 services-opening');
    expect(formatList(['甲（一）', 'b（二）'], 'zh', 'and')).toBe('甲（一）和 b（二）');
    expect(formatList(['甲', '乙', '丙'], 'zh', 'and')).toBe('甲、乙和丙');
  });
});

describe('describe', () => {
  test('fills a description’s examples from the records, whatever the documents are', () => {
    const examples = openDataToExamples({
      documents: [{ id: 'first-doc' }, { id: 'second-doc' }] as never,
      tasks: [{ id: 'first-doc-1' }] as never,
      categories: [{ id: 'first-doc/1' }] as never,
    });
    const text = { zh: '如 {taskId}、{categoryId}；{documentIds}；{document}-{number}', en: 'e.g. {taskId}, {categoryId}; {documentIds}; {document}-{number}' };
    expect(describeField(text, 'zh', examples)).toBe('如 first-doc-1、first-doc/1；first-doc 或 second-doc；{document}-{number}');
    expect(describeField(text, 'en', examples)).toBe('e.g. first-doc-1, first-doc/1; first-doc or second-doc; {document}-{number}');
  });
});

describe('listSeparators', () => {
  test('gives what stands before each item, as formatList joins them', () => {
    expect(listSeparators(['a', 'b', 'c'], 'en', 'and')).toEqual(['', ', ', ' and ']);
    expect(listSeparators(['牵头3项任务', '配合2项任务', '在1项任务中列为上级部门'], 'zh', 'and')).toEqual(['', '、', '和']);
    expect(listSeparators(['only'], 'en', 'and')).toEqual(['']);
    for (const items of [['A'], ['A', 'B'], ['商务部', 'QFLP', '外汇局']])
      for (const lang of ['zh', 'en'] as const) {
        const separators = listSeparators(items, lang, 'or');
        expect(items.map((item, i) => `${separators[i]}${item}`).join('')).toBe(formatList(items, lang, 'or'));
      }
  });
});
