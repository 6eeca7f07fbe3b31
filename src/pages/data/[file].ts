import type { APIRoute, GetStaticPaths } from 'astro';
import { tableToCsv } from '../../lib/open-data/csv.ts';
import { dataPackage } from '../../lib/open-data/datapackage.ts';
import type { OpenData } from '../../lib/open-data/records.ts';
import { TABLES } from '../../lib/open-data/tables.ts';
import { loadOpenData } from '../../lib/site/collections.ts';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every download at /data/, by file name. */
const FILES: Record<string, { type: string; body: (data: OpenData, origin: URL) => string }> = {
  ...Object.fromEntries(TABLES.map((table) => [table.path, { type: 'text/csv; charset=utf-8', body: (data: OpenData) => tableToCsv(table as never, data) }])),
  'tasks.json': { type: 'application/json', body: (data) => json(data.tasks) },
  'agencies.json': { type: 'application/json', body: (data) => json(data.agencies) },
  'categories.json': { type: 'application/json', body: (data) => json(data.categories) },
  'documents.json': { type: 'application/json', body: (data) => json(data.documents) },
  'priorities.json': { type: 'application/json', body: (data) => json(data.priorities) },
  'datapackage.json': { type: 'application/json', body: (data, origin) => json(dataPackage(data, origin)) },
};

export const getStaticPaths = (() => Object.keys(FILES).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const origin = site as URL;
  const file = FILES[params.file as string];
  if (!file) return new Response(null, { status: 404 });
  const data = await loadOpenData(origin);
  return new Response(file.body(data, origin), { headers: { 'Content-Type': file.type } });
};
