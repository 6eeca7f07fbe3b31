import type { Bar, Matrix } from './data.ts';

/** Full-width characters (Han, kana, full-width punctuation) take a whole em; the rest about half. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * The estimated width of a text in a sans-serif face, in user units.
 *
 * @example textWidth('市商务局', 10) // → 40
 */
export function textWidth(text: string, fontSize: number): number {
  return [...text].reduce((sum, char) => sum + (WIDE.test(char) ? 1 : 0.56) * fontSize, 0);
}

/**
 * Breaks a label into lines no wider than `width`: English at spaces,
 * Chinese between any two characters. No character is dropped.
 *
 * @example wrapLabel('Xiamen Municipal Bureau of Commerce', 110, 12) // → ['Xiamen Municipal', 'Bureau of', 'Commerce']
 */
export function wrapLabel(text: string, width: number, fontSize: number): string[] {
  const tokens = text.match(/\p{Script=Han}|[^\s\p{Script=Han}]+\s*|\s+/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line !== '' && textWidth((line + token).trimEnd(), fontSize) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line += token;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

export interface BarRow {
  bar: Bar;
  lines: { text: string; y: number }[];
  barY: number;
  segments: { x: number; width: number; series: number; value: number }[];
  total: number;
  totalX: number;
}

/** Geometry of a bar chart in which each label sits on its own lines above its bar, so the chart stays legible at 320 px. */
export interface BarLayout {
  width: number;
  height: number;
  barHeight: number;
  fontSize: number;
  rows: BarRow[];
}

export function layoutBars(bars: readonly Bar[], { width = 360, fontSize = 13, barHeight = 14, gap = 10 } = {}): BarLayout {
  const valueSpace = 36;
  const max = Math.max(1, ...bars.map((b) => b.values.reduce((sum, v) => sum + v, 0)));
  const scale = (width - valueSpace) / max;
  let y = 0;
  const rows = bars.map((bar) => {
    const lines = wrapLabel(bar.label, width, fontSize).map((text) => {
      y += fontSize + 3;
      return { text, y };
    });
    const barY = y + 4;
    let x = 0;
    const segments = bar.values.map((value, series) => {
      const segment = { x, width: value * scale, series, value };
      x += value * scale;
      return segment;
    });
    y = barY + barHeight + gap;
    return { bar, lines, barY, segments, total: bar.values.reduce((sum, v) => sum + v, 0), totalX: x + 4 };
  });
  return { width, height: y, barHeight, fontSize, rows };
}

/** Geometry of a grid of counts with labelled rows and columns. */
export interface MatrixLayout {
  width: number;
  height: number;
  fontSize: number;
  cell: number;
  labelWidth: number;
  header: number;
  rows: { label: { text: string; y: number }[]; y: number; height: number; href: string }[];
  max: number;
  /** The key under the grid: a few counts from 1 to the largest, each drawn as a cell holding it. */
  legend: { y: number; label: { text: string; y: number }; steps: number[] };
}

/**
 * How strongly a cell is filled: a trace for none, then from 0.2 for one task
 * to 1 for the most. The fill colour is the one that stands out most from
 * the page in each colour scheme (site.css), so in both a cell that holds more
 * stands out more: the legend's "more tasks, more contrast" holds in either.
 *
 * @example cellOpacity(0, 12) // → 0.06
 * @example cellOpacity(12, 12) // → 1
 */
export function cellOpacity(count: number, max: number): number {
  return count === 0 ? 0.06 : Number((0.2 + (0.8 * count) / Math.max(1, max)).toFixed(2));
}

/**
 * The classes of a cell's count, which site.css paints black or white, per
 * colour scheme, whichever reads better on the cell: white on a cell of the
 * light scheme filled past 62 % of the way to the fullest, black on one of the
 * dark scheme past 48.5 %. Where black and white read equally (from the cell
 * colours in site.css: #0b3d6e over white, #8cb8ff over #15181c), either has
 * 4.5:1 or more; the browser test of the charts measures every cell.
 *
 * @example countClasses(7, 10) // → ['count', 'deep-in-light', 'deep-in-dark']
 * @example countClasses(5, 10) // → ['count', 'deep-in-dark']
 */
export function countClasses(count: number, max: number): string[] {
  const ratio = count / Math.max(1, max);
  return ['count', ...(ratio > 0.62 ? ['deep-in-light'] : []), ...(ratio > 0.485 ? ['deep-in-dark'] : [])];
}

/**
 * The counts the matrix's legend shows: 1, the largest, and two between,
 * without repeats.
 *
 * @example legendSteps(12) // → [1, 4, 8, 12]
 * @example legendSteps(2) // → [1, 2]
 */
export function legendSteps(max: number): number[] {
  return [...new Set([1, Math.round(max / 3), Math.round((2 * max) / 3), max].filter((n) => n >= 1 && n <= max))].sort((a, b) => a - b);
}

export function layoutMatrix(matrix: Matrix, legendLabel: string, { labelWidth = 168, cell = 26, fontSize = 11 } = {}): MatrixLayout {
  const header = 22;
  let y = header;
  const rows = matrix.rows.map((row) => {
    const lines = wrapLabel(row.label, labelWidth - 6, fontSize);
    const height = Math.max(cell, lines.length * (fontSize + 2) + 6);
    const top = y;
    const label = lines.map((text, i) => ({ text, y: top + (height - lines.length * (fontSize + 2)) / 2 + (i + 1) * (fontSize + 2) - 2 }));
    y += height;
    return { label, y: top, height, href: row.href };
  });
  const max = Math.max(1, ...matrix.cells.flat());
  const legendY = y + cell / 2;
  return {
    width: labelWidth + matrix.columns.length * cell,
    height: legendY + cell,
    fontSize,
    cell,
    labelWidth,
    header,
    rows,
    max,
    legend: { y: legendY, label: { text: legendLabel, y: legendY + cell / 2 + fontSize / 2 - 1 }, steps: legendSteps(max) },
  };
}
