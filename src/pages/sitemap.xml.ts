import type { APIRoute } from 'astro';
import { SitemapStream, streamToPromise } from 'sitemap';
import { loadCorpus } from '../lib/site/load-corpus.ts';
import { pathToLang } from '../lib/site/paths.ts';
import { sitePaths } from '../lib/site/site-paths.ts';

/**
 * sitemap.xml: every page in both languages, each with its hreflang
 * alternates (zh-CN, en, and x-default, the Chinese). No dates, so the same
 * content gives the same bytes.
 */
export const GET: APIRoute = async ({ site }) => {
  const corpus = await loadCorpus();
  const stream = new SitemapStream({ hostname: (site as URL).href, xmlns: { news: false, video: false, image: false, xhtml: true } });
  const links = (path: string) => [
    { lang: 'zh-CN', url: pathToLang(path, 'zh') },
    { lang: 'en', url: pathToLang(path, 'en') },
    { lang: 'x-default', url: pathToLang(path, 'zh') },
  ];
  for (const lang of ['zh', 'en'] as const) for (const url of sitePaths(corpus, lang)) stream.write({ url, links: links(url) });
  stream.end();
  const xml = (await streamToPromise(stream)).toString('utf8');
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
