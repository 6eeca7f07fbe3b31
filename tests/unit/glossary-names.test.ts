import { describe, expect, test } from 'vitest';
import { queryNames } from '../../src/lib/search/glossary-hint.ts';

const safe = { id: 'safe-xiamen-branch', names: ['外汇局厦门市分局', 'State Administration of Foreign Exchange Xiamen Branch'], label: '外汇局厦门市分局' };
const commerce = { id: 'xiamen-municipal-bureau-of-commerce', names: ['市商务局', 'Xiamen Municipal Bureau of Commerce'], label: '市商务局' };

describe('queryNames', () => {
  test('a Chinese query that is part of a name matches it', () => {
    expect(queryNames('外汇', safe.names)).toBe(true);
    expect(queryNames('外汇局厦门市分局', safe.names)).toBe(true);
  });

  test('a query that holds a whole name matches it', () => {
    expect(queryNames('市商务局牵头', commerce.names)).toBe(true);
  });

  test('a single Chinese character matches nothing', () => {
    expect(queryNames('外', safe.names)).toBe(false);
  });

  test('Latin queries match whole words, whatever their case or width', () => {
    expect(queryNames('foreign exchange', safe.names)).toBe(true);
    expect(queryNames('ＣＯＭＭＥＲＣＥ', commerce.names)).toBe(true);
    expect(queryNames('commer', commerce.names)).toBe(false);
    expect(queryNames('of', commerce.names)).toBe(false);
  });

  test('characters with a meaning in patterns are taken literally', () => {
    expect(queryNames('(.*)', safe.names)).toBe(false);
  });
});
