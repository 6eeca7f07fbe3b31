import type { ParsedCategory } from '#lib/schema/category.ts';
import type { Paragraph } from '#lib/schema/common.ts';
import { parsedDocumentSchema, type ParsedDocument, type ParsedPart, type ParsedSection, type Passage } from '#lib/schema/document.ts';
import type { ParsedTask } from '#lib/schema/task.ts';
import { SourceError, quoteSource } from '#lib/text/source-error.ts';
import { isPageBreak, linesToBlocks, type Block } from '#lib/parse/blocks.ts';
import { checkRecords } from '#lib/parse/check-records.ts';
import { chineseNumeralToNumber } from '#lib/parse/chinese-numerals.ts';
import type { DocumentParser } from '#lib/parse/parser.ts';
import { checkTaskLength, isBlank, toSourceLines, type SourceLine } from '#lib/parse/source-lines.ts';

const NUMERAL = '[一二三四五六七八九十]+';
const DOCUMENT_NUMBER = /^\S+〔\d{4}〕\d+号$/;
const SECTION = new RegExp(`^(${NUMERAL})、(.+)$`);
const SUBSECTION = new RegExp(`^（(${NUMERAL})）(.+)$`);
const PUBLICITY = /^（此件.+）$/;
const ATTACHMENT_REFERENCE = /^附件：(.+)$/;
const DECLARED_TASKS = /(\d+)\s*项([^\s，。]*试点任务)/;
const TABLE_CATEGORY = new RegExp(`^(${NUMERAL})、([^\\t]+)\\t?$`);
const TABLE_TASK = /^(\d+)\t(.+)$/;
const RELATED_UNITS = /^(有关单位)：(.+)$/;
const COPY_TO = /^(抄送)：(.+)$/;
const PRINTED = /^(\d{4})年(\d{1,2})月(\d{1,2})日印发$/;

/** A cursor over the blocks of the notice, for reading it front to back. */
class Blocks {
  #blocks: readonly Block[];
  #next = 0;
  readonly file: string;

  constructor(blocks: readonly Block[], file: string) {
    this.#blocks = blocks;
    this.file = file;
  }

  peek(): Block | undefined {
    return this.#blocks[this.#next];
  }

  /** Takes the next block, or fails saying what should have been there. */
  take(expected: string, test: (text: string) => boolean = () => true): Block {
    const block = this.#blocks[this.#next];
    if (!block) throw new SourceError(this.file, this.lastLine, expected, 'the end of the file');
    if (!test(block.text)) throw new SourceError(this.file, block.line, expected, quoteSource(block.text));
    this.#next += 1;
    return block;
  }

  get lastLine(): number {
    return this.#blocks.at(-1)?.lastLine ?? 1;
  }
}

const toParagraph = (block: Block): Paragraph => ({ text: block.text, line: block.line });
/** A block as a passage playing `role`. */
const toPassage = (role: string, block: Paragraph): Passage => ({ kind: 'passage', role, text: block.text, line: block.line });

/** Reads prose blocks until `stop` matches, rejoining paragraphs split by page breaks. */
function readProse(blocks: Blocks, stop: (text: string) => boolean): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (let block = blocks.peek(); block && !stop(block.text); block = blocks.peek()) {
    blocks.take('a paragraph');
    const previous = paragraphs.at(-1);
    if (previous && isPageBreak(previous.text)) previous.text += block.text;
    else paragraphs.push(toParagraph(block));
  }
  return paragraphs;
}

/**
 * The notice's front matter (masthead, number, title) and the notice itself
 * (addressee, text, publicity note), each as a part of the document.
 */
