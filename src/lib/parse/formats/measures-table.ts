import type { ParsedCategory } from '#lib/schema/category.ts';
import type { Field } from '#lib/schema/document.ts';
import type { ParsedTask } from '#lib/schema/task.ts';
import { SourceError, quoteSource } from '#lib/text/source-error.ts';
import { splitResponsibilityCell, splitSupervisingCell } from '#lib/parse/agency-cells.ts';
import { chineseNumeralToNumber } from '#lib/parse/chinese-numerals.ts';
import type { DocumentParser } from '#lib/parse/parser.ts';
import { checkTaskLength, isBlank, toSourceLines, type SourceLine } from '#lib/parse/source-lines.ts';
import { tableToDocument } from '#lib/parse/table-document.ts';

/** One cell of the table: its text (wrapped lines rejoined) and first line. */
interface Cell {
  text: string;
  line: number;
}

/** What the table's six columns hold, left to right. */
const FIELDS: readonly Field[] = ['category', 'number', 'text', 'supervising', 'responsibility', 'remark'];
const COLUMN_COUNT = FIELDS.length;
const CATEGORY = /^（([一二三四五六七八九十]+)）(.+)$/;

/**
 * Reads a record: every line that starts with a tab opens a cell; a line
 * without one continues the cell above it, joined with nothing (the header
 * cell 上级制定政策保障措施或 / 支持和指导部门 is wrapped that way).
 */
function recordToCells(record: readonly SourceLine[], file: string): Cell[] {
  const cells: Cell[] = [];
  for (const line of record) {
    if (line.text.startsWith('\t')) {
      cells.push({ text: line.text.slice(1), line: line.number });
    } else {
      const previous = cells.at(-1);
      if (!previous) throw new SourceError(file, line.number, 'a cell starting with a tab', quoteSource(line.text));
      previous.text += line.text;
      // A cell of one line is bounded by the line limit; a wrapped one is checked as it grows.
      checkTaskLength(previous.text, 'a cell', file, previous.line);
    }
  }
  return cells;
}

/** Splits lines into records at blank lines. */
function linesToRecords(lines: readonly SourceLine[]): SourceLine[][] {
  const records: SourceLine[][] = [[]];
  for (const line of lines) {
    if (isBlank(line)) records.push([]);
    else records.at(-1)?.push(line);
  }
  return records.filter((r) => r.length > 0);
}

/**
 * Parses the services-trade table (000_…txt): a title, a six-column header,
 * then one record per measure, cells on tab-indented lines and records
 * separated by blank lines. The first cell of a record holds a group heading
 * such as （一）完善管理体制 where a new group starts, and is empty otherwise.
 *
 * Pure: a string in, records out. Throws {@link SourceError} naming the line and
 * what was expected when the text does not have this shape.
 *
 * The document is the table alone: its label and title are the front
 * matter, and its rows the one list of items, whose columns hold the
 * heading, the number, the text, the higher authorities (`supervising`),
 * the units responsible (`responsibility`: the lead units, then after the
 * first "，" the co-operating ones) and a remark.
 *
 * @example
 * parse(seedText, 'seeds/000_0b1b6885711b46b3.txt', {}).parts[1].tasks[34].bodies?.lead
 * // → ['人行厦门中心支行', '外汇局厦门市分局']
 */
