import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { csvCell, tableToCsv } from '../../src/lib/open-data/csv.ts';
import { corpusToOpenData } from '../../src/lib/open-data/records.ts';
import { tasksTable } from '../../src/lib/open-data/tables.ts';
import { corpus } from '../helpers/corpus.ts';

describe('csvCell', () => {
  test('puts a single quote before a cell that a spreadsheet would run as a formula', () => {
    for (const value of ['=1+1', '+86 592', '-2', '@SUM(A1)', '\t=1', '\r=1', '＝1+1', '－']) expect(csvCell(value), value).toBe(`'${value}`);
  });

  test('leaves every other cell exactly as it is', () => {
    for (const value of ['市商务局', '1', 'a=b', "'quoted", '', 'services-opening-12']) expect(csvCell(value), value).toBe(value);
    expect(csvCell(-2)).toBe(-2);
  });
});

describe('tableToCsv', () => {
  const data = corpusToOpenData(corpus, 'http://localhost:4321', { site: { zh: '站', en: 'Site' }, publisher: { zh: null, en: null }, accessed: '2026-12-02' });
  const hostile = { ...data, tasks: data.tasks.map((t, i) => (i === 0 ? { ...t, text: { ...t.text, zh: '=HYPERLINK("http://evil.example","点击")' } } : t)) };

  test('writes a formula-like cell neutralised and quoted, and parses back to the quoted text', () => {
    const csv = tableToCsv(tasksTable, hostile);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""点击"")"`);
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows[0]?.text_zh).toBe(`'=HYPERLINK("http://evil.example","点击")`);
  });

  test('changes no cell of the real data but those that start like a formula', () => {
    const rows = parse(tableToCsv(tasksTable, data), { bom: true, columns: true }) as Record<string, string>[];
    data.tasks.forEach((task, i) => {
      for (const field of tasksTable.fields) {
        const value = String(field.value(task));
        expect(rows[i]?.[field.name], `${task.id} ${field.name}`).toBe(/^[=+\-@\t\r\n＝＋－＠]/.test(value) ? `'${value}` : value);
      }
    });
  });
});
