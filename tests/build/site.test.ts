import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { GENERATED_DIR } from '../../src/lib/schema/collections.ts';
import { taskWordsSchema } from '../../src/lib/schema/search.ts';
import { textToLengths } from '../../src/lib/search/match.ts';
import type { EnglishFile, TasksFile } from '../../src/lib/search/search-data.ts';
import { ROLES } from '../../src/lib/schema/agency.ts';
import { agencyPacketPath, agencyPath, categoryPath, documentPath, taskAnchor, taskNotFoundPath, taskPath } from '../../src/lib/text/paths.ts';
import { taskAgencies } from '../../src/lib/text/task-agencies.ts';
import { corpus } from '../helpers/corpus.ts';
import { allPages, DIST, pathToFile, readPage, shownText } from '../helpers/dist.ts';
import { ROOT } from '../helpers/paths.ts';
const pages = allPages();
const documentOrder = new Map(corpus.documents.map((d) => [d.id, d.order]));
/** A task's place in reading order: its document's, its list's, its number. */
const order = (id: string) => {
  const t = corpus.tasks.find((task) => task.id === id)!;
  return (documentOrder.get(t.document) ?? 0) * 100000 + t.attachment * 1000 + t.number;
};
const zhPages = pages.filter((p) => p.startsWith('/zh/'));

describe('the built site', () => {
  test('has every page of the URL scheme, in both languages', () => {
    const expected = [
      '/',
      '/404.html',
      ...(['zh', 'en'] as const).flatMap((lang) => [
        `/${lang}/`,
        `/${lang}/agencies/`,
        `/${lang}/search/`,
        `/${lang}/data/`,
        `/${lang}/overview/`,
        `/${lang}/translation/`,
        `/${lang}/glossary/`,
        `/${lang}/changes/`,
        `/${lang}/about/`,
        ...corpus.documents.map((d) => documentPath(lang, d.id)),
        // What a missing task of the document is answered with (deploy/nginx.conf).
        ...corpus.documents.map((d) => taskNotFoundPath(lang, d.id)),
        ...corpus.tasks.map((t) => taskPath(lang, t)),
        ...corpus.categories.map((c) => categoryPath(lang, c.document, c.ordinal)),
        ...corpus.agencies.map((a) => agencyPath(lang, a.id)),
        ...corpus.agencies.map((a) => agencyPacketPath(lang, a.id)),
      ]),
    ];
    expect(corpus.tasks).toHaveLength(199);
    expect(corpus.categories).toHaveLength(22);
    expect(pages).toEqual(expect.arrayContaining(expected));
    expect(pages.filter((p) => !expected.includes(p))).toEqual([]);
  });

  test('declares lang="zh-CN" on every Chinese page, the search page and the entry and 404 pages included', () => {
    for (const path of [...zhPages, '/', '/404.html']) expect(readPage(path)('html').attr('lang'), path).toBe('zh-CN');
  });

  test('gives every page a skip link to its main landmark, a banner and a footer', () => {
    for (const path of zhPages) {
      const $ = readPage(path);
      expect($('a.skip-link').attr('href'), path).toBe('#main');
      expect($('main#main'), path).toHaveLength(1);
      expect($('header.site-header'), path).toHaveLength(1);
      expect($('footer'), path).toHaveLength(1);
      expect($('h1'), path).toHaveLength(1);
    }
  });

  test('resolves every internal link and anchor', () => {
    const broken: string[] = [];
    for (const path of pages) {
      const $ = readPage(path);
      $('a[href], link[href], script[src], img[src], form[action]').each((_, element) => {
        const value = $(element).attr('href') ?? $(element).attr('src') ?? $(element).attr('action') ?? '';
        const url = new URL(value, `http://site${path}`);
        if (url.host !== 'site') return;
        const file = pathToFile(url.pathname);
        if (!file) return void broken.push(`${path} → ${value}`);
        if (url.hash && file.endsWith('.html')) {
          const id = decodeURIComponent(url.hash.slice(1));
          if (readPage(url.pathname)(`[id="${id}"]`).length === 0) broken.push(`${path} → ${value} (no #${id})`);
        }
      });
    }
    expect(broken).toEqual([]);
    // Some 20,000 links over 636 pages, each anchor looked up in its page: seconds of work on a busy machine.
  }, 30_000);

  test('loads nothing from another origin', () => {
    for (const path of pages) {
      const $ = readPage(path);
      // Alternate and canonical links name pages; they are not loaded.
      $('link[href]:not([rel="alternate"]):not([rel="canonical"]), script[src], img[src], iframe, source[src], video, audio').each((_, element) => {
        const value = $(element).attr('href') ?? $(element).attr('src') ?? '';
        expect(value.startsWith('/') && !value.startsWith('//'), `${path}: ${value}`).toBe(true);
      });
    }
  });
});

