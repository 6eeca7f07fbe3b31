import { isBlank, type SourceLine } from './source-lines.ts';

/** A run of non-blank lines, joined into one text. */
export interface Block {
  /** The lines joined with nothing: a line break inside a block is a wrap, not a space. */
  readonly text: string;
  /** Number of the block's first line. */
  readonly line: number;
  /** Number of the block's last line. */
  readonly lastLine: number;
}

/**
 * Groups lines into blocks at blank lines. Within a block the lines are joined
 * with nothing, because the extraction wraps long lines (人民 / 银行厦门市分行)
 * and Chinese has no spaces between words.
 *
 * @example
 * linesToBlocks([{ number: 1, text: '有关单位：人民' }, { number: 2, text: '银行厦门市分行。' }])
 * // → [{ text: '有关单位：人民银行厦门市分行。', line: 1, lastLine: 2 }]
 */
export function linesToBlocks(lines: readonly SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let current: SourceLine[] = [];
  const flush = () => {
    const first = current[0];
    const last = current.at(-1);
    if (first && last) blocks.push({ text: current.map((l) => l.text).join(''), line: first.number, lastLine: last.number });
    current = [];
  };
  for (const line of lines) {
    if (isBlank(line)) flush();
    else current.push(line);
  }
  flush();
  return blocks;
}

/** Closing quotes and brackets that may follow the punctuation ending a sentence. */
const CLOSERS = /[”’」』）)》〉]+$/u;
/** Punctuation after which a paragraph may end. */
const FINAL = new Set(['。', '！', '？', '!', '?', '；', ';', '：', ':', '…']);

/**
 * The page-break rule. In the extracted 2026 notice a page break shows up as a
 * blank line, exactly like a paragraph break. The two differ in how the text
 * before them ends: a paragraph ends with sentence-final punctuation (。！？；：…,
 * possibly followed by a closing quote or bracket); a page break can fall
 * anywhere, mid-word (…将国家试点 / 任务细化为…) or after a comma.
 *
 * The caller applies this only between two prose paragraphs: headings and
 * other structural lines never end with 。 and are never joined.
 *
 * @example
 * isPageBreak('…积极争取国家层面支持，将国家试点') // → true
 * isPageBreak('…助推更高水平开放型经济新体制建设。') // → false
 */
export function isPageBreak(textBefore: string): boolean {
  const last = textBefore.replace(CLOSERS, '').at(-1);
  return last === undefined || !FINAL.has(last);
}