function readNotice(blocks: Blocks): { front: ParsedPart; notice: ParsedPart; stated: Omit<ParsedDocument['stated'], 'date'> } {
  const masthead = blocks.take('the masthead, e.g. 厦门市人民政府文件');
  const number = blocks.take('the document number, e.g. 厦府〔2026〕88号', (t) => DOCUMENT_NUMBER.test(t));
  const title = blocks.take('the title of the notice', (t) => t.endsWith('通知'));
  const addressee = blocks.take('the addressees, ending with "："', (t) => t.endsWith('：'));
  const body = readProse(blocks, (t) => PUBLICITY.test(t));
  const publicity = blocks.take('the publicity note, e.g. （此件主动公开）', (t) => PUBLICITY.test(t));
  if (body.length === 0) throw new SourceError(blocks.file, publicity.line, 'the text of the notice before the publicity note', quoteSource(publicity.text));
  // The printed title breaks its line where the extraction left a space.
  const printedLines = title.text.split(/ +/);
  const titleText = printedLines.join('');
  return {
    front: {
      kind: 'text',
      key: 'front',
      role: 'front-matter',
      blocks: [
        toPassage('masthead', masthead),
        toPassage('number', number),
        { ...toPassage('title', { text: titleText, line: title.line }), ...(printedLines.length > 1 ? { printedLines } : {}) },
      ],
    },
    notice: {
      kind: 'text',
      key: 'notice',
      role: 'notice',
      blocks: [
        toPassage('addressee', addressee),
        { kind: 'section', key: 'notice', level: 0, label: '', heading: null, line: body[0]?.line ?? publicity.line, paragraphs: body },
        toPassage('publicity', publicity),
      ],
    },
    stated: { title: { text: titleText, line: title.line }, issuer: toParagraph(masthead), number: toParagraph(number) },
  };
}

const isHeading = (text: string) => SECTION.test(text) || SUBSECTION.test(text);
const isEndOfPlan = (text: string) => ATTACHMENT_REFERENCE.test(text);

function readPlan(blocks: Blocks): { title: Paragraph; sections: ParsedSection[]; attachmentReference: Paragraph } {
  const title = toParagraph(blocks.take('the title of the plan'));
  const preamble = readProse(blocks, (t) => isHeading(t) || isEndOfPlan(t));
  const sections: ParsedSection[] = [];
  if (preamble.length > 0)
    sections.push({ kind: 'section', key: 'preamble', level: 0, label: '', heading: null, line: preamble[0]?.line ?? title.line, paragraphs: preamble });

  let sectionNumber = 0;
  let subsectionNumber = 0;
  for (let block = blocks.peek(); block && !isEndOfPlan(block.text); block = blocks.peek()) {
    // readProse stops only at a heading or the end of the plan, so this block is a heading.
    const section = SECTION.exec(block.text);
    if (section) {
      const n = chineseNumeralToNumber(section[1] as string);
      if (n !== sectionNumber + 1)
        throw new SourceError(blocks.file, block.line, `section ${sectionNumber + 1} (a heading such as 一、…)`, quoteSource(block.text));
      sectionNumber = n;
      subsectionNumber = 0;
      blocks.take('a section heading');
      sections.push({
        kind: 'section',
        key: `${n}`,
        level: 1,
        label: `${section[1]}、`,
        heading: section[2] as string,
        line: block.line,
        paragraphs: readProse(blocks, (t) => isHeading(t) || isEndOfPlan(t)),
      });
      continue;
    }
    const subsection = SUBSECTION.exec(block.text) as RegExpExecArray;
    const n = chineseNumeralToNumber(subsection[1] as string);
    if (sectionNumber === 0 || n !== subsectionNumber + 1) {
      throw new SourceError(
        blocks.file,
        block.line,
        `subsection ${subsectionNumber + 1} of section ${sectionNumber} (a heading such as （一）…)`,
        quoteSource(block.text),
      );
    }
    subsectionNumber = n;
    blocks.take('a subsection heading');
    sections.push({
      kind: 'section',
      key: `${sectionNumber}-${n}`,
      level: 2,
      label: `（${subsection[1]}）`,
      heading: subsection[2] as string,
      line: block.line,
      paragraphs: readProse(blocks, (t) => isHeading(t) || isEndOfPlan(t)),
    });
  }
  if (sectionNumber === 0) throw new SourceError(blocks.file, title.line, 'the plan to have numbered sections (一、…)', 'none');
  const attachmentReference = toParagraph(blocks.take('the attachment line, e.g. 附件：…', isEndOfPlan));
  return { title, sections, attachmentReference };
}

