import { describe, expect, test } from 'vitest';
import { SourceError } from '../../src/lib/parse/source-error.ts';
import { toSourceLines } from '../../src/lib/parse/source-lines.ts';

describe('toSourceLines', () => {
  test('drops a BOM, CRLF and CR line endings, and trailing spaces, keeping line numbers', () => {
    expect(toSourceLines('\uFEFF附件\r\n厦门  \r\n\r末', 'x.txt')).toEqual([
      { number: 1, text: '附件' },
      { number: 2, text: '厦门' },
      { number: 3, text: '' },
      { number: 4, text: '末' },
    ]);
  });

  test('keeps tabs, because a line holding only a tab is an empty table cell', () => {
    expect(toSourceLines('\t\n\t1 \n', 'x.txt').map((l) => l.text)).toEqual(['\t', '\t1', '']);
  });

  test('keeps spaces inside a line', () => {
    expect(toSourceLines('（一）重点聚焦 106 项共性试点任务', 'x.txt')[0]?.text).toBe('（一）重点聚焦 106 项共性试点任务');
  });

  test('refuses a control character, naming the file and line', () => {
    expect(() => toSourceLines('一\n二\u0007', 'seeds/x.txt')).toThrow(new SourceError('seeds/x.txt', 2, 'text without control characters', 'U+0007 in "二\\u0007"'));
  });
});
