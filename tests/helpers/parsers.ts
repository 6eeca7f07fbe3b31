import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentParser, ParserModule } from '../../src/lib/parse/parser.ts';
import { manifestSchema } from '../../src/lib/schema/manifest.ts';
import { ROOT } from './paths.ts';

/** A parser the tests know: production's (src/lib/parse/formats/) or a fixture document's own. */
export interface KnownParser {
  name: string;
  parse: DocumentParser;
  /** Its folder of fixture cases (tests/fixtures/parsers/{format}/, or the fixture's parser-cases/). */
  cases: string;
  /** A whole seed in its layout, relative to the root: the manifest's, or the fixture's. */
  seed: string;
}

const formatsIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.ts'))
        .sort()
    : [];
const load = async (file: string) => ((await import(pathToFileURL(file).href)) as ParserModule).parse;

/** Every parser: production's, with the seed the manifest gives it, then each fixture document's, with its own seed. */
export async function knownParsers(): Promise<KnownParser[]> {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(ROOT, 'seeds/manifest.json'), 'utf8')));
  const production = await Promise.all(
    formatsIn(join(ROOT, 'src/lib/parse/formats')).map(async (file) => {
      const format = file.slice(0, -3);
      const entry = manifest.documents.find((d) => d.format === format);
      if (!entry) throw new Error(`tests: no document of the manifest uses the format ${format}`);
      return {
        name: format,
        parse: await load(join(ROOT, 'src/lib/parse/formats', file)),
        cases: join(ROOT, 'tests/fixtures/parsers', format),
        seed: `seeds/${entry.file}`,
      };
    }),
  );
  const fixtures = await Promise.all(
    readdirSync(join(ROOT, 'tests/fixtures/documents'))
      .sort()
      .flatMap((fixture) => {
        const dir = join(ROOT, 'tests/fixtures/documents', fixture);
        const [seed] = readdirSync(join(dir, 'seeds')).sort();
        return formatsIn(join(dir, 'src/lib/parse/formats')).map(async (file) => ({
          name: `${file.slice(0, -3)} (fixture ${fixture})`,
          parse: await load(join(dir, 'src/lib/parse/formats', file)),
          cases: join(dir, 'parser-cases'),
          seed: `tests/fixtures/documents/${fixture}/seeds/${seed}`,
        }));
      }),
  );
  return [...production, ...fixtures];
}