export const parse: DocumentParser = (source, file, options = {}) => {
  const lines = toSourceLines(source, file, options);
  const [head, ...records] = linesToRecords(lines);
  if (!head) throw new SourceError(file, 1, 'the label 附件 and the table title', 'an empty file');

  // The head is the label, the title and the header row.
  const label = head[0];
  const title = head[1];
  if (!label || label.text.startsWith('\t'))
    throw new SourceError(file, head[0]?.number ?? 1, 'the label 附件 on its own line', quoteSource(label?.text ?? ''));
  if (!title) throw new SourceError(file, label.number, 'the table title on the line after the label', 'a blank line or the end of the file');
  if (title.text.startsWith('\t')) throw new SourceError(file, title.number, 'the table title on the line after the label', quoteSource(title.text));
  const columns = recordToCells(head.slice(2), file);
  if (columns.length !== COLUMN_COUNT) {
    throw new SourceError(file, head[2]?.number ?? title.number, `a header row of ${COLUMN_COUNT} tab-indented cells`, `${columns.length} cells`);
  }
  const emptyColumn = columns.find((c) => c.text === '');
  if (emptyColumn) throw new SourceError(file, emptyColumn.line, 'a column heading', 'an empty cell');

  const categories: ParsedCategory[] = [];
  const tasks: ParsedTask[] = [];
  for (const record of records) {
    const cells = recordToCells(record, file);
    const first = record[0] as SourceLine;
    // The last record of the file lost its empty remark cell in extraction;
    // a missing final cell reads as an empty remark wherever it happens.
    if (cells.length !== COLUMN_COUNT && cells.length !== COLUMN_COUNT - 1) {
      throw new SourceError(
        file,
        first.number,
        `a record of ${COLUMN_COUNT} cells (${columns.map((c) => c.text).join(' | ')})`,
        `${cells.length} cell${cells.length === 1 ? '' : 's'}`,
      );
    }
    const [group, serial, text, supervising, responsibility, remark] = cells as [Cell, Cell, Cell, Cell, Cell, Cell | undefined];

    if (group.text !== '') {
      const match = CATEGORY.exec(group.text);
      const ordinal = match ? chineseNumeralToNumber(match[1] as string) : null;
      if (!match || ordinal !== categories.length + 1) {
        throw new SourceError(
          file,
          group.line,
          `an empty cell or the heading of group ${categories.length + 1}, such as （一）完善管理体制`,
          quoteSource(group.text),
        );
      }
      categories.push({ ordinal, label: `（${match[1]}）`, heading: match[2] as string, line: group.line });
    }

    const expectedNumber = tasks.length + 1;
    if (!/^\d+$/.test(serial.text) || Number(serial.text) !== expectedNumber) {
      throw new SourceError(file, serial.line, `serial number ${expectedNumber}`, quoteSource(serial.text));
    }
    const category = categories.at(-1);
    if (!category) {
      throw new SourceError(
        file,
        group.line,
        `a group heading such as （一）完善管理体制 before measure ${expectedNumber}; it stands under no heading`,
        'an empty cell',
      );
    }
    for (const [cell, what] of [
      [text, 'the text of the measure'],
      [supervising, 'the supervising bodies, or "-"'],
      [responsibility, 'the responsible units'],
    ] as const) {
      if (cell.text === '') throw new SourceError(file, cell.line, `${what} (measure ${expectedNumber})`, 'an empty cell');
    }

    const supervisingNames = splitSupervisingCell(supervising.text);
    if (!supervisingNames) throw new SourceError(file, supervising.line, 'bodies separated by 、 or 及, with no empty name', quoteSource(supervising.text));
    const units = splitResponsibilityCell(responsibility.text);
    if (!units) {
      throw new SourceError(
        file,
        responsibility.line,
        'lead units, then at most one "，" and the co-operating units, separated by 、',
        quoteSource(responsibility.text),
      );
    }

    tasks.push({
      number: expectedNumber,
      category: category.ordinal,
      text: text.text,
      line: serial.line,
      cells: [
        { field: 'supervising', text: supervising.text, line: supervising.line },
        { field: 'responsibility', text: responsibility.text, line: responsibility.line },
        ...(remark && remark.text !== '' ? [{ field: 'remark', text: remark.text, line: remark.line }] : []),
      ],
      bodies: { lead: units.lead, cooperating: units.cooperating, supervising: supervisingNames },
    });
  }

  if (tasks.length === 0) throw new SourceError(file, lines.length, 'at least one measure after the header row', 'none');
  return tableToDocument(
    { text: label.text, line: label.number },
    { text: title.text, line: title.number },
    { columns: columns.map((c, i) => ({ field: FIELDS[i] as Field, heading: c.text })), categories, tasks },
    file,
  );
};
