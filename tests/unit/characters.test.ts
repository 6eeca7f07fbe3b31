import { describe, expect, test } from 'vitest';
import { bytesToText, codePointToName, isRefusedCodePoint } from '../../src/lib/text/characters.ts';
import { quoteSource, showInvisible } from '../../src/lib/text/source-error.ts';

describe('bytesToText', () => {
  test('decodes UTF-8, keeping a byte-order mark for the parsers to drop', () => {
    expect(bytesToText(Buffer.from('\uFEFF附件\n', 'utf8'), 'x.txt')).toBe('\uFEFF附件\n');
  });

  test('refuses bytes that are not UTF-8 at their line and column, counting lines as the parsers do (LF, CRLF, CR)', () => {
    const bytes = Buffer.concat([Buffer.from('一\r\n二\r三\n四', 'utf8'), Buffer.from([0xff])]);
    expect(() => bytesToText(bytes, 'x.txt')).toThrow('x.txt:4:2: expected UTF-8 text, found the byte 0xFF, which does not begin a complete UTF-8 character');
  });

  test('refuses a character cut short at the end of the file', () => {
    expect(() => bytesToText(Buffer.from([0x41, 0xe9, 0x99]), 'x.txt')).toThrow('x.txt:1:2: expected UTF-8 text, found the byte 0xE9');
  });

  test('tells a U+FFFD the file really holds from one a decoder would make, and leaves the first to the character policy', () => {
    expect(bytesToText(Buffer.from('一\uFFFD', 'utf8'), 'x.txt')).toBe('一\uFFFD');
  });
});

describe('codePointToName', () => {
  test('names a code point as Unicode does, or by its label', () => {
    expect(codePointToName(0x200b)).toBe('U+200B ZERO WIDTH SPACE');
    expect(codePointToName(0x2066)).toBe('U+2066 LEFT-TO-RIGHT ISOLATE');
    expect(codePointToName(0xf0000)).toBe('U+F0000 <private-use-F0000>');
  });
});

describe('isRefusedCodePoint', () => {
  test('refuses the invisible and the unusual, and allows the tab, the space, Chinese and its punctuation', () => {
    for (const c of [0x00, 0x85, 0xad, 0x200d, 0x2028, 0x3000, 0xfeff, 0xe000, 0xfffd, 0x115f]) expect(isRefusedCodePoint(c), c.toString(16)).toBe(true);
    for (const c of ['\t', ' ', '附', '、', '（', '“', '〔', 'Ａ', '％']) expect(isRefusedCodePoint(c.codePointAt(0) as number), c).toBe(false);
  });
});

describe('quoteSource', () => {
  test('shows invisible characters as escapes, and tabs as \\t', () => {
    expect(showInvisible('市\u200B商务局')).toBe('市\\u{200B}商务局');
    expect(quoteSource('1\t向"外资"\u202E开放')).toBe('"1\\t向\\"外资\\"\\u{202E}开放"');
  });
});
