import { describe, expect, test } from 'vitest';
import { MAX_LINE_CHARS, toSourceLines } from '../../src/lib/parse/source-lines.ts';

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

  test('refuses a control character, naming the file, line, column and the code point', () => {
    expect(() => toSourceLines('一\n二\u0007', 'seeds/x.txt')).toThrow(
      'seeds/x.txt:2:2: expected no invisible or unusual character (admit one in seeds/manifest.json if it is meant), found U+0007 ALERT',
    );
  });

  test('refuses a zero-width space, a bidi override, a no-break space, a private-use character and U+FFFD', () => {
    for (const [char, name] of [
      ['\u200B', 'U+200B ZERO WIDTH SPACE'],
      ['\u202E', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
      ['\u00A0', 'U+00A0 NO-BREAK SPACE'],
      ['\uE000', 'U+E000 <private-use-E000>'],
      ['\uFFFD', 'U+FFFD REPLACEMENT CHARACTER'],
      ['\u3000', 'U+3000 IDEOGRAPHIC SPACE'],
    ]) {
      expect(() => toSourceLines(`附件\n市商${char}务局`, 'seeds/x.txt'), name).toThrow(
        `seeds/x.txt:2:3: expected no invisible or unusual character (admit one in seeds/manifest.json if it is meant), found ${name}`,
      );
    }
  });

  test('allows a refused character only where the file admits that code point', () => {
    expect(toSourceLines('市商\u3000务局', 'x.txt', { admitted: new Set([0x3000]) })[0]?.text).toBe('市商\u3000务局');
    expect(() => toSourceLines('市商\u3000务\u200B局', 'x.txt', { admitted: new Set([0x3000]) })).toThrow('x.txt:1:5: expected no invisible');
  });

  test('refuses a line longer than the limit, at its line', () => {
    expect(() => toSourceLines(`一\n${'长'.repeat(MAX_LINE_CHARS + 1)}`, 'x.txt')).toThrow(
      `x.txt:2: expected a line of at most ${MAX_LINE_CHARS} characters, found ${MAX_LINE_CHARS + 1} characters starting "长长长长长长长长长长长长长长长长长长长长…"`,
    );
  });
});
