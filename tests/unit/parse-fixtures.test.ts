/**
 * Every parser against its fixtures: the production parsers of
 * src/lib/parse/formats/ with tests/fixtures/parsers/{format}/, and each
 * fixture document's own parser (tests/fixtures/documents/{name}/src/lib/parse/formats/)
 * with its `parser-cases/`. A case is a folder:
 *
 *   input.txt or input.path    the text, or the path of a whole seed
 *   expected.json              the document the parser must return, or
 *   error.txt                  the message of the SourceError it must throw
 *
 * `UPDATE=1` rewrites expected.json and error.txt from the parsers' output: review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parsedDocumentSchema } from '../../src/lib/schema/document.ts';
import { SourceError } from '../../src/lib/text/source-error.ts';
import { knownParsers } from '../helpers/parsers.ts';
import { ROOT, readProjectFile } from '../helpers/paths.ts';

const update = process.env.UPDATE === '1';
const suites = await knownParsers();

test('every parser has cases, a broken one among them', () => {
  for (const suite of suites) {
    expect(existsSync(suite.cases), suite.name).toBe(true);
    expect(
      readdirSync(suite.cases).some((name) => name.startsWith('broken-')),
      suite.name,
    ).toBe(true);
  }
});

for (const { name, parse, cases } of suites) {
  describe(name, () => {
    for (const caseName of readdirSync(cases).sort()) {
      const dir = join(cases, caseName);
      const pathFile = join(dir, 'input.path');
      const inputPath = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : join(dir, 'input.txt').slice(ROOT.length);
      const input = readProjectFile(inputPath);
      const expectedFile = join(dir, 'expected.json');
      const errorFile = join(dir, 'error.txt');

      if (existsSync(errorFile) || (update && caseName.startsWith('broken-'))) {
        test(`${caseName}: fails with the file, the line and what was expected`, () => {
          let error: unknown;
          try {
            parse(input, inputPath, {});
          } catch (e) {
            error = e;
          }
          expect(error).toBeInstanceOf(SourceError);
          const message = (error as SourceError).message;
          if (update) writeFileSync(errorFile, `${message}\n`);
          expect(message).toBe(readFileSync(errorFile, 'utf8').trimEnd());
          expect(message).toMatch(new RegExp(`^${inputPath.replace(/[.]/g, '\\.')}:\\d+: expected `));
        });
      } else {
        test(`${caseName}: returns the expected document, valid against the schema`, () => {
          const records = parse(input, inputPath, {});
          expect(parsedDocumentSchema.parse(records)).toEqual(records);
          if (update) writeFileSync(expectedFile, `${JSON.stringify(records, null, 2)}\n`);
          expect(records).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
        });
      }
    }
  });
}
