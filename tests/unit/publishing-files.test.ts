import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, test } from 'vitest';
import { changesToEntries } from '../../src/lib/build/changes.ts';
import { dataPackage, PROFILES } from '../../src/lib/open-data/datapackage.ts';
import { dcatCatalog } from '../../src/lib/open-data/dcat.ts';
import { corpusToOpenData } from '../../src/lib/open-data/records.ts';
import { cslItemSchema } from '../../src/lib/schema/citation.ts';
import { siteEntrySchema } from '../../src/lib/schema/publishing.ts';
import { citableToFile } from '../../src/lib/site/citation-files.ts';
import { changesToAtom, feedSpecOf } from '../../src/lib/site/feeds.ts';
import { recordFiles } from '../../src/lib/site/record-files.ts';
import { mayBeRecordFile, siteOpenData, siteRecords } from '../../src/lib/site/records.ts';
import { createSiteIndex } from '../../src/lib/site/site-index.ts';
import { changeToTexts } from '../../src/lib/site/touched.ts';
import { pageToCitable } from '../../src/lib/text/citation.ts';
import { corpus } from '../helpers/corpus.ts';
import { inputs } from '../helpers/inputs.ts';

const site = createSiteIndex(corpus);
const changes = changesToEntries(inputs.changes, corpus, () => 1);
const publisher = siteEntrySchema.parse({ id: 'site', ...inputs.site });
const origin = 'https://policy.example.gov.cn';

describe('changeToTexts', () => {
  const change = (id: string) => changes.find((c) => c.id === id)!;

  test('names and links every text a change touched: a whole document as itself, tasks by their titles', () => {
    expect(changeToTexts(change('first-publication'), site, 'zh').map((t) => t.path)).toEqual(['/zh/services-trade/', '/zh/services-opening/']);
    const texts = changeToTexts(change('english-second-reader'), site, 'en');
    expect(texts).toContainEqual({ label: expect.stringMatching(/task 101$/), path: '/en/services-opening/tasks/101/' });
  });

  test('links a section by its anchor, unnumbered prose by its part, and the opening part by the page itself', () => {
    const paths = changeToTexts(change('english-first-pass'), site, 'zh').map((t) => t.path);
    expect(paths).toContain('/zh/services-opening/#section-2-1');
    expect(paths).toContain('/zh/services-opening/#plan'); // the preamble: prose without a heading of its own
    expect(paths).toContain('/zh/services-opening/'); // the front matter opens the page
    expect(paths).toContain('/zh/services-opening/categories/13/');
  });
});

describe('feedSpecOf', () => {
  const sources = { site, changes, publisher };

  test('scopes each kind of page to its changes, with its own paths', () => {
    const document = feedSpecOf({ kind: 'document', document: 'services-trade' }, 'zh', sources);
    expect([document.path, document.page]).toEqual(['/zh/services-trade/feed.atom', '/zh/services-trade/']);
    expect(document.changes.every((c) => c.affects.every((s) => s.document === 'services-trade'))).toBe(true);
    const category = feedSpecOf({ kind: 'category', document: 'services-opening', ordinal: 13 }, 'en', sources);
    expect(category.path).toBe('/en/services-opening/categories/13/feed.atom');
    expect(category.changes.map((c) => c.id)).toContain('english-third-pass');
    const agency = feedSpecOf({ kind: 'agency', agency: 'ministry-of-commerce' }, 'en', sources);
    expect(agency.path).toBe('/en/agencies/ministry-of-commerce/feed.atom');
    expect(agency.changes.length).toBeGreaterThan(0);
    const all = feedSpecOf({ kind: 'site' }, 'zh', sources);
    expect([all.path, all.page, all.changes.length]).toEqual(['/zh/feed.atom', '/zh/changes/', changes.length]);
    expect(all.publisher).toBeNull();
  });

  test('writes a well-formed feed from the spec', () => {
    expect(SyntaxValidator.validate(changesToAtom(feedSpecOf({ kind: 'agency', agency: 'ministry-of-commerce' }, 'zh', sources), origin))).toBe(true);
  });
});