/** The task counts the plan declares in its headings, e.g. （一）重点聚焦 106 项共性试点任务. */
function readDeclaredTasks(sections: readonly ParsedSection[], file: string, line: number): { count: number; kind: string; line: number }[] {
  const declared = sections.flatMap((s) => {
    const match = s.heading ? DECLARED_TASKS.exec(s.heading) : null;
    return match ? [{ count: Number(match[1]), kind: match[2] as string, line: s.line }] : [];
  });
  if (declared.length === 0) throw new SourceError(file, line, 'the plan to declare its number of tasks, e.g. "106 项共性试点任务"', 'no such heading');
  return declared;
}

/**
 * Reads the attachment's task list line by line. Its rows are one per line;
 * blank lines between rows are page breaks and carry no meaning.
 */
function readTable(lines: readonly SourceLine[], start: number, file: string) {
  const categories: ParsedCategory[] = [];
  const tasks: ParsedTask[] = [];
  let header: string[] | null = null;
  let index = start;
  for (; index < lines.length; index += 1) {
    const line = lines[index] as SourceLine;
    if (isBlank(line)) continue;
    if (RELATED_UNITS.test(line.text)) break;
    if (!header) {
      header = line.text.split('\t');
      // Every row below is "number<tab>text", so the header has those two cells.
      if (header.length !== 2 || header.some((cell) => cell === ''))
        throw new SourceError(file, line.number, 'the header row of the task list, e.g. 序号<tab>任务内容', quoteSource(line.text));
      continue;
    }
    const category = TABLE_CATEGORY.exec(line.text);
    const task = TABLE_TASK.exec(line.text);
    if (category) {
      const ordinal = chineseNumeralToNumber(category[1] as string);
      if (ordinal !== categories.length + 1)
        throw new SourceError(file, line.number, `heading ${categories.length + 1} of the task list`, quoteSource(line.text));
      categories.push({ ordinal, label: `${category[1]}、`, heading: category[2] as string, line: line.number });
    } else if (task) {
      const expected = tasks.length + 1;
      if (Number(task[1]) !== expected) throw new SourceError(file, line.number, `serial number ${expected}`, quoteSource(task[1] as string));
      const current = categories.at(-1);
      if (!current)
        throw new SourceError(file, line.number, `a heading such as 一、… before task ${expected}; it stands under no heading`, quoteSource(line.text));
      checkTaskLength(task[2] as string, `task ${expected}`, file, line.number);
      tasks.push({ number: expected, category: current.ordinal, text: task[2] as string, line: line.number, cells: [], bodies: null });
    } else {
      throw new SourceError(file, line.number, `task ${tasks.length + 1} as "number<tab>text", a heading such as 一、…, or 有关单位：`, quoteSource(line.text));
    }
  }
  if (!header) throw new SourceError(file, lines.at(-1)?.number ?? 1, 'the header row of the task list', 'the end of the file');
  if (tasks.length === 0) throw new SourceError(file, lines[start]?.number ?? 1, 'at least one task in the attachment', 'none');
  const [number = '', text = ''] = header;
  return {
    columns: [
      { field: 'number' as const, heading: number },
      { field: 'text' as const, heading: text },
    ],
    categories,
    tasks,
    next: index,
  };
}

