import { z } from 'zod';
import { slugSchema } from '../schema/common.ts';
import { taskIdSchema } from '../schema/task.ts';
import { mdxTextSchema } from './mdx-text.ts';

/**
 * Marks: spans of one paragraph that refer to something the site has a page
 * or an entry for. Offsets are UTF-16 code units, as `String.prototype.slice`
 * counts them; `end` is exclusive. A mark never changes the text it covers:
 * it only says what that text refers to.
 */

const spanShape = {
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
};

/** The anchor of a glossary entry: letters, digits and single hyphens, as `glossaryAnchor` makes it. */
export const termAnchorSchema = z.string().regex(/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u, 'a glossary anchor (letters and digits joined by "-")');

/** A clause of the plan that names a task in words. */
export const clauseMarkSchema = z.strictObject({
  kind: z.literal('clause'),
  ...spanShape,
  task: taskIdSchema,
  /** The task's document and key, which make its page in any language. */
  document: slugSchema,
  key: z.string().regex(/^[1-9]\d*(?:-[1-9]\d*)?$/),
});
/**
 * A glossary term: its entry's anchor, and its rendering in the other language for a hint.
 * The hint, like a citation's number and title, is a prop of the component, so it is text the MDX writer can keep ({@link mdxTextSchema}).
 */
export const termMarkSchema = z.strictObject({
  kind: z.literal('term'),
  ...spanShape,
  term: termAnchorSchema,
  hint: mdxTextSchema,
  /** The entry's note for readers, where it has one: what makes the term worth marking in running text (see {@link readerMarks}). */
  note: mdxTextSchema.optional(),
});
/** The name of a body the registry knows. */
export const bodyMarkSchema = z.strictObject({ kind: z.literal('body'), ...spanShape, agency: slugSchema });
/** A cited document: its number as written, and its title as written where the text gives one next to it. */
export const citationMarkSchema = z.strictObject({
  kind: z.literal('citation'),
  ...spanShape,
  number: mdxTextSchema,
  title: mdxTextSchema.optional(),
});

/** Any mark. */
export const markSchema = z.discriminatedUnion('kind', [clauseMarkSchema, termMarkSchema, bodyMarkSchema, citationMarkSchema]);
export type Mark = z.output<typeof markSchema>;
export type ClauseMark = z.output<typeof clauseMarkSchema>;
export type TermMark = z.output<typeof termMarkSchema>;
export type BodyMark = z.output<typeof bodyMarkSchema>;
export type CitationMark = z.output<typeof citationMarkSchema>;
/** A mark that sits inside a clause or in the open text: anything but a clause. */
export type InnerMark = TermMark | BodyMark | CitationMark;

/**
 * Which of two inner marks on the very same span wins: a citation (it holds a
 * whole title), then a body (it has a page of its own), then a term.
 */
const KIND_RANK: Record<InnerMark['kind'], number> = { citation: 0, body: 1, term: 2 };

/**
 * The order in which overlapping marks are considered: earliest start first,
 * then the longest, then by kind ({@link KIND_RANK}), then by their content,
 * so the outcome never depends on the order the finders returned them in.
 */
export function compareMarks(a: Mark, b: Mark): number {
  const rank = (m: Mark) => (m.kind === 'clause' ? -1 : KIND_RANK[m.kind]);
  return a.start - b.start || b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);
}

/**
 * Keeps, from spans that may overlap, the ones that win by the rule
 * "earliest, then longest": walking the spans in {@link compareMarks} order,
 * a span is kept unless it overlaps one kept before it. 厦门自贸片区 thus wins
 * over the 自贸片区 inside it, and of two spans that cross, the one that
 * starts first wins.
 *
 * @example
 * earliestLongest([{ kind: 'term', start: 2, end: 6, … }, { kind: 'term', start: 0, end: 6, … }]) // → [{ start: 0, end: 6, … }]
 */
export function earliestLongest<T extends Mark>(marks: readonly T[]): T[] {
  const kept: T[] = [];
  let reach = 0;
  for (const mark of [...marks].sort(compareMarks)) {
    if (mark.start < reach) continue;
    kept.push(mark);
    reach = mark.end;
  }
  return kept;
}

/** A clause and the inner marks inside it, or (clause `null`) a stretch of open text and the inner marks in it. */
export interface MarkGroup {
  clause: ClauseMark | null;
  start: number;
  end: number;
  inner: InnerMark[];
}

const describe = (mark: Mark, i: number) => `mark ${i} (${mark.kind} ${mark.start}–${mark.end})`;

/**
 * Checks marks against a paragraph of `length` code units and arranges them
 * for writing, by these rules:
 *
 * - A clause is the outer span. Clauses come from the plan's own sentence
 *   links, not from a pattern, so two that overlap are an error, not a choice.
 * - Terms, bodies and citations are inner spans. One that crosses the edge of
 *   a clause cannot nest in it and is left out; the clause wins.
 * - Inner spans never overlap: of those that do, {@link earliestLongest} keeps
 *   the earliest, then the longest, then citation before body before term.
 *
 * The groups cover the paragraph from 0 to `length` without a gap, in order.
 * Throws, naming the mark, on a mark that is malformed or outside the text.
 *
 * @example
 * resolveMarks(8, [{ kind: 'clause', start: 2, end: 6, task: 'services-opening-12' }])
 * // → [{ clause: null, start: 0, end: 2, inner: [] }, { clause: {…}, start: 2, end: 6, inner: [] }, { clause: null, start: 6, end: 8, inner: [] }]
 */
