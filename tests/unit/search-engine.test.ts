import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { runSearch } from '../../src/lib/search/engine.ts';
import { nearestWords } from '../../src/lib/search/nearest.ts';
import { paramsToState } from '../../src/lib/search/query.ts';
import { corpus } from '../helpers/corpus.ts';
import { ROOT } from '../helpers/paths.ts';
import { corpusToSearchData } from '../helpers/search-data.ts';

const data = corpusToSearchData(corpus);
const fixtures = yaml.load(readFileSync(join(ROOT, 'tests/fixtures/search-queries.yaml'), 'utf8')) as {
  query: string;
  lang: string;
  kind: string;
  expected: string[];
  nearest?: string[];
}[];
const ids = (query: string, params = '') => runSearch(paramsToState(new URLSearchParams(params)), query, data).hits.map((h) => h.task.id);

describe('runSearch on the real texts', () => {
  for (const fixture of fixtures.filter((f) => f.kind !== 'traditional'))
    test(`${fixture.query} finds the tasks the seeds give it`, () => {
      expect([...ids(fixture.query)].sort()).toEqual([...fixture.expected].sort());
    });
});

describe('nearestWords', () => {
  test('offers, for words the texts do not use, words they do use that share their rarer characters or letters', () => {
    for (const fixture of fixtures.filter((f) => f.kind === 'absent' && f.nearest)) {
      const offered = nearestWords(fixture.query, data);
      expect(offered.length, fixture.query).toBeGreaterThan(0);
      for (const word of offered) expect(ids(word).length, word).toBeGreaterThan(0);
      // A Chinese query is offered one of the words a reader would look up instead.
      if (fixture.lang === 'zh')
        expect(
          offered.filter((w) => fixture.nearest!.includes(w)),
          fixture.query,
        ).not.toEqual([]);
    }
    expect(nearestWords('abc', data)).toEqual([]);
  });
});

describe('runSearch explains what it did', () => {
  const answer = (query: string, params = '') => runSearch(paramsToState(new URLSearchParams(params)), query, data);

  test('lists the words it also searched, and finds the query’s own words first', () => {
    const taiwan = answer('台湾');
    expect(taiwan.alsoSearched).toEqual(['对台', '两岸', '港澳台']);
    expect(taiwan.hits.slice(0, 2).map((h) => [h.task.id, h.way])).toEqual([
      ['services-trade-19', 'word'],
      ['services-trade-20', 'word'],
    ]);
    expect(taiwan.hits.slice(2).every((h) => h.way === 'synonym')).toBe(true);
  });

  test('names the body a name found, with the entries of the same body under other names', () => {
    const branch = answer('人民银行厦门市分行');
    expect(branch.bodies).toEqual([
      { term: '人民银行厦门市分行', agency: 'pboc-xiamen-branch', kind: 'document', sameBody: ['pboc-xiamen-central-sub-branch'] },
    ]);
    expect(branch.hits.every((h) => h.way === 'name' && h.named.every((n) => n.agency === 'pboc-xiamen-central-sub-branch'))).toBe(true);
    expect(answer('国家金融监督管理总局').bodies.map((b) => [b.agency, b.kind])).toEqual([['china-banking-and-insurance-regulatory-commission', 'later']]);
  });

  test('offers the bodies whose names only hold a term, and lists none of their tasks for it', () => {
    const forex = answer('外汇');
    expect(forex.bodies).toEqual([]);
    expect(forex.namesHolding).toEqual(expect.arrayContaining(['state-administration-of-foreign-exchange', 'safe-xiamen-branch']));
    expect(forex.hits.every((h) => h.way !== 'name')).toBe(true);
  });

  test('says which documents name no unit per task when a search asks for a body', () => {
    expect(answer('', 'doc=services-opening&agency=xiamen-municipal-bureau-of-commerce')).toMatchObject({ hits: [], unassigned: [{ id: 'services-opening' }] });
    expect(answer('外汇', 'agency=safe-xiamen-branch').unassigned.map((d) => d.id)).toEqual(['services-opening']);
    expect(answer('外汇', 'doc=services-trade&agency=safe-xiamen-branch').unassigned).toEqual([]);
    expect(answer('外汇').unassigned).toEqual([]);
  });

  test('narrows by every filter, and by a role of the body filtered for', () => {
    const lead = answer('', 'agency=safe-xiamen-branch&role=lead').hits.map((h) => h.task.id);
    const any = answer('', 'agency=safe-xiamen-branch').hits.map((h) => h.task.id);
    expect(lead.length).toBeLessThan(any.length);
    expect(lead.every((id) => any.includes(id))).toBe(true);
    expect(answer('', 'pri=differentiated').hits.map((h) => h.task.id)).toEqual([12, 44, 50, 67, 72].map((n) => `services-opening-${n}`));
    expect(answer('数据', 'cat=services-opening/10').hits.every((h) => h.task.category === 'services-opening/10')).toBe(true);
  });

  test('needs every term: words separated by spaces narrow the answer', () => {
    const both = answer('外汇 便利化').hits.map((h) => h.task.id);
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((id) => answer('外汇').hits.some((h) => h.task.id === id))).toBe(true);
    expect(both.length).toBeLessThan(answer('外汇').hits.length);
  });
});
