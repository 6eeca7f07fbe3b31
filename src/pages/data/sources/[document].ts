import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { documentToSourceFile } from '../../../lib/site/source-file.ts';

/** The original text of each document, byte for byte, so anyone can check the site against it. */
export const getStaticPaths = (async () => {
  const documents = await getCollection('documents');
  return documents.map(({ data }) => ({ params: { document: `${data.id}.txt` }, props: { document: data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { bytes } = documentToSourceFile(props.document);
  return new Response(bytes as BodyInit, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
