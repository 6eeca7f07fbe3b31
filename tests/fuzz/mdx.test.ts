import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Mark } from '../../src/lib/emit/marks.ts';
import { onCharacterBoundary, writableText } from '../helpers/hostile-text.ts';
import { renderAnnotatedMdx, type PropsNode } from '../helpers/mdx-components.ts';
import { expectedSpans, renderedSpans, sortSpans, textOf } from '../helpers/mdx-spans.ts';
import { paragraphToMdx } from '../helpers/mdx.ts';
import { RUNS } from './runs.ts';

describe('annotated MDX under fuzzing', () => {
  /** Random marks over a text: clauses that do not overlap, and inner marks that may, each from and to a character boundary. */
  const marksFor = (text: string) => {
    const { length } = text;
    const span = fc
      .integer({ min: 0, max: length - 1 })
      .chain((start) => fc.integer({ min: start + 1, max: length }).map((end) => ({ start, end })))
      .filter(({ start, end }) => onCharacterBoundary(text, start) && onCharacterBoundary(text, end));
    const freeText = fc.oneof(writableText, fc.constantFrom('x', ' ', '\t ', '&copy;'));
    const inner = fc.oneof(
      fc.record({
        kind: fc.constant('term' as const),
        span,
        term: fc.constantFrom('单一窗口', '党中央-国务院', '国际贸易单一窗口', 'BRICS', 'Ⅰ-２'),
        hint: freeText,
      }),
      fc.record({ kind: fc.constant('body' as const), span, agency: fc.stringMatching(/^[a-z0-9]{1,5}(?:-[a-z0-9]{1,5})?$/) }),
      fc.record({ kind: fc.constant('citation' as const), span, number: freeText, title: fc.option(freeText, { nil: undefined }) }),
    );
    // Clauses: cut points in order, every other stretch a clause, so they never overlap.
    const clauses = fc
      .uniqueArray(
        fc.integer({ min: 0, max: length }).filter((at) => onCharacterBoundary(text, at)),
        { maxLength: 6 },
      )
      .map((cuts) => {
        const sorted = [...cuts].sort((a, b) => a - b);
        const marks: Mark[] = [];
        for (let i = 0; i + 1 < sorted.length; i += 2) {
          const [start, end] = [sorted[i]!, sorted[i + 1]!];
          if (start < end) marks.push({ kind: 'clause', start, end, task: `services-opening-${i + 1}`, document: 'services-opening', key: `${i + 1}` });
        }
        return marks;
      });
    return fc.tuple(clauses, fc.array(inner, { maxLength: 8 })).map(([c, i]) => [
      ...c,
      ...i.map(({ span: s, ...rest }) => {
        const mark = { ...rest, ...s } as Mark & { title?: string };
        if (mark.kind === 'citation' && mark.title === undefined) delete mark.title;
        return mark as Mark;
      }),
    ]);
  };
  const paragraphWithMarks = writableText.chain((text) => fc.tuple(fc.constant(text), marksFor(text)));

  test('renders exactly the text, with no element but the paragraph and the marks that win, and nothing exported', async () => {
    await fc.assert(
      fc.asyncProperty(paragraphWithMarks, async ([text, marks]) => {
        const { nodes, exports } = await renderAnnotatedMdx(paragraphToMdx(text, marks));
        expect(exports).toEqual(['default']);
        expect(nodes.length).toBe(1);
        const [p] = nodes as [Exclude<PropsNode, string>];
        expect(p.type).toBe('p');
        expect(p.props).toEqual({});
        // The text, character for character.
        const spans = renderedSpans(p.children, 'p');
        expect(textOf(p.children)).toBe(text);
        // No element but the components, each where the rules put it, with exactly its props.
        expect(sortSpans(spans)).toEqual(sortSpans(expectedSpans(text.length, marks)));
      }),
      { numRuns: RUNS },
    );
    // Each run compiles MDX: allow time on a busy machine. A limit, not a measurement.
  }, 120_000);
});
