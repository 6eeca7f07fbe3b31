import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { corpusToOpenData } from '../../src/lib/open-data/records.ts';
import { TABLES } from '../../src/lib/open-data/tables.ts';
import { csvCell } from '../../src/lib/open-data/csv.ts';
import { openAgencySchema, openCategorySchema, openDocumentSchema, openPrioritySchema, openTaskSchema } from '../../src/lib/schema/open-data.ts';
import { citableToEnglish, citableToGbt, pageToCitable } from '../../src/lib/text/citation.ts';
import { builtCiting } from '../helpers/citing.ts';
import { textToDescription } from '../../src/lib/text/description.ts';
import { siteOrigin } from '../../src/lib/site/origin.ts';
import { taskDataPath, taskNotFoundPath, taskPath } from '../../src/lib/text/paths.ts';
import { LANGS } from '../../src/lib/schema/languages.ts';
import { sitePaths } from '../../src/lib/site/site-paths.ts';
import { corpus } from '../helpers/corpus.ts';
import { allPages, DIST, readPage } from '../helpers/dist.ts';
import { readProjectFile, SEEDS } from '../helpers/paths.ts';

const origin = siteOrigin();
const data = corpusToOpenData(corpus, origin, builtCiting());
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const readJson = (path: string): unknown => JSON.parse(read(path));
const csv = (path: string): Record<string, string>[] => parse(readFileSync(join(DIST, path)), { bom: true, columns: true, skip_empty_lines: false });

describe('the CSV downloads', () => {
  test('start with a UTF-8 byte-order mark, so Excel reads the Chinese', () => {
    for (const table of TABLES) expect([...readFileSync(join(DIST, 'data', table.path)).subarray(0, 3)], table.path).toEqual([0xef, 0xbb, 0xbf]);
  });

  test('parse back, with a CSV library, into exactly the records (formula-like cells neutralised)', () => {
    for (const table of TABLES) {
      const rows = csv(`data/${table.path}`);
      const expected = table.rows(data).map((row) => Object.fromEntries(table.fields.map((field) => [field.name, String(csvCell(field.value(row as never)))])));
      expect(rows, table.path).toEqual(expected);
    }
  });

  test('hold every task text byte-equal to the source', () => {
    const rows = csv('data/tasks.csv');
    expect(rows).toHaveLength(199);
    for (const row of rows) {
      const source = readProjectFile(SEEDS[row.document as keyof typeof SEEDS]);
      expect(source, row.id).toContain(`\t${row.text_zh}\n`);
      expect(row.text_zh).toBe(corpus.tasks.find((t) => t.id === row.id)?.text.zh);
    }
  });

  test('let a journalist count tasks per lead agency in both languages with no cleaning', () => {
    const rows = csv('data/task-agencies.csv').filter((r) => r.role === 'lead');
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(`${row.agency_zh} | ${row.agency_en}`, (counts.get(`${row.agency_zh} | ${row.agency_en}`) ?? 0) + 1);
    expect(counts.get('市商务局 | Xiamen Municipal Bureau of Commerce')).toBe(8);
    for (const agency of corpus.agencies) expect(counts.get(`${agency.names[0]} | ${agency.en}`) ?? 0, agency.id).toBe(agency.counts.lead);
  });

  test('neutralise a cell a spreadsheet would run as a formula, which the JSON keeps verbatim, and the Data page says so', () => {
    const row = csv('data/tasks.csv').find((r) => r.id === 'services-trade-8');
    expect(row?.supervising_zh).toBe("'-");
    const json = z
      .array(openTaskSchema)
      .parse(readJson('data/tasks.json'))
      .find((t) => t.id === 'services-trade-8');
    expect(json?.supervising.map((s) => s.name.zh)).toEqual(['-']);
    for (const lang of ['zh', 'en'] as const) {
      const page = load(readFileSync(join(DIST, lang, 'data/index.html'), 'utf8'));
      expect(page('main p').text(), lang).toContain(lang === 'zh' ? 'OWASP' : 'as OWASP recommends against CSV injection');
    }
  });
});

