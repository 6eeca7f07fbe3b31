import { describe, expect, test } from 'vitest';
import { agencyCategoryMatrix, tasksPerCategory, topResponsibleAgencies, topSupervisors } from '../../src/lib/charts/data.ts';
import { cellOpacity, countClasses, layoutBars, layoutMatrix, legendSteps, textWidth, wrapLabel } from '../../src/lib/charts/layout.ts';
import { createSiteIndex } from '../../src/lib/site/site-index.ts';
import { corpus } from '../helpers/corpus.ts';

const site = createSiteIndex(corpus);
const zhTasks = corpus.tasks;
/** Counted straight from the records, not through the site index. */
const tasksNaming = (id: string, roles: ('lead' | 'cooperating' | 'supervising')[], document?: string) =>
  zhTasks.filter((t) => (!document || t.document === document) && roles.some((role) => t.assignment?.[role].some((r) => r.agency === id))).length;

describe('chart data', () => {
  test('tasks per category equal the records’ counts', () => {
    for (const document of ['services-trade', 'services-opening']) {
      const bars = tasksPerCategory(site, 'zh', document);
      const categories = corpus.categories.filter((c) => c.document === document);
      expect(bars.map((b) => b.values[0])).toEqual(
        categories.sort((a, b) => a.ordinal - b.ordinal).map((c) => zhTasks.filter((t) => t.document === document && t.category === c.ordinal).length),
      );
    }
    expect(tasksPerCategory(site, 'zh', 'services-trade').map((b) => b.values[0])).toEqual([8, 17, 31, 12, 5, 6, 7, 2]);
  });

  test('the agencies with most tasks, split by lead and co-operating role, equal the records’ counts', () => {
    const bars = topResponsibleAgencies(site, 'zh', 15);
    expect(bars).toHaveLength(15);
    for (const bar of bars) {
      const id = bar.href.split('/').at(-2)!;
      expect(bar.values, bar.label).toEqual([tasksNaming(id, ['lead']), tasksNaming(id, ['cooperating'])]);
    }
    const totals = bars.map((b) => b.values[0]! + b.values[1]!);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(bars[0]).toMatchObject({ label: '市科技局', values: [10, 8] });
  });

  test('the supervising national bodies equal the records’ counts', () => {
    const bars = topSupervisors(site, 'zh', 15);
    for (const bar of bars) expect(bar.values[0], bar.label).toBe(tasksNaming(bar.href.split('/').at(-2)!, ['supervising']));
    expect(bars[0]).toMatchObject({ label: '商务部', values: [24] });
  });

  test('the agency × category matrix equals the records’ counts', () => {
    const matrix = agencyCategoryMatrix(site, 'zh', 'services-trade');
    expect(matrix.columns.map((c) => c.label)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）']);
    matrix.rows.forEach((row, i) => {
      const id = row.href.split('/').at(-2)!;
      matrix.cells[i]!.forEach((count, j) => {
        const inCategory = zhTasks.filter(
          (t) =>
            t.document === 'services-trade' &&
            t.category === j + 1 &&
            ['lead', 'cooperating'].some((role) => t.assignment?.[role as 'lead'].some((r) => r.agency === id)),
        );
        expect(count, `${row.label} ${j + 1}`).toBe(inCategory.length);
      });
    });
    const everyone = new Set(
      zhTasks
        .filter((t) => t.document === 'services-trade')
        .flatMap((t) => [...t.assignment!.lead, ...t.assignment!.cooperating].flatMap((r) => (r.agency ? [r.agency] : []))),
    );
    expect(matrix.rows).toHaveLength(everyone.size);
  });

  test('are labelled in the page’s language', () => {
    const english = site;
    expect(topSupervisors(english, 'en', 1)[0]?.label).toBe('Ministry of Commerce');
    expect(agencyCategoryMatrix(english, 'en', 'services-trade').columns[2]).toMatchObject({ label: '(3)', href: '/en/services-trade/categories/3/' });
  });
});

describe('chart layout', () => {
  test('estimates Chinese at a full em and Latin at about half', () => {
    expect(textWidth('市商务局', 10)).toBe(40);
    expect(textWidth('Xiamen', 10)).toBeCloseTo(33.6);
  });

  test('wraps English at spaces and Chinese anywhere, dropping no character', () => {
    expect(wrapLabel('Xiamen Municipal Bureau of Commerce', 110, 12)).toEqual(['Xiamen Municipal', 'Bureau of', 'Commerce']);
    const chinese = '厦门市全面深化服务贸易创新发展试点任务';
    const lines = wrapLabel(chinese, 60, 12);
    expect(lines.join('')).toBe(chinese);
    expect(lines.every((line) => textWidth(line, 12) <= 60)).toBe(true);
  });

  test('gives each bar its label lines above it and a length in proportion', () => {
    const layout = layoutBars([
      { label: 'a', href: '/a/', values: [2, 2] },
      { label: 'b', href: '/b/', values: [1, 0] },
    ]);
    const [first, second] = layout.rows;
    expect(first!.segments.map((s) => s.width)).toEqual([(layout.width - 36) / 2, (layout.width - 36) / 2]);
    expect(second!.segments[0]!.width).toBe((layout.width - 36) / 4);
    expect(second!.lines[0]!.y).toBeGreaterThan(first!.barY);
  });
});

describe('the matrix key', () => {
  test('fills a cell more strongly the more tasks it holds, from a trace for none to full for the most', () => {
    const fills = [0, 1, 2, 5, 9, 10].map((n) => cellOpacity(n, 10));
    expect(fills).toEqual([...fills].sort((a, b) => a - b));
    expect(new Set(fills).size).toBe(fills.length);
    expect([cellOpacity(0, 10), cellOpacity(10, 10)]).toEqual([0.06, 1]);
  });

  test('shows one task, the most, and two counts between, each once', () => {
    expect(legendSteps(10)).toEqual([1, 3, 7, 10]);
    expect(legendSteps(2)).toEqual([1, 2]);
    expect(legendSteps(1)).toEqual([1]);
  });

  test('writes a count in the colour that reads on its cell in each scheme', () => {
    expect(countClasses(1, 10)).toEqual(['count']);
    expect(countClasses(5, 10)).toEqual(['count', 'deep-in-dark']);
    expect(countClasses(7, 10)).toEqual(['count', 'deep-in-light', 'deep-in-dark']);
  });

  test('lays the key out under the grid, with its label', () => {
    const layout = layoutMatrix({ columns: [{ label: '(1)', href: '/', title: '' }], rows: [{ label: '市商务局', href: '/' }], cells: [[4]] }, '任务数：');
    expect(layout.legend.y).toBeGreaterThan(layout.rows[0]!.y + layout.rows[0]!.height);
    expect(layout.height).toBeGreaterThan(layout.legend.y);
    expect(layout.legend.label.text).toBe('任务数：');
    expect(layout.legend.steps).toEqual([1, 3, 4]);
  });
});
