import type { APIRoute, GetStaticPaths } from 'astro';
import { useTranslations } from '../../i18n/index.ts';
import { tableToCsv } from '../../lib/open-data/csv.ts';
import { dataPackage, type Release } from '../../lib/open-data/datapackage.ts';
import { dcatCatalog } from '../../lib/open-data/dcat.ts';
import type { OpenData } from '../../lib/open-data/records.ts';
import { TABLES } from '../../lib/open-data/tables.ts';
import { LANGS } from '../../lib/schema/languages.ts';
import { editionDate } from '../../lib/site/changes.ts';
import { loadChanges, loadOpenData, loadPublisher } from '../../lib/site/collections.ts';
import { isPlaceholder } from '../../lib/site/publisher.ts';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** What the data of a release says of itself: its version and dates, from the change log, and its publisher (or a placeholder that says it is one). */
interface Context {
  release: Release & { issued: string };
}

/** Every download at /data/, by file name. */
const FILES: Record<string, { type: string; body: (data: OpenData, origin: URL, context: Context) => string }> = {
  ...Object.fromEntries(TABLES.map((table) => [table.path, { type: 'text/csv; charset=utf-8', body: (data: OpenData) => tableToCsv(table as never, data) }])),
  'tasks.json': { type: 'application/json', body: (data) => json(data.tasks) },
  'agencies.json': { type: 'application/json', body: (data) => json(data.agencies) },
  'categories.json': { type: 'application/json', body: (data) => json(data.categories) },
  'documents.json': { type: 'application/json', body: (data) => json(data.documents) },
  'priorities.json': { type: 'application/json', body: (data) => json(data.priorities) },
  'datapackage.json': { type: 'application/json', body: (data, origin, { release }) => json(dataPackage(data, origin, release)) },
  'catalog.jsonld': { type: 'application/ld+json', body: (data, origin, { release }) => json(dcatCatalog(data, origin, release)) },
};

export const getStaticPaths = (() => Object.keys(FILES).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const origin = site as URL;
  const file = FILES[params.file as string];
  if (!file) return new Response(null, { status: 404 });
  const [data, changes, siteFile] = await Promise.all([loadOpenData(origin), loadChanges(), loadPublisher()]);
  const named = (lang: (typeof LANGS)[number]) =>
    isPlaceholder(siteFile.publisher) || !siteFile.publisher.name ? useTranslations(lang)('placeholder.publisher') : siteFile.publisher.name[lang];
  const release = {
    version: changes[0]?.version ?? '0.0.0',
    date: editionDate(changes),
    issued: changes.at(-1)?.date ?? editionDate(changes),
    publisher: Object.fromEntries(LANGS.map((lang) => [lang, named(lang)])) as Release['publisher'],
    // The publisher's own website, where content/site.yaml gives one (a contact address is not a homepage).
    publisherPath: isPlaceholder(siteFile.publisher) ? null : (siteFile.publisher.url ?? null),
  };
  return new Response(file.body(data, origin, { release }), { headers: { 'Content-Type': file.type } });
};
