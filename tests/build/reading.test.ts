import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LINKS_PER_1000_CHARACTERS } from '../../src/lib/emit/marks.ts';
import { ROLES } from '../../src/lib/schema/agency.ts';
import { LANGS, LANGUAGES } from '../../src/lib/schema/languages.ts';
import { englishSortKey, termToPinyin } from '../../src/lib/site/glossary-index.ts';
import { glossaryToTasks } from '../../src/lib/text/glossary.ts';
import { agencyPath, documentPath, glossaryAnchor, glossaryPath, taskPath } from '../../src/lib/text/paths.ts';
import { corpus } from '../helpers/corpus.ts';
import { allPages, pathToFile, readPage } from '../helpers/dist.ts';
import { inputs } from '../helpers/inputs.ts';

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

describe('the glossary page', () => {
  const count = inputs.glossary.length;

  test.each(LANGS)('(%s) groups every term under its initial, A to Z, with a jump list to each letter', (lang) => {
    const $ = readPage(glossaryPath(lang));
    const groups = $('main section.glossary-group');
    const initials = groups.map((_, g) => $(g).children('h2').text().trim()).get();
    expect(initials.length).toBeGreaterThan(10);
    expect(initials.filter((i) => i !== '#')).toEqual([...initials.filter((i) => i !== '#')].sort());
    expect(
      $('nav.glossary-jump a')
        .map((_, a) => [[$(a).text(), $(a).attr('href')]])
        .get(),
    ).toEqual(groups.map((_, g) => [[$(g).children('h2').text().trim(), `#${$(g).children('h2').attr('id')}`]]).get());
    expect($('main .glossary-term').length).toBe(count);
    // Each term under the initial of its pinyin (Chinese page) or of its English (English page), in order within its letter.
    groups.each((_, group) => {
      const initial = $(group).children('h2').text().trim();
      const keys = $(group)
        .find('.glossary-term')
        .map((_, term) => {
          const zh = $(term).find('h3 [lang="zh-CN"]').first().text();
          return LANGUAGES[lang].original ? termToPinyin(zh) : englishSortKey($(term).find('h3 [lang="en"]').first().text());
        })
        .get();
      for (const key of keys) expect(key.charAt(0).toUpperCase(), `${lang} ${initial}: ${key}`).toBe(initial);
      expect(keys, `${lang} ${initial}`).toEqual([...keys].sort());
    });
  });

  test('puts 厦门自贸片区 under X, 单一窗口 under D, “两业”融合 under L on the Chinese page, and Single Window under S on the English one', () => {
    const zh = readPage('/zh/glossary/');
    const under = ($: ReturnType<typeof readPage>, anchor: string) => $(`[id="${anchor}"]`).closest('section.glossary-group').children('h2').text().trim();
    expect(under(zh, '厦门自贸片区')).toBe('X');
    expect(under(zh, '单一窗口')).toBe('D');
    expect(under(zh, glossaryAnchor('“两业”融合'))).toBe('L');
    expect(under(readPage('/en/glossary/'), '单一窗口')).toBe('S');
  });

  test('gives the number of tasks each term appears in, in the grammar of the language', () => {
    const entries = glossaryToTasks(inputs.glossary, corpus.tasks);
    const en = readPage('/en/glossary/');
    const zh = readPage('/zh/glossary/');
    for (const { term, tasks } of entries) {
      const anchor = `[id="${glossaryAnchor(term.zh)}"] .glossary-count`;
      expect(en(anchor).text(), term.zh).toBe(tasks.length === 1 ? '1 task' : `${tasks.length} tasks`);
      expect(zh(anchor).text(), term.zh).toBe(`${tasks.length}项任务`);
    }
  });

  test('carries a filter box for readers with JavaScript, hidden from those without, with what each term can be found by', () => {
    const $ = readPage('/zh/glossary/');
    expect($('.glossary-filter').is('[hidden][data-needs-script]')).toBe(true);
    expect($(`[id="单一窗口"]`).closest('.glossary-term').attr('data-terms')).toBe('单一窗口\nSingle Window\ndan yi chuang kou');
  });
});

describe('each page’s styles', () => {
  test('are inline for the screen, with paper’s in one stylesheet that holds nothing back (media="print"), and every page names exactly its own <style> elements, by hash, in its Content-Security-Policy, before them', () => {
    const printSheets = new Set<string>();
    for (const path of pages) {
      const html = readFileSync(pathToFile(path)!, 'utf8');
      if (!html.includes('<head>')) continue;
      const links = [...html.matchAll(/<link rel="stylesheet"[^>]*>/g)].map(([link]) => link);
      expect(links, path).toHaveLength(1);
      const print = /^<link rel="stylesheet" href="(\/_astro\/print\.[0-9a-f]+\.css)" media="print">$/.exec(links[0]!);
      expect(print, path).not.toBeNull();
      printSheets.add(print![1]!);
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => `'sha256-${createHash('sha256').update(css!).digest('base64')}'`);
      expect(styles.length, path).toBeGreaterThanOrEqual(1);
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
      expect(policy?.[1], path).toBe(`style-src 'self' ${styles.join(' ')}`);
      expect(html.indexOf(policy![0]), path).toBeLessThan(html.indexOf('<style>'));
      expect(html, path).not.toMatch(/\sstyle="/);
    }
    // One sheet for paper, the whole site's: the page's size, its margin boxes, what print hides; nothing for the screen.
    expect(printSheets.size).toBe(1);
    const print = readFileSync(pathToFile([...printSheets][0]!)!, 'utf8');
    expect(print).toContain('@page{size:A4;margin:');
    expect(print).toContain('@media print{');
    expect(print.replace(/@media print\{(?:[^{}]|\{[^{}]*\})*\}|@page(?::\w+)?\{(?:[^{}]|\{[^{}]*\})*\}/g, '')).toBe('');
  });

  test('are the rules a page uses, and all of them on the search page, whose script renders markup of its own', () => {
    const sheet = (path: string) => [...readFileSync(pathToFile(path)!, 'utf8').matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => css).join('');
    const task = sheet('/zh/services-trade/tasks/8/');
    const search = sheet('/zh/search/');
    expect(task).toContain('.task-text{');
    expect(task).not.toContain('.result-title');
    expect(search).toContain('.result-title');
    expect(search.length).toBeGreaterThan(2 * task.length);
    // Paper's rules are not inline; the page's own print properties are, for the margin boxes.
    expect(task).not.toContain('@page');
    expect(task).not.toContain('@media print');
    expect(task).toMatch(/^:root\{--print-site:/);
  });
});
