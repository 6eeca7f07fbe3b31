import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { loadOpenData } from '../../../lib/site/collections.ts';

/** The data behind each task page, both languages in one file: /data/tasks/{id}.json. */
export const getStaticPaths = (async () => {
  const tasks = await getCollection('tasks');
  return tasks.map((t) => ({ params: { id: t.data.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const data = await loadOpenData(site as URL);
  const task = data.tasks.find((t) => t.id === params.id);
  if (!task) return new Response(null, { status: 404 });
  return new Response(`${JSON.stringify(task, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
