import { readProjectFile, SEEDS } from './paths.ts';

/**
 * The seeds read a second time, apart from the parsers of src/lib/parse, so
 * that what the tests expect of search comes from the source texts and not
 * from the code that builds the site. The reading is deliberately plain: one
 * line per cell in the services-trade table, one line per task in the 2026
 * attachment. It throws where a seed stops having that shape, rather than
 * guess.
 */

export type SeedDocument = keyof typeof SEEDS;

/** One task as its seed writes it. */
export interface SeedTask {
  /** `services-trade-12`, `services-opening-3`: the site's task ids. */
  id: string;
  document: SeedDocument;
  number: number;
  /** 具体举措 (services-trade) or 任务内容 (services-opening), verbatim. */
  text: string;
  /** 上级制定政策保障措施或支持和指导部门, verbatim; null in the 2026 attachment, which names no body per task. */
  supervising: string | null;
  /** 责任分工, verbatim; null in the 2026 attachment. */
  responsibility: string | null;
}

/** The tasks of both seeds, and for each seed the text that is not a task's own cells. */
export interface SeedReading {
  tasks: SeedTask[];
  /** Headings, title, and the 2026 notice's own prose and closing block. */
  outside: Record<SeedDocument, string>;
  /** The whole seed text. */
  whole: Record<SeedDocument, string>;
}

const cell = (line: string | undefined, what: string): string => {
  if (line === undefined || !line.startsWith('\t'))
    throw new Error(`seed-tasks: expected a cell (a line starting with a tab) for ${what}, found ${JSON.stringify(line)}`);
  return line.slice(1);
};

/**
 * The services-trade table: a task is a line holding its number alone, then
 * one line each for 具体举措, the supervising bodies, 责任分工 and 备注.
 */
export function tradeTasks(text: string): { tasks: SeedTask[]; outside: string } {
  const lines = text.split('\n');
  const tasks: SeedTask[] = [];
  const outside: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const number = /^\t(\d+)$/.exec(lines[i] ?? '')?.[1];
    if (number === undefined) {
      if (tasks.length === 0 || /^\t（[一二三四五六七八九十]+）/.test(lines[i] ?? '')) outside.push(lines[i] ?? '');
      continue;
    }
    const n = Number(number);
    tasks.push({
      id: `services-trade-${n}`,
      document: 'services-trade',
      number: n,
      text: cell(lines[i + 1], `the text of measure ${n}`),
      supervising: cell(lines[i + 2], `the supervising bodies of measure ${n}`),
      responsibility: cell(lines[i + 3], `the responsibility of measure ${n}`),
    });
    i += 3;
  }
  return { tasks, outside: outside.join('\n') };
}

/** The 2026 notice: its attachment's tasks are lines `N<tab>text` after the column heads 序号 and 任务内容. */
export function openingTasks(text: string): { tasks: SeedTask[]; outside: string } {
  const start = text.indexOf('序号\t任务内容');
  if (start < 0) throw new Error('seed-tasks: no 序号/任务内容 heads in the 2026 notice');
  const tasks: SeedTask[] = [];
  const outside = [text.slice(0, start)];
  for (const line of text.slice(start).split('\n')) {
    const match = /^(\d+)\t(.+)$/.exec(line);
    if (!match) {
      outside.push(line);
      continue;
    }
    const n = Number(match[1]);
    tasks.push({ id: `services-opening-${n}`, document: 'services-opening', number: n, text: match[2] as string, supervising: null, responsibility: null });
  }
  return { tasks, outside: outside.join('\n') };
}

/** Reads both seeds; checks that each has its tasks numbered 1, 2, 3 … without a gap. */
export function readSeeds(): SeedReading {
  const whole = { 'services-trade': readProjectFile(SEEDS['services-trade']), 'services-opening': readProjectFile(SEEDS['services-opening']) };
  const trade = tradeTasks(whole['services-trade']);
  const opening = openingTasks(whole['services-opening']);
  for (const tasks of [trade.tasks, opening.tasks])
    tasks.forEach((task, i) => {
      if (task.number !== i + 1) throw new Error(`seed-tasks: expected task ${i + 1} of ${task.document}, found ${task.number}`);
    });
  return { tasks: [...trade.tasks, ...opening.tasks], outside: { 'services-trade': trade.outside, 'services-opening': opening.outside }, whole };
}

/** The bodies a cell names: "、", "，" and "及" separate them. */
export const cellNames = (cell: string | null): string[] => (cell === null ? [] : cell.split(/[、，及]/).filter((name) => name !== ''));

/** The role a cell gives a body, if it names it: lead before the first "，" of 责任分工, cooperating after it, supervising in the supervising column. */
export function roleOf(task: SeedTask, name: string): 'lead' | 'cooperating' | 'supervising' | null {
  const [lead = '', cooperating = ''] = (task.responsibility ?? '').split('，');
  if (cellNames(lead).includes(name)) return 'lead';
  if (cellNames(cooperating).includes(name)) return 'cooperating';
  if (cellNames(task.supervising).includes(name)) return 'supervising';
  return null;
}

/**
 * Where a word occurs in the seeds, as a line of a reviewer's comment: the
 * task numbers per document, and whether it occurs outside the tasks.
 *
 * @example
 * whereInSeeds(readSeeds(), '两岸') // → 'services-trade 25; services-opening text'
 * whereInSeeds(readSeeds(), '台胞') // → 'neither text'
 */
export function whereInSeeds(seeds: SeedReading, word: string): string {
  const parts: string[] = [];
  for (const document of ['services-trade', 'services-opening'] as const) {
    const numbers = seeds.tasks.filter((t) => t.document === document && t.text.includes(word)).map((t) => t.number);
    const outside = seeds.outside[document].includes(word);
    if (numbers.length > 0) parts.push(`${document} ${numbers.join(' ')}${outside ? ' and its text' : ''}`);
    else if (outside) parts.push(`${document} text`);
  }
  return parts.length > 0 ? parts.join('; ') : 'neither text';
}
