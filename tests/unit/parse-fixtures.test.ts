import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PARSERS } from '../../src/lib/parse/registry.ts';
import { SourceError } from '../../src/lib/text/source-error.ts';
import { parsedDocumentSchema } from '../../src/lib/schema/document.ts';
import { ROOT, readProjectFile } from '../helpers/paths.ts';

const FIXTURES = join(ROOT, 'tests/fixtures');
const update = process.env.UPDATE === '1';

// Each format of the parser registry has its folder of fixtures.
for (const [format, parse] of Object.entries(PARSERS)) {
  describe(format, () => {
    for (const name of readdirSync(join(FIXTURES, format)).sort()) {
      const dir = join(FIXTURES, format, name);
      const pathFile = join(dir, 'input.path');
      const inputPath = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : `tests/fixtures/${format}/${name}/input.txt`;
      const input = readProjectFile(inputPath);
      const expectedFile = join(dir, 'expected.json');
      const errorFile = join(dir, 'error.txt');

      if (existsSync(errorFile) || (update && name.startsWith('broken-'))) {
        test(`${name}: fails with the file, the line and what was expected`, () => {
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
        test(`${name}: returns the expected records, valid against the schema`, () => {
          const records = parse(input, inputPath, {});
          expect(parsedDocumentSchema.parse(records)).toEqual(records);
          if (update) writeFileSync(expectedFile, `${JSON.stringify(records, null, 2)}\n`);
          expect(records).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
        });
      }
    }
  });
}
