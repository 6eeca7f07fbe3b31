import type { ParsedCategory } from '../schema/category.ts';
import type { ColumnField, ParsedDocument } from '../schema/document.ts';
import type { ParsedTask } from '../schema/task.ts';
import { chineseNumeralToNumber } from './chinese-numerals.ts';
import { SourceError, quoteSource } from './source-error.ts';
import { tableToDocument } from './table-document.ts';
import { checkTaskLength, isBlank, toSourceLines, type ParseOptions, type SourceLine } from './source-lines.ts';

/** What the table's two columns hold: the task, and the units that lead it (no co-operating units, no higher authorities, no remark). */
const FIELDS: readonly ColumnField[] = ['text', 'lead'];
const HEADING = /^（([一二三四五六七八九十]+)）(.+)$/;
const DIGITS = '一二三四五六七八九';

/** The Chinese numeral of 1 to 99 (the inverse of chineseNumeralToNumber), for messages: 3 → 三, 14 → 十四. */
function numberToChineseNumeral(n: number): string {
  const [tens, units] = [Math.floor(n / 10), n % 10];
  const digit = (d: number) => DIGITS[d - 1] ?? '';
  return tens === 0 ? digit(units) : `${tens === 1 ? '' : digit(tens)}十${units === 0 ? '' : digit(units)}`;
}

/** The lead units of a cell, separated by 、; null for an empty name (a doubled or dangling 、, or a stray ，). */
function leadCellToNames(cell: string): string[] | null {
  const names = cell.split('、');
  return names.every((n) => n !== '' && !n.includes('，')) ? names : null;
}

/**
 * Parses a two-column task list (the `lead-table` format): the label 附件, the
 * title, then a header row `任务<tab>牵头单位`, then rows that are either a
 * group heading such as （一）丰富文化旅游消费 on a line of its own, or a task:
 * its text, a tab, and its lead units separated by 、. Tasks are not numbered
 * in the source; they are numbered by position, 1 to n across the headings.
 * Blank lines between rows are page breaks of the extraction and separate
 * nothing; a row is never wrapped.
 *
 * Pure: a string in, records out. Throws {@link SourceError} naming the line
 * and what was expected when the text does not have this shape.
 *
 * @example
 * parseLeadTable('附件\n\n清单\n\n任务\t牵头单位\n（一）文旅\n开发夜间游览项目。\t市文旅局', 'x.txt').attachment.tasks[0]?.assignment?.lead
 * // → ['市文旅局']
 */
export function parseLeadTable(source: string, file: string, options: ParseOptions = {}): ParsedDocument {
  const rows = toSourceLines(source, file, options).filter((line) => !isBlank(line));
  const [label, title, header, ...body] = rows;
  if (!label || !/^附件\d*$/.test(label.text))
    throw new SourceError(file, label?.number ?? 1, 'the label 附件 on its own line', label ? quoteSource(label.text) : 'an empty file');
  if (!title || title.text.includes('\t') || HEADING.test(title.text))
    throw new SourceError(
      file,
      title?.number ?? label.number,
      'the title of the task list after the label',
      title ? quoteSource(title.text) : 'the end of the file',
    );
  const headings = header?.text.split('\t') ?? [];
  if (!header || headings.length !== FIELDS.length || headings.some((h) => h === '')) {
    throw new SourceError(
      file,
      header?.number ?? title.number,
      'a header row of two headings separated by a tab, such as 任务<tab>牵头单位',
      header ? quoteSource(header.text) : 'the end of the file',
    );
  }

  const categories: ParsedCategory[] = [];
  const tasks: ParsedTask[] = [];
  for (const row of body as SourceLine[]) {
    const cells = row.text.split('\t');
    if (cells.length === 1) {
      const match = HEADING.exec(row.text);
      const ordinal = match ? chineseNumeralToNumber(match[1] as string) : null;
      if (!match || ordinal !== categories.length + 1) {
        throw new SourceError(
          file,
          row.number,
          `a task row (its text, a tab, its lead units) or the heading of group ${categories.length + 1}, numbered （${numberToChineseNumeral(categories.length + 1)}）`,
          quoteSource(row.text),
        );
      }
      categories.push({ ordinal, label: `（${match[1]}）`, heading: match[2] as string, line: row.number });
      continue;
    }
    const number = tasks.length + 1;
    const [text, lead] = cells as [string, string];
    if (cells.length !== 2 || text === '')
      throw new SourceError(file, row.number, `task ${number}: its text, one tab and its lead units`, quoteSource(row.text));
    checkTaskLength(text, 'a task', file, row.number);
    const category = categories.at(-1);
    if (!category)
      throw new SourceError(file, row.number, `a group heading such as （一）… before task ${number}; it stands under no heading`, quoteSource(row.text));
    const names = leadCellToNames(lead);
    if (!names) throw new SourceError(file, row.number, `the lead units of task ${number}, separated by 、, with no empty name`, quoteSource(lead));
    tasks.push({
      number,
      category: category.ordinal,
      text,
      line: row.number,
      // The one column names lead units only: the source says nothing of co-operating units or higher authorities.
      assignment: {
        supervisingText: null,
        supervisingLine: null,
        responsibilityText: lead,
        responsibilityLine: row.number,
        supervising: [],
        lead: names,
        cooperating: [],
      },
      remark: null,
    });
  }

  const last = rows.at(-1) as SourceLine;
  if (tasks.length === 0) throw new SourceError(file, last.number, 'at least one task after the header row', 'none');
  const emptyHeading = categories.find((c) => !tasks.some((t) => t.category === c.ordinal));
  if (emptyHeading) throw new SourceError(file, emptyHeading.line, `at least one task under the heading ${emptyHeading.label}${emptyHeading.heading}`, 'none');
  return tableToDocument(
    {
      label: label.text,
      title: { text: title.text, line: title.number },
      columns: headings.map((heading, i) => ({ field: FIELDS[i] as ColumnField, heading })),
      categories,
      tasks,
    },
    file,
  );
}
