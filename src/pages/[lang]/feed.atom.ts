import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, type Lang } from '../../lib/schema/languages.ts';
import { ATOM_HEADERS, feedOf } from '../../lib/site/feed-routes.ts';

/** The site's feed: every change to the texts and the translation. */
export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await feedOf({ kind: 'site' }, params.lang as Lang, site as URL), { headers: ATOM_HEADERS });
