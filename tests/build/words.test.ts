import { describe, expect, test } from 'vitest';
import { glossaryToTasks, taskGlossaryTerms } from '../../src/lib/text/glossary.ts';
import { taskHeadline } from '../../src/lib/text/headline.ts';
import { glossaryAnchor, glossaryPath, taskPath } from '../../src/lib/text/paths.ts';
import { corpus } from '../helpers/corpus.ts';
import { allPages, readPage } from '../helpers/dist.ts';
import { inputs } from '../helpers/inputs.ts';

const LANGS = ['zh', 'en'] as const;
const { glossary } = inputs;
const zhTasks = corpus.tasks;
const HAN = /\p{Script=Han}/u;

describe.each(LANGS)('the glossary page (%s)', (lang) => {
  const $ = readPage(glossaryPath(lang));
  const entries = glossaryToTasks(glossary, zhTasks);

  test('shows every term with its fixed English, its note, and a link to every task that uses it', () => {
    // Every term once (in the order of its initial, tested in reading.test.ts).
    expect(
      $('section.glossary-term h3')
        .map((_, h) => $(h).attr('id'))
        .get()
        .sort(),
    ).toEqual(glossary.map((term) => glossaryAnchor(term.zh)).sort());
    for (const { term, tasks } of entries) {
      const section = $(`[id="${glossaryAnchor(term.zh)}"]`).closest('section');
      expect(section.find('h3 [lang="zh-CN"]').text(), term.zh).toBe(term.zh);
      expect(section.find('h3').text(), term.zh).toContain(term.en);
      if (term.note) expect(section.text().replace(/\s+/g, ' '), term.zh).toContain(term.note);
      const links = section
        .find('.glossary-tasks a')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(links, term.zh).toEqual(tasks.map((t) => taskPath(lang, t)));
    }
    expect(entries.filter((e) => e.tasks.length > 0).length).toBeGreaterThan(glossary.length / 2);
  });

  test('is found by the search page through the terms it carries', () => {
    const search = readPage(`/${lang}/search/`);
    const strings = JSON.parse(search('#search-strings').text()) as { glossaryPath: string; glossaryTerms: [string, string, string][] };
    expect(strings.glossaryPath).toBe(glossaryPath(lang));
    expect(strings.glossaryTerms).toEqual(glossary.map((term) => [glossaryAnchor(term.zh), term.zh, term.en]));
  });

  test('is linked from the footer of every page and from the data page', () => {
    expect(readPage(`/${lang}/`)(`footer a[href="${glossaryPath(lang)}"]`)).toHaveLength(1);
    expect(readPage(`/${lang}/data/`)(`main a[href="${glossaryPath(lang)}"]`)).toHaveLength(1);
  });
});

test('on the English glossary page, every Chinese character is inside lang="zh-CN"', () => {
  const $ = readPage(glossaryPath('en'));
  const stray: string[] = [];
  $('main *').each((_, element) => {
    const own = $(element)
      .contents()
      .filter((_, node) => node.type === 'text')
      .text();
    if (HAN.test(own) && $(element).closest('[lang]').attr('lang') !== 'zh-CN') stray.push(own.trim());
  });
  expect(stray).toEqual([]);
});

describe.each(LANGS)('task pages (%s)', (lang) => {
  test('list the glossary terms their Chinese uses, each linking to its entry', () => {
    const pages = allPages().filter((p) => p.startsWith(`/${lang}/services-`) && p.includes('/tasks/'));
    expect(pages).toHaveLength(zhTasks.length);
    for (const task of zhTasks) {
      const $ = readPage(taskPath(lang, task));
      const links = $('section.task-glossary a')
        .map((_, a) => decodeURIComponent($(a).attr('href') ?? ''))
        .get();
      expect(links, task.id).toEqual(taskGlossaryTerms(task, glossary).map((term) => `${glossaryPath(lang)}#${glossaryAnchor(term.zh)}`));
    }
  });

  test('name each related task by its opening words, linked to its page, in the order computed', () => {
    let listed = 0;
    for (const task of corpus.tasks) {
      const items = readPage(taskPath(lang, task))('section.related .task-list > li');
      expect(items.length, task.id).toBe(task.related.length);
      items.each((i, li) => {
        const related = corpus.tasks.find((t) => t.id === task.related[i]!.id)!;
        const $li = readPage(taskPath(lang, task))(li);
        expect($li.find('a').attr('href'), task.id).toBe(taskPath(lang, related));
        expect($li.children('span').text(), task.id).toBe(taskHeadline(lang, related.text[lang]));
        listed += 1;
      });
    }
    expect(listed).toBeGreaterThan(300);
  });

  test('say in one line that the related tasks are computed, not part of the policy', () => {
    const $ = readPage(taskPath(lang, { document: 'services-trade', key: '7' }));
    expect($('section.related p').text()).toContain(lang === 'zh' ? '不是政策文件的内容' : 'not part of the policy');
  });
});

describe.each(LANGS)('the overview’s overlaps (%s)', (lang) => {
  test('name both tasks by their opening words, not only their numbers', () => {
    const $ = readPage(`/${lang}/overview/`);
    const items = $('section[aria-labelledby="overlap"] ol > li');
    expect(items.length).toBeGreaterThan(5);
    items.each((_, li) => {
      const hrefs = $(li)
        .find('a')
        .map((_, a) => $(a).attr('href'))
        .get();
      const tasks = hrefs.map((href) => corpus.tasks.find((t) => taskPath(lang, t) === href)!);
      for (const task of tasks) expect($(li).text(), task.id).toContain(taskHeadline(lang, task.text[lang]));
    });
  });
});
