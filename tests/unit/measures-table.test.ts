import { describe, expect, test } from 'vitest';
import { listOf, parseTable as parseMeasuresTable } from '../helpers/model.ts';
import { SEEDS, readProjectFile } from '../helpers/paths.ts';

const file = SEEDS['services-trade'];
const source = readProjectFile(file);
const document = parseMeasuresTable(source, file);
const table = listOf(document);
const measure = (n: number) => table.tasks[n - 1]!;
const cell = (n: number, field: string) => measure(n).cells.find((c) => c.field === field)?.text ?? null;

describe('the measures-table parser on the services-trade table', () => {
  test('finds 88 measures in 8 groups, numbered 1..88', () => {
    expect(table.tasks.map((t) => t.number)).toEqual(Array.from({ length: 88 }, (_, i) => i + 1));
    expect(table.categories.map((c) => `${c.label}${c.heading}`)).toEqual([
      '（一）完善管理体制',
      '（二）扩大对外开放',
      '（三）提升便利水平',
      '（四）创新发展模式',
      '（五）健全促进体系',
      '（六）优化政策体系',
      '（七）完善监管模式',
      '（八）健全统计体系',
    ]);
    expect(table.categories.map((c) => table.tasks.filter((t) => t.category === c.ordinal).length)).toEqual([8, 17, 31, 12, 5, 6, 7, 2]);
  });

  test('reads the label and the title as the front matter, and the header row as the columns of the one list', () => {
    expect(document.parts.map((p) => [p.key, p.kind, p.role])).toEqual([
      ['front', 'text', 'front-matter'],
      ['attachment', 'items', 'attachment'],
    ]);
    expect(document.parts[0]?.blocks).toEqual([
      { kind: 'passage', role: 'label', text: '附件', line: 1 },
      { kind: 'passage', role: 'title', text: '厦门市全面深化服务贸易创新发展试点任务、具体举措及责任分工', line: 2 },
    ]);
    expect(document.stated).toEqual({
      title: { text: '厦门市全面深化服务贸易创新发展试点任务、具体举措及责任分工', line: 2 },
      issuer: null,
      number: null,
      date: null,
    });
    expect(table.columns).toEqual([
      { field: 'category', heading: '试点任务' },
      { field: 'number', heading: '序号' },
      { field: 'text', heading: '具体举措' },
      { field: 'supervising', heading: '上级制定政策保障措施或支持和指导部门' },
      { field: 'responsibility', heading: '责任分工' },
      { field: 'remark', heading: '备注' },
    ]);
  });

  test('measure 8: one lead, generic references among the co-operating units, "-" and a remark', () => {
    expect(cell(8, 'supervising')).toBe('-');
    expect(measure(8).bodies).toEqual({
      supervising: ['-'],
      lead: ['市商务局'],
      cooperating: ['自贸委', '火炬管委会', '各区政府', '市发改委', '厦门海关', '外汇局厦门市分局', '各相关责任单位'],
    });
    expect(cell(8, 'remark')).toBe('拟先行先试，形成全国首创举措');
    expect(measure(8).category).toBe(1);
  });

  test('measure 22: one lead and four co-operating units, seven supervising bodies', () => {
    expect(measure(22).bodies).toMatchObject({
      supervising: ['人社部', '人民银行', '银保监会', '证监会', '住建部', '自然资源部', '工信部'],
      lead: ['市人社局'],
      cooperating: ['市工信局', '市资源规划局', '人行厦门中心支行', '厦门银保监局'],
    });
    expect(cell(22, 'remark')).toBeNull();
  });

  test('measure 35: two leads and one co-operating unit', () => {
    expect(measure(35).bodies).toMatchObject({ lead: ['人行厦门中心支行', '外汇局厦门市分局'], cooperating: ['市金融监管局'] });
  });

  test('keeps the text verbatim, odd characters included', () => {
    expect(measure(54).text).toContain('综合釆取多种方式');
    expect(measure(26).text).toContain('进行Ⅰ类产品（重点产品）和Ⅱ类产品（一般产品）分级管理');
    // Measure 28 has no final 。 in the source; it must not gain one.
    expect(measure(28).text).toBe('省（自治区、直辖市）人民政府将自由类技术进出口登记备案管理权限下放至地市级商务主管部门');
  });

  test('every responsibility cell splits into names that add back up to it', () => {
    for (const task of table.tasks) {
      const { lead, cooperating } = task.bodies!;
      expect(lead.join('、') + (cooperating.length ? `，${cooperating.join('、')}` : '')).toBe(cell(task.number, 'responsibility'));
    }
  });

  test('reads the last measure, whose empty remark cell the extraction lost', () => {
    expect(measure(88)).toMatchObject({ number: 88, category: 8, text: '完善服务贸易重点企业联系制度。' });
    expect(cell(88, 'remark')).toBeNull();
  });
});

describe('the measures-table parser on broken copies', () => {
  const lines = source.split('\n');
  const without = (from: number, to: number) => [...lines.slice(0, from - 1), ...lines.slice(to)].join('\n');

  test('a dropped measure: names the line and the serial number expected', () => {
    // Lines 18–24 hold measure 2 and the blank line after it.
    expect(() => parseMeasuresTable(without(18, 24), file)).toThrow(`${file}:19: expected serial number 2, found "3"`);
  });

  test('a repeated serial number', () => {
    expect(() => parseMeasuresTable(source.replace('\t36\n', '\t35\n'), file)).toThrow(`${file}:257: expected serial number 36, found "35"`);
  });

  test('a measure under no heading', () => {
    expect(() => parseMeasuresTable(source.replace('\t（一）完善管理体制\n', '\t\n'), file)).toThrow(
      `${file}:11: expected a group heading such as （一）完善管理体制 before measure 1; it stands under no heading, found an empty cell`,
    );
  });

  test('a file cut short in the middle of a measure', () => {
    expect(() => parseMeasuresTable(lines.slice(0, 300).join('\n'), file)).toThrow(`${file}:298: expected a record of 6 cells`);
  });

  test('an empty file', () => {
    expect(() => parseMeasuresTable('', file)).toThrow(`${file}:1: expected the label 附件 and the table title, found an empty file`);
  });
});
