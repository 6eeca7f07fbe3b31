import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { registrySchema } from '../../src/lib/schema/agency.ts';
import { synonymsSchema, type SynonymGroup } from '../../src/lib/schema/synonyms.ts';
import { readProjectFile, ROOT } from '../helpers/paths.ts';
import { readSeeds, whereInSeeds } from '../helpers/seed-tasks.ts';

const FILE = 'content/synonyms.yaml';
const text = readProjectFile(FILE);
const groups = synonymsSchema.parse(yaml.load(text));
const seeds = readSeeds();
const inSeeds = (word: string) => seeds.whole['services-trade'].includes(word) || seeds.whole['services-opening'].includes(word);

const group = (over: Partial<SynonymGroup>): SynonymGroup => ({ id: 'g', note: 'n', zh: ['香港', '港澳'], en: [], oneWay: true, notInTexts: [], ...over });
const issues = (value: unknown) => {
  const result = synonymsSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

/** The comment above each group: where each Chinese variant occurs, derived from the seeds. */
const commentFor = (g: SynonymGroup): string[] => g.zh.map((word) => `# ${word}: ${whereInSeeds(seeds, word)}`);

/** A comment line {@link commentFor} writes. */
const GENERATED = /^# \S+: (?:services-|neither text)/;

/** The file with the comment above each group replaced by the derived one. */
function withComments(source: string): string {
  const out: string[] = [];
  for (const line of source.split('\n')) {
    const id = /^- id: (\S+)$/.exec(line)?.[1];
    const g = groups.find((candidate) => candidate.id === id);
    if (g) {
      while (GENERATED.test(out.at(-1) ?? '')) out.pop();
      out.push(...commentFor(g));
    }
    out.push(line);
  }
  return out.join('\n');
}

describe('content/synonyms.yaml', () => {
  test('parses with the schema: ids unique, no word in two two-way groups', () => {
    expect(groups.length).toBeGreaterThan(30);
  });

  test('every Chinese variant occurs in a seed, unless it is listed in notInTexts', () => {
    const missing = groups.flatMap((g) => g.zh.filter((word) => !g.notInTexts.includes(word) && !inSeeds(word)).map((word) => `${g.id}: ${word}`));
    expect(missing).toEqual([]);
  });

  test('no word listed in notInTexts occurs in a seed', () => {
    const found = groups.flatMap((g) => g.notInTexts.filter(inSeeds).map((word) => `${g.id}: ${word}`));
    expect(found).toEqual([]);
  });

  test('no group holds the name of a body: those are aliases in the registry', () => {
    const registry = registrySchema.parse(yaml.load(readProjectFile('content/agencies.yaml')));
    const names = new Set(registry.agencies.flatMap((a) => [...a.names, ...a.aliases.map((alias) => alias.name)]));
    expect(groups.flatMap((g) => [...g.zh, ...g.en].filter((word) => names.has(word)))).toEqual([]);
  });

  test('the comment above each group says where its Chinese variants occur in the seeds (UPDATE=1 rewrites them)', () => {
    const expected = withComments(text);
    if (process.env.UPDATE) writeFileSync(join(ROOT, FILE), expected);
    expect(text).toBe(expected);
  });
});

describe('synonymsSchema', () => {
  test('refuses an id two groups share', () => {
    expect(issues([group({ id: 'a' }), group({ id: 'a', zh: ['澳门', '港澳'] })])).toEqual(['1.id: an id no other group has']);
  });

  test('refuses a word in two two-way groups, and admits it where one of them is one-way', () => {
    expect(issues([group({ id: 'a', oneWay: false }), group({ id: 'b', zh: ['澳门', '港澳'], oneWay: false })])).toEqual([
      '1.zh.1: a word in one two-way group at most (make one of them one-way)',
    ]);
    expect(issues([group({ id: 'a', oneWay: false }), group({ id: 'b', zh: ['澳门', '港澳'], oneWay: true })])).toEqual([]);
  });

  test('refuses a word of notInTexts that is not in the zh list, an English word in the zh list, and a Chinese one in the en list', () => {
    expect(issues([group({ notInTexts: ['澳门'] })])).toEqual(['0.notInTexts.0: a word of the group’s zh list']);
    expect(issues([group({ zh: ['香港', 'HK'] })])).toEqual(['0.zh.1: a Chinese word']);
    expect(issues([group({ en: ['Hong Kong', '香港'] })])).toEqual(['0.en.1: an English word, without Chinese characters']);
  });

  test('refuses a group of one word, a word listed twice, and an unknown key', () => {
    expect(issues([group({ zh: ['香港'] })])).toEqual(['0.zh: at least two words in a group']);
    expect(issues([group({ zh: ['香港', '香港'] })])).toEqual(['0.zh.1: a word listed once in its group']);
    expect(issues([{ ...group({}), twoWay: true }])).toEqual(['0: Unrecognized key: "twoWay"']);
  });
});