/** The closing block (版记): the related units, the copy-to line, the issuing office and the printing date. */
function readClosing(blocks: Blocks): { closing: ParsedPart; date: Paragraph & { date: string } } {
  const related = blocks.take('the related units, 有关单位：…', (t) => RELATED_UNITS.test(t));
  const [, relatedLabel = '', relatedText = ''] = RELATED_UNITS.exec(related.text) ?? [];
  const names = relatedText.replace(/。$/, '').split(/[、，]/);
  if (names.some((n) => n === '')) throw new SourceError(blocks.file, related.line, 'unit names separated by 、 or ，', quoteSource(relatedText));
  const copy = blocks.take('the copy-to line, 抄送：…', (t) => COPY_TO.test(t));
  const [, copyLabel = '', copyText = ''] = COPY_TO.exec(copy.text) ?? [];
  const office = blocks.take('the issuing office, e.g. 厦门市人民政府办公厅');
  const printed = blocks.take('the printing date, e.g. 2026年3月24日印发', (t) => PRINTED.test(t));
  const [, y = '', m = '', d = ''] = PRINTED.exec(printed.text) ?? [];
  const rest = blocks.peek();
  if (rest) throw new SourceError(blocks.file, rest.line, 'the end of the file after the printing date', quoteSource(rest.text));
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return {
    closing: {
      kind: 'text',
      key: 'closing',
      role: 'back-matter',
      blocks: [
        { kind: 'passage', role: 'related-units', label: relatedLabel, text: relatedText, line: related.line, names },
        { kind: 'passage', role: 'copy-to', label: copyLabel, text: copyText, line: copy.line },
        toPassage('issuing-office', office),
        { ...toPassage('printed', printed), date },
      ],
    },
    date: { ...toParagraph(printed), date },
  };
}

/**
 * Parses a municipal government notice that issues a plan with an attachment
 * of numbered tasks (003_…txt, 厦府〔2026〕88号): the notice header, the plan in
 * sections 一、… with subsections （一）…, the attachment's task list under
 * headings 一、…, and the closing block.
 *
 * Its parts: the front matter (masthead, number, title), the notice
 * (addressee, text, publicity note), the plan (its title, sections and the
 * line naming its attachment), the attachment (label, title, list) and the
 * back matter (版记).
 *
 * Pure: a string in, records out. Throws {@link SourceError} naming the line and
 * what was expected when the text does not have this shape, or when the
 * attachment does not hold the number of tasks the plan declares.
 *
 * @example
 * parse(seedText, 'seeds/003_fb70ce431c18d979.txt', {}).parts[3] // → { kind: 'items', key: 'attachment', … 111 tasks }
 */
export const parse: DocumentParser = (source, file, options = {}) => {
  const lines = toSourceLines(source, file, options);
  const blocks = new Blocks(linesToBlocks(lines), file);
  const { front, notice, stated } = readNotice(blocks);
  const plan = readPlan(blocks);
  const declaredTasks = readDeclaredTasks(plan.sections, file, plan.title.line);

  // The attachment: its label and title, then a table read line by line.
  const label = blocks.take('the attachment label 附件', (t) => t === '附件');
  const [, referencedTitle] = ATTACHMENT_REFERENCE.exec(plan.attachmentReference.text) ?? [];
  const title = blocks.take(`the attachment title ${referencedTitle}, as the plan names it`, (t) => t === referencedTitle);
  const afterTitle = lines.findIndex((l) => l.number > title.lastLine);
  const table = readTable(lines, afterTitle === -1 ? lines.length : afterTitle, file);

  const declaredTotal = declaredTasks.reduce((sum, d) => sum + d.count, 0);
  if (table.tasks.length !== declaredTotal) {
    const where = declaredTasks.map((d) => `${d.count} ${d.kind} on line ${d.line}`).join(' + ');
    throw new SourceError(
      file,
      table.tasks.at(-1)?.line ?? title.line,
      `${declaredTotal} tasks in the attachment, as the plan declares (${where})`,
      `${table.tasks.length}`,
    );
  }

  const { closing, date } = readClosing(new Blocks(linesToBlocks(lines.slice(table.next)), file));
  const document: ParsedDocument = {
    stated: { ...stated, date },
    parts: [
      front,
      notice,
      {
        kind: 'text',
        key: 'plan',
        role: 'plan',
        blocks: [toPassage('heading', plan.title), ...plan.sections, toPassage('attachment-note', plan.attachmentReference)],
      },
      {
        kind: 'items',
        key: 'attachment',
        role: 'attachment',
        blocks: [toPassage('label', toParagraph(label)), toPassage('heading', toParagraph(title))],
        columns: table.columns,
        categories: table.categories,
        tasks: table.tasks,
      },
      closing,
    ],
  };
  return checkRecords(parsedDocumentSchema, document, file);
};
