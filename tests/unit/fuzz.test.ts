import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PARSERS, type DocumentParser } from '../../src/lib/parse/registry.ts';
import { SourceError } from '../../src/lib/text/source-error.ts';
import { parsedDocumentSchema, type ParsedDocument } from '../../src/lib/schema/document.ts';
import { inputs } from '../helpers/corpus.ts';
import { ROOT, readProjectFile } from '../helpers/paths.ts';

/** FUZZ_RUNS=20000 npm run test:unit -- tests/unit/fuzz.test.ts for a longer hunt. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

/**
 * A format's whole seed: the real one the manifest gives it, or else the one
 * its parser fixtures name (tests/fixtures/{format}/{case}/input.path), as
 * for the synthetic third document, which is in no real manifest.
 */
function seedOf(format: string): string {
  const real = inputs.seeds.find((s) => s.entry.format === format);
  if (real) return real.text;
  const dir = join(ROOT, 'tests/fixtures', format);
  const pathFile = readdirSync(dir)
    .sort()
    .map((name) => join(dir, name, 'input.path'))
    .find((file) => existsSync(file));
  if (!pathFile) throw new Error(`fuzz: no seed for ${format}: give it one in seeds/manifest.json or in tests/fixtures/${format}/*/input.path`);
  return readProjectFile(readFileSync(pathFile, 'utf8').trim());
}

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

/** One random edit of a text, at positions chosen by fast-check. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('delete-lines' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: noise }),
  fc.record({ kind: fc.constant('delete-chars' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(text: string, change: Edit): string {
  const lines = text.split('\n');
  const line = (n: number) => n % lines.length;
  switch (change.kind) {
    case 'delete-lines':
      lines.splice(line(change.at), change.count);
      return lines.join('\n');
    case 'duplicate-line':
      lines.splice(line(change.at), 0, lines[line(change.at)] ?? '');
      return lines.join('\n');
    case 'swap-lines': {
      const [a, b] = [line(change.at), line(change.other)];
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines.join('\n');
    }
    case 'insert': {
      const at = change.at % (text.length + 1);
      return text.slice(0, at) + change.text + text.slice(at);
    }
    case 'delete-chars': {
      const at = change.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + change.count);
    }
    case 'truncate':
      return text.slice(0, change.at % (text.length + 1));
  }
}

/** Everything a parse result claims the text says, each of which the text must hold. */
function claimedTexts(records: ParsedDocument): string[] {
  const { attachment, plan, closing } = records;
  const texts = [
    attachment.title.text,
    ...attachment.columns.map((c) => c.heading),
    ...attachment.categories.map((c) => c.heading),
    ...attachment.tasks.flatMap((t) => [t.text, t.remark ?? '']),
  ];
  // Whatever parts the layout has: nothing here asks which layout it was.
  if (plan) texts.push(...plan.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs.map((p) => p.text)]));
  if (closing) texts.push(closing.relatedUnits.text);
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
  for (const claimed of claimedTexts(records)) expect(source).toContain(claimed);
  records.attachment.tasks.forEach((task, i) => expect(task.number).toBe(i + 1));
  return 'parsed';
}

describe('the parsers under fuzzing', () => {
  // Every parser of the registry, on its seed (the real one, or its fixture's).
  for (const [format, parse] of Object.entries(PARSERS)) {
    const seed = seedOf(format);

    test(`${format}: random edits of its seed give valid records or a located SourceError`, { timeout: 30_000 + RUNS * 10 }, () => {
      const outcomes = { parsed: 0, refused: 0 };
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
          outcomes[checkContract(parse, edits.reduce(apply, seed))] += 1;
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
