import type { APIRoute, GetStaticPaths } from 'astro';
import { tasksToEnglishFile, tasksToSearchFile } from '../../lib/search/search-data.ts';
import { loadSearchWords, loadSite } from '../../lib/site/collections.ts';

/**
 * What the search page fetches (src/lib/search/search-data.ts): every task's
 * place, bodies and Chinese text with its words' boundaries, and the English
 * texts apart, fetched only when a search needs them. Only what search needs:
 * no headline, no excerpt, no page; the page makes those from the texts.
 */
const FILES = {
  'tasks.json': async () => {
    const site = await loadSite();
    return tasksToSearchFile(site.tasks, await loadSearchWords(), (t) => site.tasks.indexOf(t));
  },
  'en.json': async () => {
    const site = await loadSite();
    return tasksToEnglishFile(
      tasksToSearchFile(site.tasks, await loadSearchWords(), (t) => site.tasks.indexOf(t)),
      site.tasks,
    );
  },
};

export const getStaticPaths = (() => Object.keys(FILES).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const make = FILES[params.file as keyof typeof FILES];
  if (!make) return new Response(null, { status: 404 });
  return new Response(JSON.stringify(await make()), { headers: { 'Content-Type': 'application/json' } });
};
