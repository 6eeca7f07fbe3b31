import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, type Lang } from '../../../../../lib/schema/languages.ts';
import { loadCorpus } from '../../../../../lib/site/collections.ts';
import { ATOM_HEADERS, feedOf } from '../../../../../lib/site/feed-routes.ts';

/** A category's feed: the changes to its heading and its tasks. */
export const getStaticPaths = (async () => {
  const { categories } = await loadCorpus();
  return LANGS.flatMap((lang) => categories.map((category) => ({ params: { lang, doc: category.document, k: String(category.ordinal) } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await feedOf({ kind: 'category', document: params.doc as string, ordinal: Number(params.k) }, params.lang as Lang, site as URL), {
    headers: ATOM_HEADERS,
  });
