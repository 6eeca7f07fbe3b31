import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, type Lang } from '../../../../lib/schema/languages.ts';
import { loadCorpus } from '../../../../lib/site/collections.ts';
import { ATOM_HEADERS, feedOf } from '../../../../lib/site/feed-routes.ts';

/** A body's feed: the changes to the tasks that name it. */
export const getStaticPaths = (async () => {
  const { agencies } = await loadCorpus();
  return LANGS.flatMap((lang) => agencies.map((agency) => ({ params: { lang, id: agency.id } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await feedOf({ kind: 'agency', agency: params.id as string }, params.lang as Lang, site as URL), { headers: ATOM_HEADERS });
