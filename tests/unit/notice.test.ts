import { describe, expect, test } from 'vitest';
import { listOf, parseNotice, passage, sectionsOf } from '../helpers/model.ts';
import { SEEDS, readProjectFile } from '../helpers/paths.ts';

const file = SEEDS['services-opening'];
const source = readProjectFile(file);
const notice = parseNotice(source, file);

const list = listOf(notice);

describe('the notice parser on 厦府〔2026〕88号', () => {
  test('reads its parts in reading order, each with its role', () => {
    expect(notice.parts.map((p) => [p.key, p.kind, p.role])).toEqual([
      ['front', 'text', 'front-matter'],
      ['notice', 'text', 'notice'],
      ['plan', 'text', 'plan'],
      ['attachment', 'items', 'attachment'],
      ['closing', 'text', 'back-matter'],
    ]);
  });

  test('reads the front matter and the notice: masthead, number, title as printed, addressee, publicity note', () => {
    expect(notice.parts[0]?.blocks).toEqual([
      { kind: 'passage', role: 'masthead', text: '厦门市人民政府文件', line: 3 },
      { kind: 'passage', role: 'number', text: '厦府〔2026〕88号', line: 5 },
      {
        kind: 'passage',
        role: 'title',
        text: '厦门市人民政府关于印发服务业扩大开放综合试点实施方案的通知',
        line: 7,
        printedLines: ['厦门市人民政府关于印发', '服务业扩大开放综合试点实施方案的通知'],
      },
    ]);
    expect(passage(notice, 'addressee')).toEqual({
      kind: 'passage',
      role: 'addressee',
      text: '各区人民政府，市直各委、办、局，各开发区管委会，各有关单位：',
      line: 9,
    });
    expect(passage(notice, 'publicity')).toEqual({ kind: 'passage', role: 'publicity', text: '（此件主动公开）', line: 15 });
    expect(notice.stated).toEqual({
      title: { text: '厦门市人民政府关于印发服务业扩大开放综合试点实施方案的通知', line: 7 },
      issuer: { text: '厦门市人民政府文件', line: 3 },
      number: { text: '厦府〔2026〕88号', line: 5 },
      date: { text: '2026年3月24日印发', line: 247, date: '2026-03-24' },
    });
  });

  test('reads the plan: its title, six sections, eleven subsections, in order', () => {
    expect(passage(notice, 'heading')?.text).toBe('厦门市服务业扩大开放综合试点实施方案');
    const sections = sectionsOf(notice);
    expect(sections.map((s) => s.key)).toEqual([
      'notice',
      'preamble',
      '1',
      '1-1',
      '1-2',
      '2',
      '2-1',
      '2-2',
      '3',
      '3-1',
      '3-2',
      '4',
      '4-1',
      '4-2',
      '5',
      '6',
      '6-1',
      '6-2',
    ]);
    expect(sections.filter((s) => s.level === 1).map((s) => `${s.label}${s.heading}`)).toEqual([
      '一、聚焦制度型开放，对接国际高标准经贸规则',
      '二、深化重点领域开放，提升产业国际竞争力',
      '三、依托重点园区和平台，打造对外开放新高地',
      '四、增强服务业扩大开放创新实效，激发市场主体活力',
      '五、筑牢安全底线，强化风险防控协同监管体系建设',
      '六、强化组织保障，全力推进服务业综合试点任务落地见效',
    ]);
    expect(sections.find((s) => s.key === 'notice')?.paragraphs.map((p) => p.text)).toEqual([
      '《厦门市服务业扩大开放综合试点实施方案》已经第145次市政府常务会议研究通过，现印发给你们，请认真组织实施。',
    ]);
    expect(passage(notice, 'attachment-note')?.text).toBe('附件：厦门市服务业扩大开放综合试点任务');
  });

  test('finds 111 tasks under 14 headings', () => {
    expect(list.tasks.map((t) => t.number)).toEqual(Array.from({ length: 111 }, (_, i) => i + 1));
    expect(list.categories).toHaveLength(14);
    expect(list.categories[0]).toEqual({ ordinal: 1, label: '一、', heading: '支持电信服务及相关数字产业开放发展', line: 90 });
    expect(list.categories[13]?.heading).toBe('加强风险防控协同监管体系建设');
    expect(list.blocks.map((b) => [b.role, b.text])).toEqual([
      ['label', '附件'],
      ['heading', '厦门市服务业扩大开放综合试点任务'],
    ]);
    expect(list.columns).toEqual([
      { field: 'number', heading: '序号' },
      { field: 'text', heading: '任务内容' },
    ]);
  });

  test('keeps the text of task 12 verbatim', () => {
    expect(list.tasks[11]).toEqual({
      number: 12,
      category: 1,
      text: '按照“东数西算”工程布局和相关政策文件要求，支持厦门打造离岸算力设施，实现数据“境内关外”流动，为境内外企业开展跨境业务提供数据基础设施及服务。',
      line: 104,
      cells: [],
      bodies: null,
    });
  });

  test('keeps half-width brackets and commas as the source has them', () => {
    expect(list.tasks[0]?.text).toBe(
      '向外资开放国内互联网虚拟专用网业务(外资股比不超过50%),吸引海外电信运营商通过设立合资公司,为相关省市当地的外商投资企业提供国内互联网虚拟专用网业务。',
    );
    expect(list.tasks[98]?.text).toBe('探索电子发票接入泛欧在线公共采购平台 (PEPPOL)。');
  });

  test('reads the closing block', () => {
    expect(passage(notice, 'copy-to')).toEqual({ kind: 'passage', role: 'copy-to', label: '抄送', text: '市委各部门。', line: 243 });
    expect(passage(notice, 'issuing-office')).toEqual({ kind: 'passage', role: 'issuing-office', text: '厦门市人民政府办公厅', line: 245 });
    expect(passage(notice, 'printed')).toEqual({ kind: 'passage', role: 'printed', text: '2026年3月24日印发', line: 247, date: '2026-03-24' });
    expect(passage(notice, 'related-units')?.names).toHaveLength(13);
    expect(passage(notice, 'related-units')?.text).toBe(
      '厦门海关、厦门边检总站、厦门海事局、市税务局、人民银行厦门市分行、厦门金融监管局、厦门证监局、市通信管理局，金砖创新中心，港口高质量发展指挥部、翔安国际机场建设指挥部、临空经济片区开发建设指挥部，信息集团。',
    );
  });
});

