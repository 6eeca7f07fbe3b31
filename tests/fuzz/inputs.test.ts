import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { SourceError } from '../../src/lib/text/source-error.ts';
import { TranslationError } from '../../src/lib/translate/lookup.ts';
import { checkContent } from '../../src/scripts/content.ts';
import { removeScratch, scratchProject } from '../helpers/scratch.ts';
import { applyEdit, textEdit } from './edits.ts';
import { RUNS } from './runs.ts';

/**
 * The gate as a property: any corruption of any curated input, seeds' manifest
 * and UI strings included, either passes or stops the content step with a
 * message that names its file and line. Never a crash, never a stack trace.
 * The table of faults (tests/content/faults.test.ts) holds the exact
 * messages; this holds the class.
 */

const FILES = [
  'seeds/manifest.json',
  'content/agencies.yaml',
  'content/documents.yaml',
  'content/priorities.yaml',
  'content/glossary.yaml',
  'content/translation-notes.yaml',
  'content/synonyms.yaml',
  'content/translations/en/services-trade/tasks.yaml',
  'content/translations/en/services-opening/document.yaml',
  'src/i18n/zh.json',
  'src/i18n/en.json',
];

/** What a hostile or careless edit of YAML or JSON puts in: syntax, escapes, invisible characters. */
const noise = fc.oneof(
  fc.constantFrom(
    ':',
    ': ',
    '- ',
    '"',
    "'",
    '{',
    '}',
    '[',
    ']',
    ',',
    '#',
    '\n',
    '\n---\n',
    '  ',
    '\t',
    '&a ',
    '*a',
    '!!binary ',
    '!!js/function ',
    '? ',
    '|',
    '>',
    '~',
    'null',
    '2026-03-24',
    '\\u202E',
    '\\0',
    '\\e',
    '\u202E',
    '\u200B',
    '\u0000',
    '\uFEFF',
    '<script>',
    '{/* */}',
    '{document}',
  ),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

const edit = textEdit(noise);

/** A message of the gate: `file:line[:column]: expected …`, or the translation report, which lists such lines. */
const MESSAGE = /^(?:[\w./-]+:\d+(?::\d+)?: expected .+|content\/translations\/en\/ is incomplete or out of date .+)$/s;

const dir = scratchProject('fuzz-inputs-');
afterAll(() => removeScratch(dir));

describe('the gate', () => {
  test('stops any corrupted input with a message naming its file and line, or lets it pass; never crashes', async () => {
    const originals = new Map(FILES.map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FILES), fc.array(edit, { minLength: 1, maxLength: 3 }), async (file, edits) => {
        const original = originals.get(file) as string;
        writeFileSync(join(dir, file), edits.reduce(applyEdit, original));
        try {
          await checkContent(dir);
        } catch (error) {
          // Anything but a fault of the inputs is a crash: the property fails with it.
          if (!(error instanceof SourceError || error instanceof TranslationError)) throw error;
          expect(error.message).toMatch(MESSAGE);
          expect(error.message).not.toMatch(/\n\s+at /);
        } finally {
          writeFileSync(join(dir, file), original);
        }
      }),
      // Each run reads every input and runs the stages up to the hash: about 50 ms.
      { numRuns: RUNS },
    );
  });
});