describe('the JSON downloads', () => {
  test('validate against the zod schemas', () => {
    expect(z.array(openTaskSchema).parse(readJson('data/tasks.json'))).toEqual(data.tasks);
    expect(z.array(openAgencySchema).parse(readJson('data/agencies.json'))).toEqual(data.agencies);
    expect(z.array(openCategorySchema).parse(readJson('data/categories.json'))).toEqual(data.categories);
    expect(z.array(openDocumentSchema).parse(readJson('data/documents.json'))).toEqual(data.documents);
    expect(z.array(openPrioritySchema).parse(readJson('data/priorities.json'))).toEqual(data.priorities);
  });

  test('carry the plan’s priorities, related tasks and renamed bodies', () => {
    const priorities = z.array(openPrioritySchema).parse(readJson('data/priorities.json'));
    expect(priorities.find((p) => p.id === 'differentiated')?.tasks).toEqual([12, 44, 50, 67, 72].map((n) => `services-opening-${n}`));
    const tasks = csv('data/tasks.csv');
    expect(tasks.find((t) => t.id === 'services-opening-67')?.priorities).toBe('differentiated');
    expect(tasks.find((t) => t.id === 'services-trade-7')?.related_ids?.split('; ')).toContain('services-opening-70');
    const remarked = corpus.tasks.filter((t) => t.details.remark).length;
    expect(priorities.filter((p) => p.id !== 'differentiated').reduce((sum, p) => sum + p.tasks.length, 0)).toBe(remarked);
    const agencies = csv('data/agencies.csv');
    expect(agencies.find((a) => a.id === 'pboc-xiamen-branch')).toMatchObject({ succeeds_id: 'pboc-xiamen-central-sub-branch', succeeded_by_id: '' });
    expect(agencies.find((a) => a.id === 'cbirc-xiamen-office')).toMatchObject({ succeeds_id: '', succeeded_by_id: 'nfra-xiamen-office' });
  });

  test('give every task its own file, linked from its pages', () => {
    for (const task of data.tasks) {
      expect(openTaskSchema.parse(readJson(taskDataPath(task.id))), task.id).toEqual(task);
      for (const lang of ['zh', 'en'] as const) {
        const $ = readPage(taskPath(lang, task));
        expect($(`main a[href="${taskDataPath(task.id)}"]`), task.id).toHaveLength(1);
        expect($(`link[rel="alternate"][type="application/json"]`).attr('href')).toBe(taskDataPath(task.id));
      }
    }
  });

  test('state no number or date for the document whose text states none', () => {
    const documents = z.array(openDocumentSchema).parse(readJson('data/documents.json'));
    expect(documents.find((d) => d.id === 'services-trade')).toMatchObject({ number: null, date: null, issuer: null });
    expect(documents.find((d) => d.id === 'services-opening')).toMatchObject({
      number: { zh: '厦府〔2026〕88号', en: 'Xia Fu [2026] No. 88' },
      date: '2026-03-24',
    });
  });
});