describe('task pages', () => {
  test('hold their text verbatim, their category and a place in the document a reader can follow', () => {
    for (const task of corpus.tasks) {
      const $ = readPage(taskPath('zh', task));
      expect(shownText($('main .task-text p')), task.id).toBe(task.text.zh);
      const category = corpus.categories.find((c) => c.document === task.document && c.ordinal === task.category)!;
      expect(
        $(`main a[href="${categoryPath('zh', task.document, task.category)}"]`)
          .first()
          .text(),
      ).toBe(`${category.label}${category.heading.zh}`);
      // Not a line of a file the public cannot see: the attachment, the heading and the item, linked to the full text.
      const place = $('.provenance dd').filter((_, dd) => $(dd).text().includes(`第${task.number}项`));
      expect(place.text(), task.id).toContain(`${category.label}${category.heading.zh}，第${task.number}项`);
      expect(place.find('a').attr('href')).toBe(`/zh/${task.document}/#${taskAnchor(task)}`);
    }
  });

  test('name the document and the number in the heading', () => {
    expect(readPage('/zh/services-opening/tasks/12/')('h1').text()).toBe('服务业扩大开放综合试点任务 第12项');
    expect(readPage('/zh/services-trade/tasks/35/')('h1').text()).toBe('服务贸易创新发展试点任务 第35项');
  });

  test('link every body to its agency page and show generic references as plain text', () => {
    const $ = readPage('/zh/services-trade/tasks/8/');
    const facts = $('dl.facts');
    expect(facts.find('a[href="/zh/agencies/xiamen-municipal-bureau-of-commerce/"]').text()).toBe('市商务局');
    expect(
      facts
        .find('.generic')
        .map((_, e) => $(e).text())
        .get(),
    ).toEqual(['各区政府', '各相关责任单位']);
    // A cell of "-" names nothing: shown as written, and not called a general reference to some body.
    const none = facts.find('span.muted').filter((_, e) => $(e).text() === '-');
    expect(none.length).toBe(1);
    expect(none.attr('title')).toBeUndefined();
    expect(facts.text()).toContain('拟先行先试，形成全国首创举措');
  });

  test('show the responsibility cell as written, and link to the one place that says how this site reads its roles', () => {
    for (const lang of ['zh', 'en'] as const) {
      const $ = readPage(`/${lang}/services-trade/tasks/8/`);
      const link = $('dl.facts a[href$="/about/#roles"]');
      expect(link.length, lang).toBe(1);
      expect(link.attr('href')).toBe(`/${lang}/about/#roles`);
      expect(link.prev('[lang="zh-CN"]').text()).toContain('市商务局');
      const about = readPage(`/${lang}/about/`);
      expect(about('h2#roles').next('p').text()).toMatch(lang === 'zh' ? /逗号前的单位为牵头单位/ : /before the comma are the lead units/);
    }
  });

  test('link to the previous and next task with rel, and breadcrumbs mark the current page', () => {
    const $ = readPage('/zh/services-trade/tasks/2/');
    expect($('a[rel="prev"]').attr('href')).toBe('/zh/services-trade/tasks/1/');
    expect($('a[rel="next"]').attr('href')).toBe('/zh/services-trade/tasks/3/');
    expect($('.breadcrumbs [aria-current="page"]').text()).toBe('第2项');
    expect(readPage('/zh/services-trade/tasks/1/')('a[rel="prev"]')).toHaveLength(0);
    expect(readPage('/zh/services-opening/tasks/111/')('a[rel="next"]')).toHaveLength(0);
  });
});

