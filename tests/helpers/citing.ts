import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { useTranslations } from '../../src/i18n/index.ts';
import type { Citing } from '../../src/lib/open-data/records.ts';
import { GENERATED_DIR } from '../../src/lib/schema/collections.ts';
import { LANGS, type Lang } from '../../src/lib/schema/languages.ts';
import { changeEntrySchema, siteEntrySchema } from '../../src/lib/schema/publishing.ts';
import { editionDate } from '../../src/lib/site/changes.ts';
import { publisherName } from '../../src/lib/site/publisher.ts';
import { ROOT } from './paths.ts';

const entries = <T extends z.ZodType>(file: string, schema: T): z.output<T>[] =>
  z.object({ entries: z.array(schema) }).parse(JSON.parse(readFileSync(join(ROOT, GENERATED_DIR, file), 'utf8'))).entries;

/** What the build cites with, from the collections the content step wrote: the site's names, its publisher and the release date. */
export function builtCiting(): Citing {
  const [site] = entries('site.json', siteEntrySchema);
  const changes = entries('changes.json', changeEntrySchema);
  if (!site) throw new Error('no site entry');
  const byLang = <T>(f: (lang: Lang) => T) => Object.fromEntries(LANGS.map((lang) => [lang, f(lang)])) as Record<Lang, T>;
  return { site: byLang((lang) => useTranslations(lang)('site.name')), publisher: byLang((lang) => publisherName(site, lang)), accessed: editionDate(changes) };
}