describe('the Data Package', () => {
  const descriptor = readJson('data/datapackage.json') as {
    name: string;
    licenses: { name: string }[];
    sources: { title: string }[];
    resources: {
      name: string;
      path: string;
      format: string;
      schema?: {
        fields: { name: string; type: string; title: string; description: string }[];
        primaryKey: string[];
        foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[];
      };
    }[];
  };

  test('has the required fields, bilingual titles, the sources and a licence', () => {
    expect(descriptor.name).toMatch(/^[a-z0-9._-]+$/);
    expect(descriptor.licenses.length).toBeGreaterThan(0);
    expect(descriptor.sources.map((s) => s.title)).toEqual([
      '厦门市全面深化服务贸易创新发展试点任务、具体举措及责任分工',
      '厦府〔2026〕88号 厦门市人民政府关于印发服务业扩大开放综合试点实施方案的通知',
    ]);
    for (const resource of descriptor.resources) {
      expect(resource.name).toMatch(/^[a-z0-9._-]+$/);
      expect(read(`data/${resource.path}`).length, resource.path).toBeGreaterThan(0);
    }
  });

  test('describes every column of every CSV file, in both languages', () => {
    for (const resource of descriptor.resources.filter((r) => r.format === 'csv')) {
      const header = Object.keys(csv(`data/${resource.path}`)[0] ?? {});
      expect(
        resource.schema?.fields.map((f) => f.name),
        resource.path,
      ).toEqual(header);
      for (const field of resource.schema?.fields ?? []) {
        expect(field.title, field.name).toMatch(/\p{Script=Han}/u);
        expect(field.title, field.name).toMatch(/[A-Za-z]/);
        expect(['string', 'integer']).toContain(field.type);
      }
    }
  });

  test('has primary keys that are unique and foreign keys that resolve', () => {
    const tables = Object.fromEntries(
      descriptor.resources.filter((r) => r.format === 'csv').map((r) => [r.name, { resource: r, rows: csv(`data/${r.path}`) }]),
    );
    const key = (row: Record<string, string>, fields: string[]) => fields.map((f) => row[f]).join('\u0000');
    for (const { resource, rows } of Object.values(tables)) {
      const schema = resource.schema!;
      const keys = rows.map((row) => key(row, schema.primaryKey));
      expect(new Set(keys).size, resource.name).toBe(rows.length);
      for (const foreign of schema.foreignKeys) {
        const target = tables[foreign.reference.resource];
        expect(target, `${resource.name} → ${foreign.reference.resource}`).toBeDefined();
        const targets = new Set(target!.rows.map((row) => key(row, foreign.reference.fields)));
        for (const row of rows) expect(targets.has(key(row, foreign.fields)), `${resource.name}: ${key(row, foreign.fields)}`).toBe(true);
      }
    }
    expect(tables['task-agencies']?.resource.schema?.foreignKeys.map((f) => f.reference.resource)).toEqual(['tasks', 'agencies']);
    expect(tables.tasks?.resource.schema?.foreignKeys.map((f) => f.reference.resource)).toEqual(['categories']);
  });
});

describe('the original texts served', () => {
  const documents = z.array(openDocumentSchema).parse(readJson('data/documents.json'));

  test('each hashes to the one SHA-256 and size that the data, the data package and every page of its document state', () => {
    expect(documents.length).toBeGreaterThan(0);
    const resources = (readJson('data/datapackage.json') as { resources: { path: string; hash?: string; bytes?: number }[] }).resources;
    for (const document of documents) {
      const path = new URL(document.source.url).pathname;
      const served = readFileSync(join(DIST, path));
      expect(createHash('sha256').update(served).digest('hex'), document.id).toBe(document.source.sha256);
      expect(served.length, document.id).toBe(document.source.bytes);
      const resource = resources.find((r) => `/data/${r.path}` === path);
      expect(resource, document.id).toMatchObject({ hash: `sha256:${document.source.sha256}`, bytes: document.source.bytes });
      // Every page that states a hash in this document's folder states this one: the document page, in each language.
      const pages = allPages().filter((path) => new RegExp(`^/[^/]+/${document.id}/`).test(path));
      const stated = pages.flatMap((path) =>
        readPage(path)('code.hash')
          .map((_, el) => readPage(path)(el).text())
          .get(),
      );
      expect(stated.length, document.id).toBe(2);
      expect(new Set(stated), document.id).toEqual(new Set([document.source.sha256]));
      // Each task page links to that block of its document's page, where the file and its hash are.
      for (const path of pages.filter((path) => /\/tasks\/[^/]+\/$/.test(path)))
        expect(readPage(path)(`.provenance a[href$="/${document.id}/#provenance-heading"]`).length, path).toBe(1);
    }
  });
});

