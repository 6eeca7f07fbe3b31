import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { describe, expect, test } from 'vitest';
import { glossaryMatches } from '../../src/lib/search/glossary-hint.ts';
import { isLatin, needsSimplified, toSimplified } from '../../src/lib/search/query-forms.ts';
import { codePointsToText, textToCharacterSet } from '../../src/lib/search/code-point-set.ts';
import { TRADITIONAL_CHARACTERS } from '../../src/lib/search/traditional-characters.ts';
import { simplify } from '../../src/lib/search/simplifier.ts';
import { corpus } from '../helpers/corpus.ts';
import { ROOT } from '../helpers/paths.ts';

describe('needsSimplified', () => {
  test('is true for a query with a Traditional character, false for its Simplified form', () => {
    for (const query of ['外匯', '離岸', '臺灣', '單一窗口', '金磚國家']) expect(needsSimplified(query), query).toBe(true);
    for (const query of ['外汇', '离岸', '台湾', '单一窗口', '金砖国家', 'QFLP', '']) expect(needsSimplified(query), query).toBe(false);
  });

  test('is false for every character of the Chinese texts, so no query in their words loads the converter', () => {
    const texts = corpus.tasks.flatMap((t) => [t.text.zh, ...Object.values(t.details).map((d) => d.zh)]);
    const triggering = [...new Set(texts.join(''))].filter((char) => needsSimplified(char));
    expect(triggering).toEqual([]);
  });

  test('knows the characters of opencc-js’s own Traditional → Simplified table (UPDATE=1 regenerates the list)', () => {
    const table = TSCharacters.split('|').map((line) => line.split(' ') as [string, string]);
    const characters = [...new Set(table.filter(([t, s]) => [...t].length === 1 && t !== s).map(([t]) => t))];
    const expected = codePointsToText(characters.map((c) => c.codePointAt(0)!));
    const file = join(ROOT, 'src/lib/search/traditional-characters.ts');
    if (process.env.UPDATE) writeFileSync(file, readFileSync(file, 'utf8').replace(/'[^']*';\n$/, `'${expected}';\n`));
    expect(TRADITIONAL_CHARACTERS).toBe(expected);
    const set = textToCharacterSet(TRADITIONAL_CHARACTERS);
    expect(set.size).toBe(characters.length);
    expect(characters.every((c) => set.has(c))).toBe(true);
    expect(set.size).toBeGreaterThan(3000);
  });
});

describe('toSimplified', () => {
  test('converts Traditional queries to the Simplified words of the texts', async () => {
    expect(await toSimplified('外匯')).toBe('外汇');
    expect(await toSimplified('離岸')).toBe('离岸');
    expect(await toSimplified('臺灣')).toBe('台湾');
    expect(await toSimplified('港澳臺醫師')).toBe('港澳台医师');
  });

  test('returns a Simplified query as it is', async () => {
    expect(await toSimplified('外汇')).toBe('外汇');
    expect(await toSimplified('QFLP')).toBe('QFLP');
  });

  test('simplify uses the phrase tables as well as the characters', () => {
    expect(simplify('臺灣居民參加外匯業務')).toBe('台湾居民参加外汇业务');
    expect(simplify('乾燥')).toBe('干燥');
  });
});

describe('isLatin', () => {
  test('is true for Latin words and terms, false once the query holds Chinese', () => {
    for (const query of ['QFLP', 'PEPPOL', 'BRICS', 'Single Window', 'e-CNY 2.0']) expect(isLatin(query), query).toBe(true);
    for (const query of ['QFLP试点', '外汇', '2026', '']) expect(isLatin(query), query).toBe(false);
  });
});

describe('codePointsToText', () => {
  test('writes a set of code points compactly and reads it back, whatever the gaps', () => {
    const points = [0x41, 0x5916, 0x532f, 0x20000, 0x3400, 0x5917];
    const set = textToCharacterSet(codePointsToText(points));
    expect([...set].sort()).toEqual(points.map((p) => String.fromCodePoint(p)).sort());
    // Three digits to reach 外 (U+5916), one for the gap of 1 to the next.
    expect(codePointsToText([0x5916, 0x5917])).toHaveLength(4);
  });

  test('refuses a text that is not such a set', () => {
    expect(() => textToCharacterSet('外')).toThrow('not a code point set');
  });
});

describe('glossaryMatches', () => {
  const term = (zh: string, en: string) => ({ id: `/zh/glossary/#${zh}`, names: [zh, en], label: `${zh} ${en}` });
  const terms = [term('外汇', 'foreign exchange'), term('离岸', 'offshore'), term('跨境', 'cross-border'), term('跨境电商', 'cross-border e-commerce')];

  test('gives the terms a query names, at most three, with their entries', () => {
    expect(glossaryMatches('跨境电商', terms)).toEqual([
      { title: '跨境电商 cross-border e-commerce', url: '/zh/glossary/#跨境电商' },
      { title: '跨境 cross-border', url: '/zh/glossary/#跨境' },
    ]);
    expect(glossaryMatches('外汇收支', terms).map((m) => m.title)).toEqual(['外汇 foreign exchange']);
  });

  test('puts the term typed first, then the longer terms that hold it', () => {
    const window = [term('国际贸易“单一窗口”', 'international trade Single Window'), term('单一窗口', 'Single Window')];
    expect(glossaryMatches('单一窗口', window).map((m) => m.url)).toEqual(['/zh/glossary/#单一窗口', '/zh/glossary/#国际贸易“单一窗口”']);
    expect(glossaryMatches('single window', window)[0]!.url).toBe('/zh/glossary/#单一窗口');
  });

  test('matches English terms by whole words, and nothing for a query that names none', () => {
    expect(glossaryMatches('Offshore', terms).map((m) => m.url)).toEqual(['/zh/glossary/#离岸']);
    expect(glossaryMatches('off', terms)).toEqual([]);
    expect(glossaryMatches('医疗', terms)).toEqual([]);
  });
});
