import { describe, expect, test } from 'vitest';
import { LINKS_PER_1000_CHARACTERS } from '../../src/lib/emit/marks.ts';
import { ROLES } from '../../src/lib/schema/agency.ts';
import { LANGS } from '../../src/lib/schema/languages.ts';
import { agencyPath, documentPath, taskPath } from '../../src/lib/text/paths.ts';
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

describe('agency pages', () => {
  const agencyPages = corpus.agencies.flatMap((agency) => LANGS.map((lang) => ({ agency, lang, path: agencyPath(lang, agency.id) })));

  test('show only the roles a body plays: no empty list, no count of nought, no link to a list that is not there', () => {
    for (const { agency, path } of agencyPages) {
      const $ = readPage(path);
      const main = $('main');
      for (const role of ROLES) {
        const section = main.find(`section[aria-labelledby="${role}"]`);
        expect(section.length, `${path} ${role}`).toBe(agency.counts[role] > 0 ? 1 : 0);
        if (agency.counts[role] > 0) expect(section.find('li').length, `${path} ${role}`).toBe(agency.counts[role]);
      }
      expect(main.text(), path).not.toMatch(/[（(]0[）)]|\b0 tasks?\b|\s0$/m);
      for (const link of main.find('a[href^="#"]').get()) expect(main.find($(link).attr('href')!).length, `${path} ${$(link).attr('href')}`).toBe(1);
      expect(main.find('.muted').filter((_, e) => /^(无|none)$/.test($(e).text().trim())).length, path).toBe(0);
    }
  });

  test('count in the grammar of the language: one task, two tasks; a body, not bodies', () => {
    for (const { agency, path } of agencyPages.filter((p) => p.lang === 'en')) {
      const summary = readPage(path)('dl.facts dt:contains("Roles in the tasks") + dd').text();
      expect(summary, path).not.toMatch(/\b(one|1) tasks\b|\b([2-9]|\d\d+|two|three|four|five|six|seven|eight|nine|ten) task\b/);
      if (agency.counts.lead === 1) expect(summary, path).toContain('eads one task');
      const kind = readPage(path)('dl.facts dt:contains("Type") + dd').text();
      expect(kind, path).not.toMatch(/bodies$/);
    }
    expect(readPage('/en/agencies/xiamen-municipal-bureau-of-commerce/')('dl.facts').text()).toContain('Leads eight tasks and cooperates on nine tasks');
    expect(readPage('/zh/agencies/xiamen-municipal-bureau-of-commerce/')('dl.facts').text()).toContain('牵头八项任务和配合九项任务');
  });

  test('say, for a document whose attachment names no bodies, that it names none and where the plan assigns responsibility', () => {
    const opening = corpus.documents.find((d) => d.id === 'services-opening')!;
    expect(opening.responsibilitySection).toBe('6-2');
    for (const { agency, lang, path } of agencyPages) {
      const line = readPage(path)(`main p:has(a[href="${documentPath(lang, 'services-opening')}#section-6-2"])`);
      const expected = agency.listedIn.includes('services-opening') || agency.level !== 'national';
      expect(line.length, path).toBe(expected ? 1 : 0);
    }
    expect(readPage('/zh/agencies/pboc-xiamen-branch/')('main').text()).toContain('附件没有列出各项任务的责任单位');
  });
});

describe('task pages', () => {
  test('name one lead unit in the singular and several in the plural', () => {
    for (const task of corpus.tasks.filter((t) => t.assignment)) {
      const $ = readPage(taskPath('en', task));
      const lead = $('dl.facts dt')
        .filter((_, dt) => /^Lead unit/.test($(dt).text()))
        .text();
      expect(lead, task.id).toBe(task.assignment!.lead.length === 1 ? 'Lead unit' : 'Lead units');
    }
  });
});
