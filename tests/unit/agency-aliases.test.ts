import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { registrySchema } from '../../src/lib/schema/agency.ts';
import { readProjectFile } from '../helpers/paths.ts';

const raw = yaml.load(readProjectFile('content/agencies.yaml')) as { agencies: Record<string, unknown>[] };
const registry = registrySchema.parse(raw);

describe('the aliases of content/agencies.yaml', () => {
  test('are listed for every entry, if only as an empty list with the reason above it', () => {
    expect(raw.agencies.filter((entry) => !Array.isArray(entry.aliases)).map((entry) => entry.id)).toEqual([]);
  });

  test("never give a national body a Xiamen office's name, nor a Xiamen body a national one", () => {
    const national = registry.agencies.filter((a) => a.level === 'national');
    const xiamen = registry.agencies.filter((a) => a.level === 'xiamen-municipal' || a.level === 'xiamen-office-of-national');
    expect(national.flatMap((a) => a.aliases.filter((alias) => /厦门|Xiamen/.test(alias.name)).map((alias) => `${a.id}: ${alias.name}`))).toEqual([]);
    expect(
      xiamen.flatMap((a) => a.aliases.filter((alias) => !(alias.lang === 'zh' ? /厦/ : /Xiamen/).test(alias.name)).map((alias) => `${a.id}: ${alias.name}`)),
    ).toEqual([]);
  });

  test('make the longer name exist wherever a national name is inside a Xiamen one', () => {
    const name = (id: string) => registry.agencies.find((a) => a.id === id)!.aliases.map((alias) => alias.name);
    expect(name('pboc-xiamen-central-sub-branch')).toContain('中国人民银行厦门市中心支行');
    expect(name('pboc-xiamen-branch')).toContain('中国人民银行厦门市分行');
    expect(name('safe-xiamen-branch')).toContain('国家外汇管理局厦门市分局');
    expect(name('xiamen-municipal-tax-service')).toContain('国家税务总局厦门市税务局');
    expect(name('peoples-bank-of-china')).toEqual(expect.arrayContaining(['中国人民银行', 'PBOC', 'PBC']));
    expect(name('state-administration-of-foreign-exchange')).toEqual(expect.arrayContaining(['国家外汇管理局', 'SAFE']));
  });
});