describe('identifiers and citation', () => {
  const jsonLd = (path: string) =>
    readPage(path)('script[type="application/ld+json"]')
      .map((_, s) => JSON.parse(readPage(path)(s).text()))
      .get() as Record<string, any>[];

  test('task pages carry schema.org Legislation JSON-LD that names the right task', () => {
    for (const task of data.tasks) {
      for (const lang of ['zh', 'en'] as const) {
        const [ld] = jsonLd(taskPath(lang, task));
        expect(ld?.['@type']).toBe('Legislation');
        expect(ld?.identifier).toBe(task.id);
        expect(ld?.url).toBe(task.url[lang]);
        expect(ld?.inLanguage).toBe(lang === 'zh' ? 'zh-CN' : 'en');
        expect(ld?.isPartOf['@id']).toMatch(new RegExp(`/${lang}/${task.document}/#document$`));
      }
    }
    const [zh] = jsonLd('/zh/services-opening/tasks/12/');
    expect(zh).toMatchObject({ legislationIdentifier: '厦府〔2026〕88号 附件 第12项', isPartOf: { '@id': `${origin}/zh/services-opening/#document` } });
    // The document's facts are stated once, by the node the task names: not again on each task.
    expect(zh).not.toHaveProperty('legislationDate');
    expect(zh).not.toHaveProperty('legislationPassedBy');
    expect(zh).not.toHaveProperty('isBasedOn');
    expect(jsonLd('/zh/services-opening/')[0]).toMatchObject({
      '@id': `${origin}/zh/services-opening/#document`,
      legislationDate: '2026-03-24',
      legislationPassedBy: { name: '厦门市人民政府' },
      isBasedOn: { sha256: data.documents.find((d) => d.id === 'services-opening')!.source.sha256 },
    });
    const [en] = jsonLd('/en/services-opening/tasks/12/');
    expect(en?.encoding).toMatchObject({ inLanguage: 'en', legislationLegalValue: 'https://schema.org/UnofficialLegalValue' });
    expect(en?.translationOfWork['@id']).toBe(`${origin}/zh/services-opening/tasks/12/#task`);
    // The identifier is the work's, stated once on the original's node.
    expect(en).not.toHaveProperty('legislationIdentifier');
    const [trade] = jsonLd('/zh/services-trade/tasks/35/');
    expect(trade).not.toHaveProperty('legislationDate');
    expect(trade).not.toHaveProperty('legislationPassedBy');
  });

  test('document pages carry JSON-LD with their tasks as parts', () => {
    const [ld] = jsonLd('/zh/services-opening/');
    expect(ld).toMatchObject({ '@type': 'Legislation', legislationIdentifier: '厦府〔2026〕88号', legislationDate: '2026-03-24', inLanguage: 'zh-CN' });
    expect(ld?.hasPart).toHaveLength(111);
    expect(ld?.hasPart[11].identifier).toBe('services-opening-12');
  });

  test('each task page has its citations to copy, GB/T 7714 and English, the same as the data gives', () => {
    const citing = builtCiting();
    for (const task of data.tasks) {
      const document = corpus.documents.find((d) => d.id === task.document)!;
      const record = corpus.tasks.find((t) => t.id === task.id)!;
      const citable = (lang: 'zh' | 'en') =>
        pageToCitable(document, record, { lang, url: task.url[lang], site: citing.site[lang], publisher: citing.publisher[lang], accessed: citing.accessed });
      const zh = readPage(taskPath('zh', task));
      const en = readPage(taskPath('en', task));
      expect(zh('#citation-gbt').text(), task.id).toBe(task.citation.zh);
      expect(zh('#citation-gbt').text(), task.id).toBe(citableToGbt(citable('zh')));
      expect(en('#citation-en').text(), task.id).toBe(task.citation.en);
      expect(en('#citation-en').text(), task.id).toBe(citableToEnglish(citable('en')));
      // On the Chinese page, the English form cites the Chinese page; on the English page, GB/T 7714 cites the English one.
      expect(zh('#citation-en').text(), task.id).toBe(citableToEnglish(citable('en'), citable('zh')));
      expect(en('#citation-gbt').text(), task.id).toBe(citableToGbt(citable('en')));
      // The access date is marked for the page's script to bring up to date; in the HTML it is the release date.
      expect(zh('#citation-gbt time[data-access-date="iso"]').attr('datetime')).toBe(citing.accessed);
    }
    expect(readPage('/en/services-opening/tasks/12/')('#citation-en').text()).toContain('Unofficial English translation');
  });

  test('every task on document and category pages has an anchor and a "link to this"', () => {
    for (const path of ['/zh/services-opening/', '/en/services-opening/', '/zh/services-trade/categories/3/', '/en/services-trade/categories/3/']) {
      const $ = readPage(path);
      $('ol.task-list > li[id]').each((_, li) => {
        const id = $(li).attr('id');
        expect($(li).find(`a.anchor-link[href="#${id}"]`).attr('aria-label'), `${path}#${id}`).toBeTruthy();
      });
    }
    expect(readPage('/zh/services-opening/')('#section-2-1 a.anchor-link').attr('href')).toBe('#section-2-1');
  });
});

