import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { GENERATED_DIR, GENERATED_JSON, type GeneratedJson } from '../lib/schema/collections.ts';

/**
 * The entries of a generated collection, read as the site's content config
 * reads them (src/content.config.ts: the same file and schema, from
 * GENERATED_JSON), for the build's own hooks, which run where Astro's
 * collections are not at hand (src/integrations/record-files.ts).
 */
export function readGenerated<K extends keyof GeneratedJson>(root: string, name: K): z.output<GeneratedJson[K]['schema']>[] {
  const { file, schema } = GENERATED_JSON[name];
  const { entries } = JSON.parse(readFileSync(join(root, GENERATED_DIR, `${file}.json`), 'utf8')) as { entries: unknown[] };
  return entries.map((entry) => schema.parse(entry) as z.output<GeneratedJson[K]['schema']>);
}
