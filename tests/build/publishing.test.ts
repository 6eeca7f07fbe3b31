import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, test } from 'vitest';
import { cslItemSchema } from '../../src/lib/schema/citation.ts';
import { siteOrigin } from '../../src/lib/site/origin.ts';
import {
  aboutPath,
  agencyFeedPath,
  agencyPath,
  categoryFeedPath,
  categoryPath,
  changesPath,
  citationFilePath,
  documentFeedPath,
  documentPath,
  siteFeedPath,
  taskPath,
} from '../../src/lib/text/paths.ts';
import { builtCiting } from '../helpers/citing.ts';
import { corpus } from '../helpers/corpus.ts';
import { allPages, DIST, pathToFile, readPage } from '../helpers/dist.ts';
import { readProjectFile } from '../helpers/paths.ts';
import yaml from 'js-yaml';

const origin = siteOrigin();
const LANGS = ['zh', 'en'] as const;
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
/** The change log as curated: what every feed and the changes page must say, newest first. */
const changes = (
  yaml.load(readProjectFile('content/changes.yaml'), { schema: yaml.JSON_SCHEMA }) as {
    id: string;
    date: string;
    version: string;
    title: Record<string, string>;
  }[]
).map((c) => ({ ...c, date: String(c.date) }));

/** Every feed the build wrote, as site paths. */
const feeds = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.atom'))
  .map((entry) => `/${relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
  .sort();

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['entry', 'link'].includes(name), textNodeName: 'text' });
type Link = { rel?: string; href: string };
type Entry = { id: string; title: string | { text: string }; updated: string; published?: string; link: Link[]; summary?: unknown; content?: unknown };
type AtomFeed = { feed: { xmlns: string; id: string; title: string; updated: string; link: Link[]; entry?: Entry[] } };
const textOf = (value: string | { text: string }) => (typeof value === 'string' ? value : value.text);

describe('the Atom feeds', () => {
  test('are written for the site, each document, each category and each body, in both languages', () => {
    const expected = LANGS.flatMap((lang) => [
      siteFeedPath(lang),
      ...corpus.documents.map((d) => documentFeedPath(lang, d.id)),
      ...corpus.categories.map((c) => categoryFeedPath(lang, c.document, c.ordinal)),
      ...corpus.agencies.map((a) => agencyFeedPath(lang, a.id)),
    ]).sort();
    expect(feeds).toEqual(expected);
  });

  test('are well-formed Atom: id, title, updated, a self link to the feed and an alternate link to its page, entries newest first and dated by the change log', () => {
    const known = new Map(changes.map((c) => [c.id, c]));
    for (const path of feeds) {
      const text = read(path);
      expect(SyntaxValidator.validate(text), path).toBe(true);
      const { feed } = xml.parse(text) as AtomFeed;
      expect(feed.xmlns, path).toBe('http://www.w3.org/2005/Atom');
      expect(feed.id, path).toMatch(/^tag:[^,]+,\d{4}-\d{2}-\d{2}:/);
      expect(feed.title, path).toBeTruthy();
      const self = feed.link.find((l) => l.rel === 'self');
      const alternate = feed.link.find((l) => l.rel === 'alternate');
      expect(self?.href, path).toBe(new URL(path, origin).href);
      expect(pathToFile(new URL(alternate?.href ?? '', origin).pathname), path).not.toBeNull();
      const entries = feed.entry ?? [];
      expect(entries.length, path).toBeGreaterThan(0);
      // The feed is as new as its newest entry, never the build's clock.
      expect(feed.updated, path).toBe(entries[0]?.updated);
      const ids = new Set<string>();
      let previous = '9999';
      for (const entry of entries) {
        const change = known.get(entry.link[0]?.href.split('#')[1] ?? '');
        expect(change, `${path}: ${entry.link[0]?.href}`).toBeDefined();
        expect(entry.updated, path).toBe(`${change?.date}T00:00:00.000Z`);
        expect(entry.updated <= previous, path).toBe(true);
        previous = entry.updated;
        expect(ids.has(entry.id), path).toBe(false);
        ids.add(entry.id);
        expect(entry.link[0]?.href.startsWith(new URL(changesPath(path.startsWith('/en/') ? 'en' : 'zh'), origin).href), path).toBe(true);
      }
    }
  });

  test('the site feed has every change; a task revised in a pass is in its document’s, its category’s and its lead body’s feed', () => {
    const { feed } = xml.parse(read(siteFeedPath('en'))) as AtomFeed;
    expect((feed.entry ?? []).map((e) => textOf(e.title))).toEqual(changes.map((c) => c.title.en));
    // services-opening 101 was revised by the second reader: it is in its document's feed and in its category's.
    const task = corpus.tasks.find((t) => t.id === 'services-opening-101')!;
    for (const path of [documentFeedPath('zh', task.document), categoryFeedPath('zh', task.document, task.category)]) {
      const text = read(path);
      expect(text, path).toContain('english-second-reader');
      expect(text, path).toContain(new URL(taskPath('zh', task), origin).href);
    }
    // A body's feed holds only the changes to tasks that name it.
    const lead = corpus.tasks.find((t) => t.id === 'services-trade-5')!.assignment!.lead[0]!.agency!;
    expect(read(agencyFeedPath('en', lead))).toContain('english-second-reader');
    const untouched = corpus.agencies.find((a) => a.listedIn.length > 0 && a.counts.lead + a.counts.cooperating + a.counts.supervising === 0);
    if (untouched) {
      const { feed: bodyFeed } = xml.parse(read(agencyFeedPath('en', untouched.id))) as AtomFeed;
      expect((bodyFeed.entry ?? []).map((e) => e.link[0]?.href.split('#')[1])).toEqual(['first-publication']);
    }
  });

  test('are announced on their pages with <link rel="alternate" type="application/atom+xml">, and the site feed on every page', () => {
    const announced = (page: string) =>
      readPage(page)('link[rel="alternate"][type="application/atom+xml"]')
        .map((_, el) => readPage(page)(el).attr('href'))
        .get();
    for (const lang of LANGS) {
      for (const page of allPages().filter((p) => p.startsWith(`/${lang}/`))) expect(announced(page), page).toContain(siteFeedPath(lang));
      for (const d of corpus.documents) expect(announced(documentPath(lang, d.id))).toContain(documentFeedPath(lang, d.id));
      for (const c of corpus.categories) expect(announced(categoryPath(lang, c.document, c.ordinal))).toContain(categoryFeedPath(lang, c.document, c.ordinal));
      for (const a of corpus.agencies) expect(announced(agencyPath(lang, a.id))).toContain(agencyFeedPath(lang, a.id));
    }
  });
});

describe('the changes page', () => {
  test('lists every change with its date, version and the texts it revised, each a link that resolves', () => {
    for (const lang of LANGS) {
      const $ = readPage(changesPath(lang));
      expect(
        $('section.change h2')
          .map((_, h) => $(h).attr('id'))
          .get(),
      ).toEqual(changes.map((c) => c.id));
      for (const change of changes) {
        const section = $(`section.change:has(h2#${change.id})`);
        expect(section.find('time').attr('datetime')).toBe(change.date);
        expect(section.text()).toContain(change.version);
      }
    }
    // The second reader's pass names services-opening 101, which anyone who quoted its English must be able to find.
    expect(
      readPage(changesPath('en'))('section.change:has(h2#english-second-reader) a')
        .map((_, a) => readPage(changesPath('en'))(a).attr('href'))
        .get(),
    ).toContain('/en/services-opening/tasks/101/');
  });

  test('a task page says when its English was last revised, and links to that change', () => {
    const $ = readPage('/en/services-opening/tasks/101/');
    expect($('.provenance a[href="/en/changes/#english-second-reader"] time').attr('datetime')).toBe('2026-12-02');
    // Task 2 of the plan was never revised.
    expect(readPage('/en/services-opening/tasks/2/')('.provenance').text()).toContain('not revised since first publication');
  });
});

