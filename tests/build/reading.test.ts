import { describe, expect, test } from 'vitest';
import { LINKS_PER_1000_CHARACTERS } from '../../src/lib/emit/marks.ts';
import { LANGS } from '../../src/lib/schema/languages.ts';
import { documentPath, taskPath } from '../../src/lib/text/paths.ts';
import { corpus } from '../helpers/corpus.ts';
import { allPages, readPage } from '../helpers/dist.ts';

const pages = allPages();

/**
 * The running text of a page, as a reader meets it: the documents' own texts
 * (`.record-text`, see RecordText.astro), without the cards a term opens.
 * What a thumb can land on in it: a link, or anything focusable, counted once
 * (a term's card, and the link in it, are shown only once the term is tapped).
 */
function runningText(path: string) {
  const $ = readPage(path);
  const texts = $('main .record-text');
  const characters = texts.clone().find('.term-card').remove().end().text().replace(/\s+/g, '').length;
  const targets = texts.find('a[href], [tabindex], button, summary').filter((_, element) => $(element).parents('.term-card').length === 0);
  return { characters, targets: targets.length, terms: texts.find('.term[tabindex]') };
}

describe('running text', () => {
  const measured = pages.map((path) => ({ path, ...runningText(path) })).filter((page) => page.characters > 0);

  test('is on every task page and every page of a document with prose', () => {
    const withProse = new Set(corpus.sections.filter((s) => s.paragraphs.length > 0).map((s) => s.document));
    const expected = LANGS.flatMap((lang) => [
      ...corpus.tasks.map((task) => taskPath(lang, task)),
      ...[...withProse].map((document) => documentPath(lang, document)),
    ]);
    expect(expected).toHaveLength(2 * (199 + 1));
    expect(measured.map((page) => page.path)).toEqual(expect.arrayContaining(expected));
  });

  test(`carries at most ${LINKS_PER_1000_CHARACTERS} links per 1,000 characters on every page`, () => {
    const dense = measured
      .filter((page) => page.targets * 1000 > page.characters * LINKS_PER_1000_CHARACTERS)
      .map((page) => `${page.path}: ${page.targets} in ${page.characters}`);
    expect(dense).toEqual([]);
    // The rule leaves links where they help: the plan's clauses, and terms with a note.
    expect(measured.reduce((sum, page) => sum + page.targets, 0)).toBeGreaterThan(100);
  });

  test('gives every marked term a card with its other language, its note and its glossary entry, readable without leaving the page', () => {
    const $ = readPage('/zh/services-opening/');
    const terms = $('main .record-text .term[tabindex]');
    expect(terms.length).toBeGreaterThan(5);
    terms.each((_, element) => {
      const card = $(element).children('.term-card');
      expect(card.attr('data-pagefind-ignore')).toBe('');
      expect(card.children('.term-hint').attr('lang')).toBe('en');
      expect(card.children('.term-note').text().length).toBeGreaterThan(10);
      expect(card.find('a').attr('href')).toMatch(/^\/zh\/glossary\/#/);
    });
    const english = readPage('/en/services-opening/')('main .parallel-translation .record-text .term[tabindex]').first();
    expect(english.find('.term-hint').attr('lang')).toBe('zh-CN');
    expect(english.find('a').attr('href')).toMatch(/^\/en\/glossary\/#/);
  });

  test('marks no term inside a clause, where only a tooltip could show it', () => {
    for (const path of ['/zh/services-opening/', '/en/services-opening/']) {
      const $ = readPage(path);
      expect($('main .clause').length, path).toBeGreaterThan(0);
      expect($('main .clause .term').length, path).toBe(0);
    }
  });
});
