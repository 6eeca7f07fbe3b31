import type { CheerioAPI } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { listedClauses } from '../../src/lib/enrich/priorities.ts';
import { RELATED_LIMIT } from '../../src/lib/enrich/related.ts';
import { agencyPath, categoryPath, taskAnchor, taskPath } from '../../src/lib/text/paths.ts';
import { corpus } from '../helpers/corpus.ts';
import { allPages, readPage } from '../helpers/dist.ts';

const LANGS = ['zh', 'en'] as const;
const zhTasks = corpus.tasks;
const DIFFERENTIATED = [12, 44, 50, 67, 72];
/** The page of a task, by its id. */
const pageOf = (lang: 'zh' | 'en', id: string) =>
  taskPath(
    lang,
    zhTasks.find((t) => t.id === id)!,
  );

/** Tasks naming a body in any of the roles, counted straight from the records. */
const tasksNaming = (id: string, roles: ('lead' | 'cooperating' | 'supervising')[], filter: (t: (typeof zhTasks)[number]) => boolean = () => true) =>
  zhTasks.filter((t) => filter(t) && roles.some((role) => t.assignment?.[role].some((r) => r.agency === id))).length;

/** The rows of the data table behind a chart: the link of the row header, and the numbers. */
function tableRows($: CheerioAPI, section: string): { href: string; values: number[] }[] {
  return $(`section[aria-labelledby="${section}"] details table tbody tr`)
    .map((_, row) => ({
      href: $(row).find('th a').attr('href') ?? '',
      values: $(row)
        .find('td')
        .map((_, cell) => Number($(cell).text()))
        .get(),
    }))
    .get();
}

const agencyOf = (href: string) => href.split('/').at(-2) as string;

describe.each(LANGS)('the overview (%s)', (lang) => {
  const $ = readPage(`/${lang}/overview/`);

  test('tabulates the agencies with most tasks, lead and co-operating, as the records count them, most first', () => {
    const rows = tableRows($, 'who-most');
    expect(rows).toHaveLength(15);
    for (const row of rows) expect(row.values, row.href).toEqual([tasksNaming(agencyOf(row.href), ['lead']), tasksNaming(agencyOf(row.href), ['cooperating'])]);
    const totals = rows.map((r) => r.values[0]! + r.values[1]!);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    // No body left out has more than the last one shown.
    const shown = new Set(rows.map((r) => agencyOf(r.href)));
    const others = corpus.agencies.filter((a) => !shown.has(a.id)).map((a) => tasksNaming(a.id, ['lead', 'cooperating']));
    expect(Math.max(...others)).toBeLessThanOrEqual(totals.at(-1)!);
  });

  test('tabulates the national bodies that supervise most measures', () => {
    const rows = tableRows($, 'supervisors');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.values, row.href).toEqual([tasksNaming(agencyOf(row.href), ['supervising'])]);
    expect(rows[0]).toEqual({ href: agencyPath(lang, 'ministry-of-commerce'), values: [24] });
  });

  test('tabulates the tasks per category of each document, every category in order', () => {
    for (const document of corpus.documents) {
      const rows = tableRows($, `per-category-${document.id}`);
      const categories = corpus.categories.filter((c) => c.document === document.id).sort((a, b) => a.ordinal - b.ordinal);
      expect(rows).toEqual(
        categories.map((c) => ({
          href: categoryPath(lang, c.document, c.ordinal),
          values: [zhTasks.filter((t) => t.document === c.document && t.category === c.ordinal).length],
        })),
      );
      expect(rows.reduce((sum, r) => sum + r.values[0]!, 0)).toBe(zhTasks.filter((t) => t.document === document.id).length);
    }
  });

  test('tabulates who works on what in services-trade: every responsible body, every category', () => {
    const rows = tableRows($, 'matrix');
    const responsible = new Set(
      zhTasks
        .filter((t) => t.document === 'services-trade')
        .flatMap((t) => [...t.assignment!.lead, ...t.assignment!.cooperating].flatMap((r) => (r.agency ? [r.agency] : []))),
    );
    expect(rows.map((r) => agencyOf(r.href)).sort()).toEqual([...responsible].sort());
    for (const row of rows) {
      expect(row.values, row.href).toEqual(
        [1, 2, 3, 4, 5, 6, 7, 8].map((k) =>
          tasksNaming(agencyOf(row.href), ['lead', 'cooperating'], (t) => t.document === 'services-trade' && t.category === k),
        ),
      );
    }
  });

  test('draws each chart from the same numbers as its table', () => {
    for (const section of ['who-most', 'supervisors', ...corpus.documents.map((d) => `per-category-${d.id}`)]) {
      const drawn = $(`section[aria-labelledby="${section}"] svg text.value`)
        .map((_, v) => Number($(v).text()))
        .get();
      expect(drawn, section).toEqual(tableRows($, section).map((r) => r.values.reduce((a, b) => a + b, 0)));
    }
    // The grid's counts; the key under it (.matrix-legend) shows sample counts, not data.
    const cells = $('section[aria-labelledby="matrix"] svg > g:not(.matrix-legend) text.count')
      .map((_, v) => Number($(v).text()))
      .get();
    expect(cells).toEqual(tableRows($, 'matrix').flatMap((r) => r.values.filter((n) => n > 0)));
  });

  test('names every chart by a title and a description inside it, and hides no text from assistive technology', () => {
    const charts = $('svg.chart');
    expect(charts).toHaveLength(3 + corpus.documents.length);
    charts.each((_, svg) => {
      expect($(svg).attr('role')).toBe('img');
      const ids = ($(svg).attr('aria-labelledby') ?? '').split(' ');
      expect(ids).toHaveLength(2);
      const [title, desc] = ids.map((id) => $(svg).find(`[id="${id}"]`));
      expect(title!.is('title'), ids[0]).toBe(true);
      expect(desc!.is('desc'), ids[1]).toBe(true);
      expect(title!.text().trim().length).toBeGreaterThan(4);
      expect(desc!.text().trim().length).toBeGreaterThan(10);
      expect($(svg).parents('section').first().find('details summary').text().length, ids[0]).toBeGreaterThan(0);
    });
  });

  test('lists the plan’s priorities and the closest pairs across the two documents', () => {
    const differentiated = $('section[aria-labelledby="priority-differentiated"] a.task-number')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(differentiated).toEqual(DIFFERENTIATED.map((n) => taskPath(lang, { document: 'services-opening', key: String(n) })));
    const pairs = $('section[aria-labelledby="overlap"] li')
      .map((_, li) =>
        $(li)
          .find('a')
          .map((_, a) => $(a).attr('href'))
          .get()
          .join(' '),
      )
      .get();
    expect(pairs).toContain(`${taskPath(lang, { document: 'services-trade', key: '7' })} ${taskPath(lang, { document: 'services-opening', key: '70' })}`);
  });
});