describe('citableToFile', () => {
  const task = corpus.tasks.find((t) => t.id === 'services-opening-12')!;
  const document = site.document(task.document);
  const citable = pageToCitable(document, task, {
    lang: 'zh',
    url: `${origin}/zh/services-opening/tasks/12/`,
    site: '厦门服务业开放政策',
    publisher: null,
    accessed: '2026-12-02',
  });

  test('writes CSL-JSON as an array of one item of the record', () => {
    const [item] = cslItemSchema
      .array()
      .length(1)
      .parse(JSON.parse(citableToFile(citable, 'csl')));
    expect(item?.title).toBe('厦门市人民政府关于印发服务业扩大开放综合试点实施方案的通知: 厦府〔2026〕88号 附件 第12项');
  });

  test('writes BibLaTeX that a BibTeX parser reads back, with the Chinese as it is and the access date', () => {
    const { entries, errors } = parseBibtex(citableToFile(citable, 'bib'));
    expect(errors).toEqual([]);
    expect(entries[0]?.type).toBe('online');
    expect(entries[0]?.fields).toMatchObject({ urldate: '2026-12-02', date: '2026-03-24', url: `${origin}/zh/services-opening/tasks/12/` });
    expect(entries[0]?.fields.title).toContain('厦府〔2026〕88号');
  });

  test('writes RIS with every field on one line', () => {
    const ris = citableToFile(citable, 'ris');
    for (const line of ris.trimEnd().split('\n')) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}-( |$)/);
    expect(ris).toContain('\nAU  - 厦门市人民政府\n');
  });
});

describe('the open data’s descriptors', () => {
  const data = corpusToOpenData(corpus, origin, { site: { zh: '站', en: 'Site' }, publisher: { zh: null, en: null }, accessed: '2026-12-02' });
  const release = { version: '1.4.0', date: '2026-12-02', issued: '2026-11-22', publisher: { zh: '［占位］', en: '[Placeholder]' }, publisherPath: null };

  test('datapackage.json declares Data Package v2, its version, date and contributors, and a Table Schema per CSV file', () => {
    const descriptor = dataPackage(data, origin, release);
    expect(descriptor).toMatchObject({ $schema: PROFILES.package, version: '1.4.0', created: '2026-12-02T00:00:00Z' });
    expect(descriptor.contributors).toEqual([{ title: '[Placeholder] · ［占位］', roles: ['publisher'] }]);
    const tables = descriptor.resources.filter((r) => 'schema' in r);
    expect(tables.map((r) => r.path)).toEqual(['tasks.csv', 'task-agencies.csv', 'agencies.csv', 'categories.csv', 'priorities.csv']);
    for (const table of tables) expect(table).toMatchObject({ type: 'table', schema: { $schema: PROFILES.table } });
  });

  test('catalog.jsonld gives the catalogue and each distribution a title in each language', () => {
    const catalog = dcatCatalog(data, origin, release);
    expect(catalog['dct:title'].map((t) => t['@language'])).toEqual(['zh-CN', 'en']);
    const [dataset] = catalog['dcat:dataset'];
    expect(dataset?.['dcat:version']).toBe('1.4.0');
    for (const d of dataset?.['dcat:distribution'] ?? []) expect(d['dct:title']).toHaveLength(2);
  });
});

describe('recordFiles', () => {
  const records = siteRecords(corpus, changes, publisher);
  const files = recordFiles(records, new URL(origin));
  const { documents, categories, agencies, tasks } = corpus;

  test('lists each page’s three citation files and feed, in each language, and each task’s JSON, each path once', () => {
    const paths = files.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    const count = (pattern: RegExp) => paths.filter((p) => pattern.test(p)).length;
    expect(count(/^\/data\/citations\/(zh|en)\/[^/]+\.(json|bib|ris)$/)).toBe(2 * 3 * (documents.length + tasks.length));
    expect(count(/\/feed\.atom$/)).toBe(2 * (1 + documents.length + categories.length + agencies.length));
    expect(count(/^\/data\/tasks\/[^/]+\.json$/)).toBe(tasks.length);
    expect(paths).toHaveLength(2 * 3 * (documents.length + tasks.length) + 2 * (1 + documents.length + categories.length + agencies.length) + tasks.length);
  });

  test('every path it lists is one the development server looks up, and no page is', () => {
    for (const { path } of files) expect(mayBeRecordFile(path), path).toBe(true);
    for (const page of ['/zh/', '/en/services-trade/tasks/12/', '/data/tasks.json', '/data/documents.json', '/zh/agencies/'])
      expect(mayBeRecordFile(page), page).toBe(false);
  });

  test('gives each file the type nginx serves it with, and the text its own function writes', () => {
    const file = (path: string) => files.find((f) => f.path === path)!;
    expect(file('/en/services-trade/categories/3/feed.atom').type).toBe('application/atom+xml; charset=utf-8');
    expect(file('/en/services-trade/categories/3/feed.atom').text()).toBe(
      changesToAtom(feedSpecOf({ kind: 'category', document: 'services-trade', ordinal: 3 }, 'en', { site, changes: records.changes, publisher }), origin),
    );
    expect(file('/data/citations/zh/services-opening-12.ris').type).toBe('application/x-research-info-systems; charset=utf-8');
    expect(file('/data/tasks/services-opening-12.json').type).toBe('application/json');
    const task = siteOpenData(records, new URL(origin)).tasks.find((t) => t.id === 'services-opening-12');
    expect(JSON.parse(file('/data/tasks/services-opening-12.json').text())).toEqual(task);
  });
});
