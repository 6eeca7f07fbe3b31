import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { runSearch } from '../../src/lib/search/engine.ts';
import { paramsToState } from '../../src/lib/search/query.ts';
import { corpus } from '../helpers/corpus.ts';
import { ROOT } from '../helpers/paths.ts';
import { corpusToSearchData } from '../helpers/search-data.ts';

const data = corpusToSearchData(corpus);
const fixtures = yaml.load(readFileSync(join(ROOT, 'tests/fixtures/search-queries.yaml'), 'utf8')) as { query: string; lang: string; kind: string; expected: string[] }[];
const ids = (query: string, params = '') => runSearch(paramsToState(new URLSearchParams(params)), query, data).hits.map((h) => h.task.id);

describe('runSearch on the real texts', () => {
  for (const fixture of fixtures.filter((f) => f.kind !== 'traditional'))
    test(`${fixture.query} finds the tasks the seeds give it`, () => {
      expect([...ids(fixture.query)].sort()).toEqual([...fixture.expected].sort());
    });
});