describe('the plan’s priorities on the pages', () => {
  test('badge exactly the five differentiated tasks, on their pages and in their category lists', () => {
    for (const lang of LANGS) {
      const badged = allPages()
        .filter((p) => p.startsWith(`/${lang}/`) && p.includes('/tasks/'))
        .filter((p) => readPage(p)('main h1 ~ p .badge[data-priority="differentiated"]').length > 0);
      expect(badged).toEqual(DIFFERENTIATED.map((n) => taskPath(lang, { document: 'services-opening', key: String(n) })).sort());
      const category = readPage(categoryPath(lang, 'services-opening', 7));
      expect(category(`li#${taskAnchor({ key: '67' })} .badge[data-priority="differentiated"]`), lang).toHaveLength(1);
      expect(category(`li#${taskAnchor({ key: '66' })}`), lang).toHaveLength(1);
      expect(category(`li#${taskAnchor({ key: '66' })} .badge`), lang).toHaveLength(0);
    }
  });

  test('badge each remarked measure of services-trade with its remark', () => {
    const remarked = zhTasks.filter((t) => t.details.remark);
    expect(remarked.length).toBeGreaterThan(0);
    for (const task of remarked) {
      const badges = readPage(taskPath('zh', task))('main h1 ~ p .badge');
      expect(badges.length, task.id).toBe(1);
      expect(badges.attr('title'), task.id).toBe(`备注：${task.details.remark?.zh}`);
    }
  });

  test('link each clause of the plan that names a differentiated task to that task, in both languages', () => {
    for (const lang of LANGS) {
      const $ = readPage(`/${lang}/services-opening/`);
      // Links inside the narrative's paragraphs, not the attachment's task list, by the language of the passage.
      const links = $('article p > a[href*="/services-opening/tasks/"]')
        .map((_, a) => ({ lang: $(a).closest('[lang]').attr('lang'), text: $(a).text(), href: $(a).attr('href') as string }))
        .get();
      const passages = lang === 'zh' ? (['zh'] as const) : (['en', 'zh'] as const);
      expect(new Set(links.map((l) => l.lang))).toEqual(new Set(passages.map((p) => (p === 'zh' ? 'zh-CN' : 'en'))));
      for (const passage of passages) {
        const section = corpus.sections.find((s) => s.links.length > 0)!;
        const paragraph = section.paragraphs.map((p) => p[passage]).join(passage === 'zh' ? '' : ' ');
        const shown = links.filter((l) => l.lang === (passage === 'zh' ? 'zh-CN' : 'en'));
        expect(
          shown.map((l) => l.text),
          `${lang} page, ${passage}`,
        ).toEqual(listedClauses(paragraph, passage));
        expect(shown.map((l) => l.href)).toEqual(section.links.map((l) => pageOf(lang, l.task)));
        expect(shown.map((l) => l.href).sort()).toEqual(DIFFERENTIATED.map((n) => taskPath(lang, { document: 'services-opening', key: String(n) })));
      }
    }
  });
});