describe('who stands behind the site', () => {
  test('every footer links to the About page and the changes, and says how current the texts are', () => {
    for (const page of allPages().filter((p) => /^\/(zh|en)\//.test(p))) {
      const $ = readPage(page);
      const lang = page.startsWith('/en/') ? 'en' : 'zh';
      expect($(`.site-footer a[href="${aboutPath(lang)}"]`).length, page).toBe(1);
      expect($(`.site-footer a[href="${changesPath(lang)}"]`).length, page).toBeGreaterThan(0);
    }
  });

  test('shows a placeholder that says it is one, while content/site.yaml holds one (a local build)', () => {
    const site = yaml.load(readProjectFile('content/site.yaml')) as Record<string, { placeholder?: boolean }>;
    const $ = readPage(aboutPath('zh'));
    for (const key of ['publisher', 'contact', 'errorReports']) if (site[key]?.placeholder) expect($('.placeholder').text(), key).toContain('占位');
    expect(readPage(aboutPath('en'))('.placeholder').first().text()).toMatch(/^\[Placeholder: /);
  });

  test('the About page says what the site is and is not, and how the text is checked, in both languages', () => {
    expect(readPage(aboutPath('zh'))('main').text()).toContain('各文件的正式文本以发文机关公布的为准');
    expect(readPage(aboutPath('en'))('main').text()).toContain(
      'the official text of each document is the one its issuing authority publishes'.replace(/^t/, 'T'),
    );
    for (const lang of LANGS)
      for (const d of corpus.documents) expect(readPage(aboutPath(lang))(`main time[datetime="${d.checked}"]`).length).toBeGreaterThan(0);
  });

  test('document and task pages give the date the text was checked and its official publication, "not stated" where it is not known', () => {
    for (const d of corpus.documents) {
      for (const path of [
        documentPath('zh', d.id),
        taskPath(
          'zh',
          corpus.tasks.find((t) => t.document === d.id)!,
        ),
      ]) {
        const $ = readPage(path);
        expect($(`.provenance time[datetime="${d.checked}"]`).length, path).toBe(1);
        const publication = $('.provenance dt')
          .filter((_, dt) => $(dt).text() === '正式发布')
          .next('dd')
          .text();
        expect(publication, path).toBe(d.publication ? expect.any(String) : '原文未载明');
      }
    }
  });

  test('the masthead of the original is a captioned quotation, not the site’s own banner', () => {
    for (const lang of LANGS) {
      const $ = readPage(documentPath(lang, 'services-opening'));
      const figure = $('figure.masthead-quote').first();
      expect(figure.find('blockquote').text().trim()).toBe(lang === 'zh' ? '厦门市人民政府文件' : "Xiamen Municipal People's Government Document");
      expect(figure.find('figcaption').text()).toMatch(lang === 'zh' ? /原文版头.*本站不是发文机关/ : /quoted.*not the issuer/);
      expect($('.masthead').length).toBe(0);
    }
  });

  test('JSON-LD marks both languages as of no legal value, and says how current the text is', () => {
    for (const lang of LANGS) {
      for (const path of [documentPath(lang, 'services-opening'), taskPath(lang, corpus.tasks[0]!)]) {
        const json = JSON.parse(readPage(path)('script[type="application/ld+json"]').text()) as Record<string, unknown>;
        expect(json.encoding, path).toMatchObject({ legislationLegalValue: 'https://schema.org/UnofficialLegalValue' });
        expect(json.legislationDateVersion, path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });
});

describe('the citation downloads', () => {
  const citing = builtCiting();
  const pages = [
    ...corpus.documents.map((d) => ({ id: d.id, path: (lang: 'zh' | 'en') => documentPath(lang, d.id) })),
    ...corpus.tasks.map((t) => ({ id: t.id, path: (lang: 'zh' | 'en') => taskPath(lang, t) })),
  ];

  test('every document and task page links to its citation as CSL-JSON, BibTeX and RIS, and every file is there', () => {
    for (const lang of LANGS)
      for (const page of pages)
        for (const extension of ['json', 'bib', 'ris']) {
          const href = citationFilePath(lang, page.id, extension);
          expect(readPage(page.path(lang))(`.citation a[href="${href}"]`).length, href).toBe(1);
          expect(pathToFile(href), href).not.toBeNull();
        }
  });

  test('the three files of a page parse, each with its own parser, to the same record: title, URL, access date, and the issuer and date only where the text states them', () => {
    for (const lang of LANGS) {
      for (const page of pages) {
        const url = new URL(page.path(lang), origin).href;
        const [csl] = cslItemSchema
          .array()
          .length(1)
          .parse(JSON.parse(read(citationFilePath(lang, page.id, 'json'))));
        expect(csl?.URL).toBe(url);
        expect(csl?.accessed).toEqual({ 'date-parts': [citing.accessed.split('-').map(Number)] });
        const document = corpus.documents.find((d) => page.id === d.id || page.id.startsWith(`${d.id}-`))!;
        expect(Boolean(csl?.issued), page.id).toBe(document.date !== null);
        expect(Boolean(csl?.author), page.id).toBe(document.issuer !== null);

        // BibTeX, read by the parser of Better BibTeX (not the library that wrote it).
        const bib = parseBibtex(read(citationFilePath(lang, page.id, 'bib')));
        expect(bib.errors, page.id).toEqual([]);
        expect(bib.entries).toHaveLength(1);
        const fields = bib.entries[0]!.fields as Record<string, unknown>;
        expect(fields.url).toBe(url);
        expect(fields.urldate).toBe(citing.accessed);
        expect(fields.title).toBe(csl?.title);
        expect(fields.date).toBe(document.date ?? undefined);

        // RIS: every line a tag, two spaces, a hyphen; TY first, ER last; and it reads back to the record.
        const ris = read(citationFilePath(lang, page.id, 'ris'));
        const lines = ris.trimEnd().split('\n');
        for (const line of lines) expect(line, page.id).toMatch(/^[A-Z][A-Z0-9] {2}-( |$)/);
        expect(lines[0]).toBe('TY  - ELEC');
        expect(lines.at(-1)).toBe('ER  -');
        const [back] = new Cite(ris).data as { title: string; URL: string; accessed: unknown }[];
        expect(back?.title).toBe(csl?.title);
        expect(back?.URL).toBe(url);
        expect(back?.accessed).toEqual(csl?.accessed);
      }
    }
  });
});
