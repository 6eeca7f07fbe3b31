import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { PROFILES } from '../../src/lib/open-data/datapackage.ts';
import { DIST } from '../helpers/dist.ts';
import { readTable, validateTables, type TableResource } from '../helpers/table-schema.ts';
import { readProjectFile } from '../helpers/paths.ts';
import yaml from 'js-yaml';

const read = (path: string) => readFileSync(join(DIST, 'data', path));
const descriptor = JSON.parse(read('datapackage.json').toString('utf8')) as Record<string, unknown>;
const latest = (yaml.load(readProjectFile('content/changes.yaml'), { schema: yaml.JSON_SCHEMA }) as { date: string; version: string }[])[0]!;

/** The properties Data Package v2 asks of a descriptor, and those this one promises. */
const v2Descriptor = z.object({
  $schema: z.literal(PROFILES.package),
  name: z.string().regex(/^[a-z0-9._-]+$/),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  created: z.iso.datetime(),
  contributors: z.array(z.object({ title: z.string().min(1), roles: z.array(z.string()).min(1) })).min(1),
  licenses: z.array(z.object({ name: z.string(), path: z.url(), title: z.string() })).min(1),
  resources: z
    .array(
      z.object({
        name: z.string().regex(/^[a-z0-9._-]+$/),
        path: z.string(),
        $schema: z.literal(PROFILES.resource),
        type: z.literal('table').optional(),
        schema: z
          .object({ $schema: z.literal(PROFILES.table) })
          .passthrough()
          .optional(),
      }),
    )
    .min(1),
});

describe('datapackage.json', () => {
  test('follows Data Package v2: its profile, a version and the date of the latest change, contributors and licences', () => {
    const parsed = v2Descriptor.parse(descriptor);
    expect(parsed.version).toBe(latest.version);
    expect(parsed.created).toBe(`${String(latest.date)}T00:00:00Z`);
    expect(parsed.contributors[0]?.roles).toContain('publisher');
  });

  test('lists every file, and every file it lists is served', () => {
    const resources = descriptor.resources as { name: string; path: string }[];
    expect(new Set(resources.map((r) => r.name)).size).toBe(resources.length);
    for (const r of resources) expect(existsSync(join(DIST, 'data', r.path)), r.path).toBe(true);
  });

  test('every table resource reads against its Table Schema: header, types, required values, unique primary keys, resolved foreign keys', () => {
    const tables = (descriptor.resources as (TableResource & { type?: string })[]).filter((r) => r.type === 'table');
    expect(tables.map((t) => t.path)).toEqual(['tasks.csv', 'task-agencies.csv', 'agencies.csv', 'categories.csv', 'priorities.csv']);
    expect(validateTables(tables, read)).toEqual([]);
  });
});

describe('the Table Schema reader of the tests', () => {
  // The reader must be able to fail: each broken table below is caught.
  const schema = {
    fields: [
      { name: 'id', type: 'string', constraints: { required: true } },
      { name: 'n', type: 'integer' },
      { name: 'parent', type: 'string' },
    ],
    primaryKey: ['id'],
    foreignKeys: [{ fields: ['parent'], reference: { resource: '', fields: ['id'] } }],
    missingValues: [''],
  };
  const check = (csv: string) => validateTables([{ name: 't', path: 't.csv', schema }], () => Buffer.from(`\uFEFF${csv}`));

  test('passes a good table, its byte-order mark dropped', () => {
    expect(check('id,n,parent\r\na,1,\r\nb,2,a\r\n')).toEqual([]);
    expect(readTable(Buffer.from('\uFEFFid\r\nx\r\n')).header).toEqual(['id']);
  });

  test('finds a wrong header, a wrong type, a missing required value, a repeated key and a dangling reference', () => {
    expect(check('id,num,parent\r\na,1,\r\n')[0]).toMatch(/header/);
    expect(check('id,n,parent\r\na,one,\r\n')).toEqual(['t.csv:2 n: "one" is not of type integer']);
    expect(check('id,n,parent\r\n,1,\r\n')).toEqual(['t.csv:2 id: required, but missing']);
    expect(check('id,n,parent\r\na,1,\r\na,2,\r\n')).toEqual(['t.csv:3: primary key ["a"] is not unique']);
    expect(check('id,n,parent\r\na,1,z\r\n')).toEqual(['t.csv:2: foreign key ["z"] is not a row of t.csv']);
  });
});

describe('catalog.jsonld', () => {
  const catalog = JSON.parse(read('catalog.jsonld').toString('utf8')) as Record<string, unknown>;
  const langs = (values: unknown) => (values as { '@language': string }[]).map((v) => v['@language']).sort();

  test('is a DCAT catalogue with Chinese and English titles, its context inline (nothing to fetch)', () => {
    expect(catalog['@type']).toBe('dcat:Catalog');
    expect(catalog['@context']).toMatchObject({ dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/' });
    expect(langs(catalog['dct:title'])).toEqual(['en', 'zh-CN']);
    expect(langs(catalog['dct:description'])).toEqual(['en', 'zh-CN']);
  });

  test('describes the dataset with the package’s version and date, and a distribution for every file, each served', () => {
    const [dataset] = catalog['dcat:dataset'] as Record<string, unknown>[];
    expect(dataset?.['dcat:version']).toBe(latest.version);
    expect(dataset?.['dct:modified']).toEqual({ '@value': String(latest.date), '@type': 'xsd:date' });
    const distributions = dataset?.['dcat:distribution'] as Record<string, { '@id': string }>[];
    const files = (descriptor.resources as { path: string }[]).map((r) => r.path);
    expect(distributions.map((d) => new URL(d['dcat:downloadURL']!['@id']).pathname.replace('/data/', '')).sort()).toEqual(
      ['datapackage.json', ...files].sort(),
    );
    for (const d of distributions) expect(langs(d['dct:title'])).toEqual(['en', 'zh-CN']);
  });

  test('is announced on the data page', () => {
    const html = readFileSync(join(DIST, 'zh/data/index.html'), 'utf8');
    expect(html).toContain('href="/data/catalog.jsonld"');
  });
});