describe('related tasks on task pages', () => {
  const relatedOn = (lang: 'zh' | 'en', document: string, number: number) => {
    const $ = readPage(taskPath(lang, { document: document, key: String(number) }));
    return $('section.related li')
      .map((_, li) => ({ href: $(li).find('a.task-number').attr('href'), terms: $(li).find('.task-meta').text() }))
      .get();
  };

  test('list the known counterparts across the two plans, both ways, with the terms they share', () => {
    const pairs: [number, number, string, string][] = [
      [7, 70, '单一窗口', 'single window'],
      [68, 67, '金砖', 'brics'],
      [64, 77, '支付', 'payment'],
    ];
    for (const [trade, opening, zhTerm, enTerm] of pairs) {
      for (const [lang, term] of [
        ['zh', zhTerm],
        ['en', enTerm],
      ] as const) {
        const there = relatedOn(lang, 'services-trade', trade).find((r) => r.href === taskPath(lang, { document: 'services-opening', key: String(opening) }));
        const back = relatedOn(lang, 'services-opening', opening).find((r) => r.href === taskPath(lang, { document: 'services-trade', key: String(trade) }));
        expect(there, `${lang} trade ${trade} → opening ${opening}`).toBeDefined();
        expect(back, `${lang} opening ${opening} → trade ${trade}`).toBeDefined();
        expect(there!.terms.toLowerCase(), `${lang} ${trade}`).toContain(term);
      }
    }
  });

  test('list at most five, never the task itself, on every task page', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const task of corpus.tasks) {
        const related = relatedOn(lang, task.document, task.number);
        expect(related.length, task.id).toBeLessThanOrEqual(RELATED_LIMIT);
        expect(
          related.map((r) => r.href),
          task.id,
        ).toEqual(task.related.map((r) => pageOf(lang, r.id)));
        expect(related.map((r) => r.href)).not.toContain(taskPath(lang, task));
      }
    }
  });
});

describe('renamed bodies', () => {
  const renamed = [
    ['pboc-xiamen-central-sub-branch', 'pboc-xiamen-branch'],
    ['cbirc-xiamen-office', 'nfra-xiamen-office'],
  ] as const;

  test('link each earlier name to its later one and back, with the source of the link', () => {
    for (const lang of LANGS) {
      for (const [earlier, later] of renamed) {
        const before = readPage(agencyPath(lang, earlier))('aside.renamed');
        const after = readPage(agencyPath(lang, later))('aside.renamed');
        expect(before.find(`a[href="${agencyPath(lang, later)}"]`), `${lang} ${earlier}`).toHaveLength(1);
        expect(after.find(`a[href="${agencyPath(lang, earlier)}"]`), `${lang} ${later}`).toHaveLength(1);
        expect(after.text(), later).toContain(lang === 'zh' ? '党和国家机构改革方案' : 'Plan for Reforming Party and State Institutions');
      }
    }
  });

  test('link no other body, and show the later name beside the earlier in the agency index', () => {
    const withNote = corpus.agencies.filter((a) => readPage(agencyPath('zh', a.id))('aside.renamed').length > 0).map((a) => a.id);
    expect(withNote.sort()).toEqual(renamed.flat().slice().sort());
    const index = readPage('/zh/agencies/');
    for (const [earlier, later] of renamed) {
      expect(
        index(`a[href="${agencyPath('zh', earlier)}"]`)
          .closest('tr, li')
          .find(`a[href="${agencyPath('zh', later)}"]`),
        earlier,
      ).toHaveLength(1);
    }
  });
});