describe('the search data', () => {
  const tasksFile = JSON.parse(readFileSync(join(DIST, 'search/tasks.json'), 'utf8')) as TasksFile;
  const englishFile = JSON.parse(readFileSync(join(DIST, 'search/en.json'), 'utf8')) as EnglishFile;

  test('holds every task once, in the documents’ order, with its bodies by role, its category and its Chinese verbatim', () => {
    expect(tasksFile.tasks.map((t) => t.id)).toEqual(corpus.tasks.map((t) => t.id).sort((a, b) => order(a) - order(b)));
    const task35 = tasksFile.tasks.find((t) => t.id === 'services-trade-35')!;
    expect(task35.category).toBe('services-trade/3');
    expect(task35.roles.lead).toContain('pboc-xiamen-central-sub-branch');
    expect(task35.roles.cooperating).toContain('xiamen-local-financial-supervision-and-administration-bureau');
    expect(task35.roles.supervising).toContain('peoples-bank-of-china');
    for (const task of tasksFile.tasks) {
      const entry = corpus.tasks.find((t) => t.id === task.id)!;
      expect(task.zh, task.id).toBe(entry.text.zh);
      // The words' lengths give back the whole text, no more and no less.
      expect(
        textToLengths(task.words).reduce((a, b) => a + b, 0),
        task.id,
      ).toBe(task.zh.length);
    }
  });

  test('was cut from the words the content step wrote, in their schema', () => {
    const { entries } = JSON.parse(readFileSync(join(ROOT, GENERATED_DIR, 'search-words.json'), 'utf8')) as { entries: unknown[] };
    const words = new Map(
      taskWordsSchema
        .array()
        .parse(entries)
        .map((w) => [w.id, w.zh]),
    );
    for (const task of tasksFile.tasks) expect(textToLengths(task.words), task.id).toEqual(words.get(task.id));
  });

  test('holds the English of every task, in the same order, and nothing a search does not read', () => {
    expect(englishFile.en).toEqual(tasksFile.tasks.map((t) => corpus.tasks.find((c) => c.id === t.id)!.text.en));
    expect(Object.keys(tasksFile)).toEqual(['tasks']);
    expect(Object.keys(tasksFile.tasks[0]!).sort()).toEqual(['category', 'document', 'id', 'key', 'number', 'priorities', 'roles', 'words', 'zh']);
  });
});

describe('agency pages', () => {
  test('list back every task that links to them, in the role it names them', () => {
    for (const task of corpus.tasks) {
      const roles = taskAgencies(task);
      for (const role of ROLES) {
        for (const id of roles[role]) {
          const $ = readPage(agencyPath('zh', id));
          const listed = $(`section[aria-labelledby="${role}"] a[href="${taskPath('zh', task)}"]`);
          expect(listed.length, `${id} ${role} ${task.id}`).toBe(1);
        }
      }
    }
  });

  test('show the name, level and task counts per role', () => {
    const $ = readPage('/zh/agencies/xiamen-municipal-bureau-of-commerce/');
    expect($('h1').text()).toBe('市商务局');
    expect($('dl.facts').text()).toContain('厦门市单位');
    expect($('#lead').text()).toBe('牵头的任务（8）');
    expect($('#cooperating').text()).toBe('配合的任务（9）');
  });

  test('say when the 2026 notice lists the body under 有关单位', () => {
    expect(readPage('/zh/agencies/pboc-xiamen-branch/')('main').text()).toContain('在版记“有关单位”中列出本单位');
    expect(readPage('/zh/agencies/xiamen-municipal-bureau-of-commerce/')('main').text()).not.toContain('有关单位');
  });

  test('are all listed in the index, grouped by level, with counts per role', () => {
    const $ = readPage('/zh/agencies/');
    expect($('main table tbody tr')).toHaveLength(corpus.agencies.length);
    expect(
      $('main h2')
        .map((_, e) => $(e).text())
        .get(),
    ).toEqual(['国家部门', '厦门市单位', '国家部门驻厦机构', '其他单位']);
    // Each group shows only the roles its bodies play: Xiamen units supervise nothing, national bodies lead nothing.
    const columns = (level: string) =>
      $(`#${level} + .table-scroll thead th`)
        .map((_, e) => $(e).text())
        .get();
    expect(columns('xiamen-municipal')).toEqual(['单位', '牵头', '配合', '版记所列']);
    expect(columns('national')).not.toContain('牵头');
    const row = $('a[href="/zh/agencies/xiamen-municipal-bureau-of-commerce/"]').closest('tr');
    expect(
      row
        .find('td')
        .map((_, e) => $(e).text())
        .get(),
    ).toEqual(['8', '9', '']);
  });
});

