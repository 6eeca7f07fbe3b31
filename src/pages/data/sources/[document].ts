import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

/**
 * The original text of each document as the site reads it (the seed with a
 * BOM dropped, LF line ends and no spaces at the end of a line, the
 * normalisations every parser applies), so anyone can check the site against
 * it: its SHA-256 is the one the manifest pins and every page and data file
 * publishes.
 */
export const getStaticPaths = (async () => {
  const sources = await getCollection('sources');
  return sources.map(({ data }) => ({ params: { document: `${data.id}.txt` }, props: { text: data.text } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(Buffer.from((props as { text: string }).text, 'utf8'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