export function resolveMarks(length: number, marks: readonly Mark[]): MarkGroup[] {
  marks.forEach((mark, i) => {
    const parsed = markSchema.safeParse(mark);
    if (!parsed.success) throw new Error(`resolveMarks: mark ${i} is malformed: ${z.prettifyError(parsed.error)}`);
    if (mark.start >= mark.end || mark.end > length) {
      throw new Error(`resolveMarks: ${describe(mark, i)} is not a non-empty span inside the paragraph of ${length} code units`);
    }
  });
  const clauses = marks.filter((m): m is ClauseMark => m.kind === 'clause').sort(compareMarks);
  clauses.forEach((clause, i) => {
    const previous = clauses[i - 1];
    if (previous && clause.start < previous.end) {
      throw new Error(
        `resolveMarks: the clause ${clause.start}–${clause.end} (${clause.task}) overlaps the clause ${previous.start}–${previous.end} (${previous.task})`,
      );
    }
  });

  const groups: MarkGroup[] = [];
  let cursor = 0;
  for (const clause of clauses) {
    if (clause.start > cursor) groups.push({ clause: null, start: cursor, end: clause.start, inner: [] });
    groups.push({ clause, start: clause.start, end: clause.end, inner: [] });
    cursor = clause.end;
  }
  if (cursor < length || groups.length === 0) groups.push({ clause: null, start: cursor, end: length, inner: [] });

  const inner = marks.filter((m): m is InnerMark => m.kind !== 'clause');
  for (const group of groups) {
    group.inner = earliestLongest(inner.filter((m) => m.start >= group.start && m.end <= group.end));
  }
  return groups;
}

/** At most this many links per 1,000 characters of running text: a clause, a term and a body each count one. */
export const LINKS_PER_1000_CHARACTERS = 8;

/**
 * How many links a text of `length` characters may carry: 8 per 1,000,
 * rounded down, so a page made of such texts never carries more.
 *
 * @example linkBudget(255) // → 2
 * @example linkBudget(120) // → 0
 */
export const linkBudget = (length: number) => Math.floor((length * LINKS_PER_1000_CHARACTERS) / 1000);

/** True for a mark that the page renders as something to tap: a clause, or a term or a body outside a clause (inside one, the clause is the link). */
export const isLink = (mark: Mark) => mark.kind === 'clause' || mark.kind === 'term' || mark.kind === 'body';

/**
 * The marks a reader is shown, of all that the finders found in the
 * paragraphs of one text (a task, a section) in one language: the text as
 * it is, with what helps marked and nothing that crowds it.
 *
 * - Every clause (the plan's own references to its tasks) and every citation
 *   (a `<cite>`, not a link) is kept.
 * - A glossary term is marked only where its entry has something to say (a
 *   note), and never inside a clause: the clause is the link there, and a
 *   term inside it could only be a tooltip, which a touch screen never shows.
 * - A term or a body is marked at its first mention in the text, not again.
 * - Then, in the order of the text, terms and bodies are kept while the text
 *   has links to spare: at most {@link linkBudget} of its length, clauses
 *   included. Overlaps are settled first ({@link resolveMarks}), so a longer
 *   term without a note still hides a shorter one inside it.
 *
 * @param paragraphs each paragraph's length and the marks found in it
 * @returns the marks to write, per paragraph
 * @example
 * readerMarks([{ length: 130, marks: [{ kind: 'term', start: 0, end: 4, term: '自贸片区', hint: 'Pilot Free Trade Zone area', note: 'An area of a zone.' }, { kind: 'term', start: 10, end: 13, term: '国务院', hint: 'State Council' }] }])
 * // → [[{ kind: 'term', start: 0, end: 4, term: '自贸片区', … }]]
 */
export function readerMarks(paragraphs: readonly { length: number; marks: readonly Mark[] }[]): Mark[][] {
  const seen = new Set<string>();
  const wanted = paragraphs.map(({ length, marks }) =>
    resolveMarks(length, marks).flatMap(({ clause, inner }) => [
      ...(clause ? [clause] : []),
      ...inner.filter((mark) => {
        if (mark.kind === 'citation') return true;
        if (mark.kind === 'body' && clause) return true;
        if (mark.kind === 'term' && (clause || mark.note === undefined)) return false;
        const key = mark.kind === 'term' ? `term:${mark.term}` : `body:${mark.agency}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      }),
    ]),
  );
  const budget = linkBudget(paragraphs.reduce((sum, p) => sum + p.length, 0));
  let spare = budget - wanted.flat().filter((mark) => mark.kind === 'clause').length;
  // A body inside a clause is plain text there, not a link: it costs nothing.
  const inClause = (marks: readonly Mark[], mark: Mark) => marks.some((m) => m.kind === 'clause' && m.start <= mark.start && mark.end <= m.end);
  return wanted.map((marks) =>
    marks.filter((mark) => {
      if (!isLink(mark) || mark.kind === 'clause' || inClause(marks, mark)) return true;
      if (spare <= 0) return false;
      spare -= 1;
      return true;
    }),
  );
}