describe('the notice parser on broken copies', () => {
  test('a dropped task', () => {
    expect(() => parseNotice(source.replace(/^7\t促进数据要素流通交易。\n/m, ''), file)).toThrow(`${file}:98: expected serial number 7, found "8"`);
  });

  test('a repeated serial number', () => {
    expect(() => parseNotice(source.replace(/^8\t/m, '7\t'), file)).toThrow(`${file}:99: expected serial number 8, found "7"`);
  });

  test('a task under no heading', () => {
    expect(() => parseNotice(source.replace('一、支持电信服务及相关数字产业开放发展\t\n', ''), file)).toThrow(
      `${file}:90: expected a heading such as 一、… before task 1; it stands under no heading`,
    );
  });

  test('fewer tasks than the plan declares', () => {
    const withoutLast = source.replace(/^111\t.*\n/m, '');
    expect(() => parseNotice(withoutLast, file)).toThrow(
      `${file}:234: expected 111 tasks in the attachment, as the plan declares (106 共性试点任务 on line 35 + 5 差异化试点任务 on line 41), found 110`,
    );
  });

  test('a file cut short in the attachment', () => {
    const cut = source.split('\n').slice(0, 150).join('\n');
    expect(() => parseNotice(cut, file)).toThrow(`${file}:150: expected 111 tasks in the attachment, as the plan declares`);
  });

  test('a file cut short in the plan', () => {
    const cut = source.split('\n').slice(0, 60).join('\n');
    expect(() => parseNotice(cut, file)).toThrow(`${file}:59: expected the attachment line, e.g. 附件：…, found the end of the file`);
  });

  test('a file cut short in the closing block', () => {
    const cut = source.split('\n').slice(0, 244).join('\n');
    expect(() => parseNotice(cut, file)).toThrow(`${file}:243: expected the issuing office, e.g. 厦门市人民政府办公厅, found the end of the file`);
  });

  test('a row that is neither a task nor a heading', () => {
    expect(() => parseNotice(source.replace(/^12\t/m, '12 '), file)).toThrow(
      `${file}:104: expected task 12 as "number<tab>text", a heading such as 一、…, or 有关单位：`,
    );
  });

  test('a subsection numbered out of order', () => {
    expect(() => parseNotice(source.replace('（二）精准发力', '（三）精准发力'), file)).toThrow(
      `${file}:29: expected subsection 2 of section 1 (a heading such as （一）…), found "（三）精准发力，增强实效"`,
    );
  });
});
