import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { DocumentParser } from '../../src/lib/parse/parser.ts';
import { parsedDocumentSchema, type ParsedDocument } from '../../src/lib/schema/document.ts';
import { SourceError } from '../../src/lib/text/source-error.ts';
import { knownParsers } from '../helpers/parsers.ts';
import { readProjectFile } from '../helpers/paths.ts';
import { applyEdit, textEdit } from './edits.ts';
import { RUNS } from './runs.ts';

/** Text a corrupted copy might gain: structure characters, digits, Chinese, numerals. */
const noise = fc.oneof(
  fc.constantFrom(
    '\t',
    '\n',
    '\n\n',
    '\r\n',
    ' ',
    '　',
    '1',
    '12',
    '88',
    '（一）',
    '一、',
    '十四、',
    '，',
    '、',
    '。',
    '及',
    '-',
    '附件',
    '有关单位：',
    '\uFEFF',
    '\t\t',
  ),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);

const edit = textEdit(noise);

/** Everything a parse result claims the text says, each of which the text must hold. */
function claimedTexts(records: ParsedDocument): string[] {
  // Whatever parts the layout has: nothing here asks which layout it was.
  const texts = records.parts.flatMap((part) => [
    ...part.blocks.flatMap((block) =>
      block.kind === 'passage'
        ? // A passage printed over several lines (a notice's title) is in the source line by line.
          [...(block.printedLines ?? [block.text]), block.label ?? '', ...(block.names ?? [])]
        : [block.heading ?? '', ...block.paragraphs.map((p) => p.text)],
    ),
    ...(part.kind === 'items'
      ? [...part.columns.map((c) => c.heading), ...part.categories.map((c) => c.heading), ...part.tasks.flatMap((t) => [t.text, ...t.cells.map((c) => c.text)])]
      : []),
  ]);
  return texts.filter((t) => t !== '');
}

/**
 * The contract under fuzzing: a parser returns records that pass the schema
 * and that the text bears out, or throws our SourceError with a line of the
 * file. Never another exception, never a hang.
 */
function checkContract(parse: DocumentParser, text: string): 'parsed' | 'refused' {
  let records: ParsedDocument;
  try {
    records = parse(text, 'fuzzed.txt', {});
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(SourceError);
    const { line } = error as SourceError;
    expect(line).toBeGreaterThanOrEqual(1);
    expect(line).toBeLessThanOrEqual(text.split(/\r\n|\r|\n/).length);
    expect((error as SourceError).message).toMatch(/^fuzzed\.txt:\d+(?::\d+)?: expected /);
    return 'refused';
  }
  expect(parsedDocumentSchema.parse(records)).toEqual(records);
  // Nothing may be invented or silently changed: every text the records claim
  // is in the source (page-break and wrap joins remove only line breaks).
  const source = text.replace(/\r\n|\r|\n/g, '');
  for (const claimed of claimedTexts(records)) expect(source.includes(claimed), `the source holds ${claimed}`).toBe(true);
  return 'parsed';
}

const parsers = await knownParsers();

describe('the parsers under fuzzing', () => {
  // Every parser, on its seed (the real one, or its fixture's).
  for (const { name: format, parse, seed: seedPath } of parsers) {
    const seed = readProjectFile(seedPath);

    test(`${format}: random edits of its seed give valid records or a located SourceError`, { timeout: 30_000 + RUNS * 10 }, () => {
      const outcomes = { parsed: 0, refused: 0 };
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
          outcomes[checkContract(parse, edits.reduce(applyEdit, seed))] += 1;
        }),
        { numRuns: RUNS },
      );
      // Both outcomes happen: the edits neither all break the file nor all miss it.
      expect(outcomes.parsed).toBeGreaterThan(0);
      expect(outcomes.refused).toBeGreaterThan(0);
    });

    test(`${format}: random text gives a located SourceError, never a crash`, { timeout: 30_000 + RUNS * 10 }, () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ unit: 'grapheme' }),
            fc.array(noise).map((parts) => parts.join('')),
          ),
          (text) => {
            checkContract(parse, text);
          },
        ),
        { numRuns: RUNS },
      );
    });
  }
});
