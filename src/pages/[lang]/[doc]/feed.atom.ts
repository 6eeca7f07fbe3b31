import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, type Lang } from '../../../lib/schema/languages.ts';
import { loadCorpus } from '../../../lib/site/collections.ts';
import { ATOM_HEADERS, feedOf } from '../../../lib/site/feed-routes.ts';

/** A document's feed: the changes to its texts. */
export const getStaticPaths = (async () => {
  const { documents } = await loadCorpus();
  return LANGS.flatMap((lang) => documents.map((document) => ({ params: { lang, doc: document.id } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await feedOf({ kind: 'document', document: params.doc as string }, params.lang as Lang, site as URL), { headers: ATOM_HEADERS });
