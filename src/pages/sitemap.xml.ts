import type { APIRoute } from 'astro';
import { SitemapStream, streamToPromise } from 'sitemap';
import { LANGS, ORIGINAL_LANG, langToTag } from '../lib/schema/languages.ts';
import { loadCorpus } from '../lib/site/collections.ts';
import { sitePaths } from '../lib/site/site-paths.ts';
import { pathInLang } from '../lib/text/paths.ts';

/**
 * sitemap.xml: every page in every language, each with its hreflang
 * alternates (each language's tag, and x-default, the original). No dates, so the same
 * content gives the same bytes.
 */
export const GET: APIRoute = async ({ site }) => {
  const corpus = await loadCorpus();
  const stream = new SitemapStream({ hostname: (site as URL).href, xmlns: { news: false, video: false, image: false, xhtml: true } });
  const links = (path: string) => [
    ...LANGS.map((lang) => ({ lang: langToTag(lang), url: pathInLang(path, lang) })),
    { lang: 'x-default', url: pathInLang(path, ORIGINAL_LANG) },
  ];
  for (const lang of LANGS) for (const url of sitePaths(corpus, lang)) stream.write({ url, links: links(url) });
  stream.end();
  const xml = (await streamToPromise(stream)).toString('utf8');
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
