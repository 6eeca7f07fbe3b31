import { describe, expect, test } from 'vitest';
import { isPageBreak, linesToBlocks } from '../../src/lib/parse/blocks.ts';
import { listOf, parseNotice, parseTable as parseMeasuresTable, passage, sectionsOf } from '../helpers/model.ts';
import { toSourceLines } from '../../src/lib/parse/source-lines.ts';
import { SEEDS, readProjectFile } from '../helpers/paths.ts';

describe('isPageBreak', () => {
  test('a paragraph cut mid-word or after a comma continues after the blank line', () => {
    expect(isPageBreak('积极争取国家层面支持，将国家试点')).toBe(true);
    expect(isPageBreak('赋能服务业新业态开放发展，支持')).toBe(true);
    expect(isPageBreak('加强跨区域、跨部门信息共享、监管协作和风险处置合作，')).toBe(true);
  });

  test('a paragraph ending with sentence-final punctuation ends there', () => {
    for (const text of ['提请调整。', '各有关单位：', '是否？', '（以下简称“两业”）。', '推进。”']) expect(isPageBreak(text)).toBe(false);
  });
});

describe('every break in the services-opening notice', () => {
  const file = SEEDS['services-opening'];
  const source = readProjectFile(file);
  const notice = parseNotice(source, file);
  const lines = toSourceLines(source, file);
  const attachmentLine = passage(notice, 'attachment-note')!.line;
  const narrative = linesToBlocks(lines.filter((l) => l.number < attachmentLine));
  const paragraphs = [passage(notice, 'addressee')!, ...sectionsOf(notice).flatMap((s) => s.paragraphs)];

  test('rejoins exactly the four paragraphs a page break split, inserting nothing', () => {
    const joined = narrative.slice(1).flatMap((block, i) => {
      const before = narrative[i]!;
      const paragraph = paragraphs.find((p) => p.line === before.line);
      return paragraph?.text.includes(before.text + block.text) ? [[before.lastLine, block.line]] : [];
    });
    expect(joined).toEqual([
      [25, 27], // …将国家试点 / 任务细化为…
      [37, 39], // …支持 / 建设航空飞机维修基地…
      [53, 55], // …发挥海丝中央法务区参 / 与国际标准制定优势…
      [69, 71], // …风险处置合作， / 进一步完善风险评估…
    ]);
    expect(paragraphs.find((p) => p.line === 25)?.text).toContain('将国家试点任务细化为可落地的具体举措');
    expect(paragraphs.find((p) => p.line === 37)?.text).toContain('支持建设航空飞机维修基地');
  });

  test('keeps every other break in the narrative as a paragraph or heading break', () => {
    const startsOfParagraphsOrHeadings = new Set([
      ...paragraphs.map((p) => p.line),
      ...sectionsOf(notice).map((s) => s.line),
      ...['masthead', 'number', 'title', 'publicity', 'heading'].map((role) => passage(notice, role)!.line),
    ]);
    const continued = new Set([27, 39, 55, 71]);
    for (const block of narrative) {
      expect(startsOfParagraphsOrHeadings.has(block.line) !== continued.has(block.line), `block on line ${block.line}`).toBe(true);
    }
  });

  test('rejoins the wrapped unit names of 有关单位 with nothing inserted', () => {
    const { names } = passage(notice, 'related-units')!;
    expect(names).toEqual(expect.arrayContaining(['人民银行厦门市分行', '市通信管理局', '翔安国际机场建设指挥部', '信息集团']));
    expect(names).toHaveLength(13);
  });

  test('reads every blank line in the attachment as falling between two whole rows', () => {
    const start = lines.findIndex((l) => l.text === '序号\t任务内容');
    const end = lines.findIndex((l) => l.text.startsWith('有关单位：'));
    // The line of 有关单位 closes the table: a blank line before it is a boundary too.
    const rows = lines.slice(start + 1, end + 1);
    const row = /^(?:\d+\t\S|[一二三四五六七八九十]+、|有关单位：)/;
    rows.forEach((line, i) => {
      if (line.text !== '') return;
      const before = rows.slice(0, i).findLast((l) => l.text !== '');
      const after = rows.slice(i + 1).find((l) => l.text !== '');
      expect(before && row.test(before.text), `line ${line.number}`).toBe(true);
      expect(after && row.test(after.text), `line ${line.number}`).toBe(true);
    });
    expect(rows.filter((l) => l.text === '').length).toBe(22);
  });
});

describe('every break in the services-trade table', () => {
  const file = SEEDS['services-trade'];
  const source = readProjectFile(file);
  const lines = toSourceLines(source, file);

  test('every blank line separates two records, and the one wrapped line is the header cell', () => {
    const blank = lines.filter((l) => l.text === '');
    // One after the header, one between each pair of the 88 measures, one at the end.
    expect(blank).toHaveLength(1 + 87 + 1);
    const wrapped = lines.filter((l) => l.text !== '' && !l.text.startsWith('\t') && l.number > 2);
    expect(wrapped).toEqual([{ number: 7, text: '支持和指导部门' }]);
    expect(listOf(parseMeasuresTable(source, file)).columns[3]?.heading).toBe('上级制定政策保障措施或支持和指导部门');
  });
});
