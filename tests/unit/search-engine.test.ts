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
