import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LANGS, langToTag, tagToLang } from '../../src/lib/schema/languages.ts';
import { indexTokens } from '../../src/lib/search/full-text.ts';
import { textToLengths } from '../../src/lib/search/match.ts';
import { documentPath, partAnchor, sectionAnchor } from '../../src/lib/text/paths.ts';
import { corpus } from '../helpers/corpus.ts';
import { allPages, DIST, readPage } from '../helpers/dist.ts';
import { readPagefindRecords } from '../helpers/pagefind-records.ts';

/*
 * The full-text index the build writes (src/integrations/pagefind.ts): one
 * Pagefind index per `<html lang>`, the prose of every document page and
 * nothing else, a record per section addressed by its anchor, each with its
 * text verbatim and the tokens the page looks it up by.
 */
const records = readPagefindRecords();
const pageOf = (url: string) => url.split('#')[0]!;
const documentPages = LANGS.flatMap((lang) => corpus.documents.map((d) => documentPath(lang, d.id))).sort();

describe('the full-text index', () => {
  test('has one index per language, keyed as Pagefind keys <html lang>: exactly zh-CN and en', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    // Pagefind's script looks the index up by the page's tag in small letters; any other key would fall back to the largest index.
    expect(Object.keys(entry.languages).sort()).toEqual(LANGS.map((lang) => langToTag(lang).toLowerCase()).sort());
    expect(Object.keys(entry.languages).map(tagToLang).sort()).toEqual([...LANGS].sort());
    for (const page of documentPages) expect(readPage(page)('html').attr('lang'), page).toBe(langToTag(page.startsWith('/en/') ? 'en' : 'zh'));
    for (const [key, index] of Object.entries(entry.languages)) expect(index.page_count, key).toBe(records.filter((r) => r.language === key).length);
  });

  test('indexes every document page in both languages, and no task page nor any other page', () => {
    expect([...new Set(records.map((r) => pageOf(r.url)))].sort()).toEqual(documentPages);
    expect(records.filter((r) => /\/tasks\//.test(r.url))).toEqual([]);
    // The pages marked for the index are exactly the document pages.
    expect(allPages().filter((p) => readPage(p)('[data-pagefind-body]').length > 0)).toEqual(documentPages);
    for (const record of records) expect(record.language, record.url).toBe(langToTag(record.url.startsWith('/en/') ? 'en' : 'zh').toLowerCase());
  });

  test('has a record for every heading of a document page’s prose, addressed by its anchor, and none for a task list', () => {
    for (const page of documentPages) {
      const $ = readPage(page);
      const headings = $('[data-pagefind-body] :is(h1, h2, h3, h4, h5, h6)[id]').filter(
        (_, e) =>
          $(e).parents('[data-pagefind-ignore]').length === 0 &&
          $(e)
            .parents('[lang]')
            .filter((_, p) => p.tagName !== 'html').length === 0,
      );
      const anchor = (e: Parameters<typeof $>[0]) => `${page}#${$(e).attr('id')}`;
      // A heading of the document's words has a record; a part's name the page supplies (left out) has one when its part has words.
      const named = headings
        .filter((_, e) => $(e).attr('data-pagefind-ignore') === undefined)
        .map((_, e) => anchor(e))
        .get();
      const all = headings.map((_, e) => anchor(e)).get();
      const indexed = records.filter((r) => pageOf(r.url) === page && r.url.includes('#')).map((r) => r.url);
      if (page.endsWith('/services-opening/')) expect(named.length, page).toBeGreaterThan(15);
      expect(indexed, page).toEqual(expect.arrayContaining(named));
      expect(all, page).toEqual(expect.arrayContaining(indexed));
      expect(
        indexed.filter((url) => /#(?:category|task)-/.test(url)),
        page,
      ).toEqual([]);
    }
  });

  test('holds every passage and every section of prose verbatim, in the record of its anchor, in each language the page shows', () => {
    for (const lang of LANGS) {
      for (const document of corpus.documents) {
        const page = documentPath(lang, document.id);
        const onPage = records.filter((r) => pageOf(r.url) === page);
        const textsOf = (record: (typeof records)[number]) => [record.section.text.zh, record.section.text.en ?? ''];
        for (const part of document.parts)
          for (const block of part.blocks) {
            if (block.kind !== 'passage') continue;
            for (const edition of lang === 'zh' ? (['zh'] as const) : (['en', 'zh'] as const)) {
              const text = block.text[edition];
              expect(
                onPage.some((r) => textsOf(r).some((t) => t.includes(text))),
                `${page}: ${part.key} ${text.slice(0, 30)}`,
              ).toBe(true);
            }
          }
        for (const section of corpus.sections.filter((s) => s.document === document.id)) {
          // A section with a heading has a record of its own; unnumbered prose (a notice's) is its part's.
          const url = `${page}#${section.heading ? sectionAnchor(section.key) : partAnchor(section.part)}`;
          const record = onPage.find((r) => r.url === url);
          expect(record, url).toBeDefined();
          for (const paragraph of section.paragraphs) {
            expect(record!.section.text.zh, section.id).toContain(paragraph.zh);
            if (lang === 'en') expect(record!.section.text.en, section.id).toContain(paragraph.en);
          }
        }
      }
    }
  });

  test('leaves out what is not the documents’ words: the facts, the contents, the task lists, the provenance, the anchors’ signs', () => {
    for (const record of records) {
      const all = `${record.section.text.zh}\n${record.section.text.en ?? ''}`;
      expect(all, record.url).not.toMatch(/SHA-256|第1项|#/);
    }
    const task = corpus.tasks.find((t) => t.document === 'services-opening')!;
    expect(records.some((r) => r.section.text.zh.includes(task.text.zh))).toBe(false);
  });

  test('gives each record its Chinese words, which give back its text, and the tokens of its texts', () => {
    for (const record of records) {
      const lengths = textToLengths(record.section.text.words);
      expect(
        lengths.reduce((a, b) => a + b, 0),
        record.url,
      ).toBe(record.section.text.zh.length);
      for (const text of [record.section.text.zh, record.section.text.en ?? ''].filter(Boolean))
        expect(` ${record.tokens} `, record.url).toContain(` ${indexTokens(text)} `);
      // The translation's records hold the translation and the original; the original's, the original alone.
      expect(record.section.text.en === undefined, record.url).toBe(record.url.startsWith('/zh/'));
    }
  });
});