describe('web plumbing', () => {
  // The pages that answer a missing address (a document's not-found page) have no address of their own to announce.
  const answersMissing = (p: string) => readPage(p)('meta[name="robots"]').attr('content') === 'noindex';
  const pages = allPages().filter((p) => (p.startsWith('/zh/') || p.startsWith('/en/')) && !answersMissing(p));

  test('keeps out of search engines, the sitemap and canonical links exactly the pages that answer a missing address', () => {
    const missing = allPages().filter(answersMissing);
    expect(missing).toEqual(expect.arrayContaining(['/404.html', ...corpus.documents.flatMap((d) => LANGS.map((lang) => taskNotFoundPath(lang, d.id)))]));
    expect(missing).toHaveLength(1 + 2 * corpus.documents.length);
    for (const path of missing) expect(readPage(path)('link[rel="canonical"]').length, path).toBe(0);
  });

  test('the sitemap lists every page in both languages, each with its hreflang alternates', () => {
    const $ = load(read('sitemap.xml'), { xml: true });
    const locs = $('url > loc')
      .map((_, l) => $(l).text())
      .get();
    const expected = (['zh', 'en'] as const).flatMap((lang) => sitePaths(corpus, lang)).map((p) => `${origin}${p}`);
    expect(locs).toEqual(expected);
    expect(locs.map((l) => l.slice(origin.length)).sort()).toEqual([...pages].sort());
    $('url').each((_, url) => {
      const links = $(url)
        .find('xhtml\\:link')
        .map((_, l) => $(l).attr('hreflang'))
        .get();
      expect(links).toEqual(['zh-CN', 'en', 'x-default']);
    });
  });

  test('robots.txt allows crawling and names the sitemap', () => {
    expect(read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`);
  });

  test('every page names its canonical URL at the configured origin, with OpenGraph and Twitter metadata', () => {
    for (const path of pages) {
      const $ = readPage(path);
      expect($('link[rel="canonical"]').attr('href'), path).toBe(`${origin}${path}`);
      expect($('meta[property="og:url"]').attr('content'), path).toBe(`${origin}${path}`);
      for (const property of ['og:title', 'og:description', 'og:type', 'og:site_name', 'og:locale'])
        expect($(`meta[property="${property}"]`).attr('content'), `${path} ${property}`).toBeTruthy();
      // X takes the title and description from OpenGraph: only the card type is its own.
      expect($('meta[name="twitter:card"]').attr('content'), path).toBe('summary');
      expect($('meta[name^="twitter:"]'), path).toHaveLength(1);
    }
  });

  test('the 404 page asks not to be indexed and names no canonical address: it answers for addresses that do not exist', () => {
    const $ = readPage('/404.html');
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('link[rel="canonical"]')).toHaveLength(0);
    expect($('meta[property="og:url"]')).toHaveLength(0);
  });

  test('a task page describes itself with the start of its text', () => {
    const task = data.tasks[11]!;
    expect(readPage(taskPath('zh', task))('meta[property="og:description"]').attr('content')).toBe(textToDescription(task.text.zh));
    expect(readPage(taskPath('en', task))('meta[property="og:description"]').attr('content')).toBe(textToDescription(task.text.en));
    // A long text is cut after a whole word and says so with an ellipsis.
    const long = data.tasks.find((t) => t.text.en.length > 400)!;
    const cut = readPage(taskPath('en', long))('meta[name="description"]').attr('content')!;
    expect(cut).toMatch(/[A-Za-z)”]…$/);
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(long.text.en.startsWith(cut.slice(0, -1))).toBe(true);
    expect(long.text.en[cut.length - 1]).toMatch(/[\s,;:]/);
    expect(readPage(taskPath('zh', task))('meta[property="og:type"]').attr('content')).toBe('article');
  });
});