describe('category pages', () => {
  test('give the heading, the count and every task in order with its text and lead', () => {
    for (const category of corpus.categories) {
      const $ = readPage(categoryPath('zh', category.document, category.ordinal));
      const tasks = corpus.tasks.filter((t) => t.document === category.document && t.category === category.ordinal);
      expect($('h1').text()).toBe(`${category.label}${category.heading.zh}`);
      expect($('.lede').text()).toContain(`本类共${tasks.length}项任务`);
      const items = $('ol.task-list > li');
      expect(items.map((_, li) => $(li).attr('id')).get()).toEqual(tasks.map((t) => taskAnchor(t)));
      items.each((i, li) => {
        const task = tasks[i]!;
        expect($(li).text()).toContain(task.text.zh);
        if (task.assignment) expect($(li).find('.task-meta').text()).toContain(task.assignment.lead.map((r) => r.name.zh).join('、'));
      });
    }
  });
});

describe('document pages', () => {
  test('hold the whole notice in its original order: header, narrative, attachment, closing block', () => {
    const $ = readPage('/zh/services-opening/');
    const article = $('main article').clone();
    article.find('.toc').remove();
    const text = shownText(article);
    // Strings that occur once in the reading view (the contents aside), in the order of the source.
    const order = [
      '厦门市人民政府文件',
      '各区人民政府，市直各委',
      '（此件主动公开）',
      '为深入贯彻党中央',
      '一、聚焦制度型开放',
      '附件：厦门市服务业扩大开放综合试点任务',
      '一、支持电信服务',
      '有关单位：厦门海关',
      '抄送：市委各部门。',
      '厦门市人民政府办公厅',
    ];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect($('.closing p').last().text()).toBe('2026年3月24日印发');
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const section of corpus.sections) for (const paragraph of section.paragraphs) expect(text).toContain(paragraph.zh);
    for (const task of corpus.tasks.filter((t) => t.document === 'services-opening')) {
      expect($(`#${taskAnchor(task)}`).text()).toContain(task.text.zh);
      expect($(`#${taskAnchor(task)} a`).attr('href')).toBe(taskPath('zh', task));
    }
    expect($('#section-2-1').clone().find('.anchor-link').remove().end().text().trim()).toBe('（一）重点聚焦 106 项共性试点任务');
    expect($('.closing a[href="/zh/agencies/pboc-xiamen-branch/"]').text()).toBe('人民银行厦门市分行');
    const relatedUnits = corpus.documents[1]!.parts.flatMap((p) => p.blocks).find((b) => b.kind === 'passage' && b.role === 'related-units');
    expect(relatedUnits?.kind === 'passage' && $('.closing').text()).toContain(relatedUnits?.kind === 'passage' ? relatedUnits.text.zh : '?');
  });

  test('show the services-trade table with every cell verbatim, and say the text states no number or date', () => {
    const $ = readPage('/zh/services-trade/');
    for (const task of corpus.tasks.filter((t) => t.document === 'services-trade')) {
      const item = $(`#${taskAnchor(task)}`);
      expect(item.text()).toContain(task.text.zh);
      for (const cell of task.assignment!.cells) expect(item.find('.cells').text()).toContain(cell.text);
      if (task.details.remark) expect(item.find('.cells').text()).toContain(task.details.remark.zh);
    }
    expect($('dl.facts').text()).toContain('原文未载明');
  });

  test('have a table of contents whose links all land on the page', () => {
    const $ = readPage('/zh/services-opening/');
    const targets = $('nav.toc a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(targets.length).toBeGreaterThan(20);
    for (const target of targets) expect($(`[id="${target.slice(1)}"]`).length, target).toBe(1);
  });
});
