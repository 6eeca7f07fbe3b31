import type { APIRoute, GetStaticPaths } from 'astro';
import { useTranslations } from '../../../../i18n/index.ts';
import { LANGS, type Lang } from '../../../../lib/schema/languages.ts';
import { CITATION_FORMATS, citableToFile, type CitationFormat } from '../../../../lib/site/citation-files.ts';
import { editionDate } from '../../../../lib/site/changes.ts';
import { loadChanges, loadCorpus, loadPublisher } from '../../../../lib/site/collections.ts';
import { publisherName } from '../../../../lib/site/publisher.ts';
import { pageToCitable } from '../../../../lib/text/citation.ts';
import { documentPath, taskPath } from '../../../../lib/text/paths.ts';

/**
 * The citation of every document and task page, in each language, to
 * download in each format a reference manager reads (CSL-JSON, BibTeX, RIS):
 * /data/citations/{lang}/{id}.{json,bib,ris}, written from the same record
 * as the page's citations. The access date is the date of the site's latest
 * revision, the same in every build (see docs/publishing.md).
 */
export const getStaticPaths = (async () => {
  const { documents, tasks } = await loadCorpus();
  const pages = [
    ...documents.map((document) => ({ id: document.id, document, task: null })),
    ...tasks.map((task) => ({ id: task.id, document: documents.find((d) => d.id === task.document)!, task })),
  ];
  return LANGS.flatMap((lang) =>
    pages.flatMap((page) =>
      (Object.keys(CITATION_FORMATS) as CitationFormat[]).map((format) => ({
        params: { lang, file: `${page.id}.${CITATION_FORMATS[format].extension}` },
        props: { ...page, format },
      })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props, site }) => {
  const lang = params.lang as Lang;
  const { document, task, format } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const [changes, publisher] = await Promise.all([loadChanges(), loadPublisher()]);
  const citable = pageToCitable(document, task, {
    lang,
    url: new URL(task ? taskPath(lang, task) : documentPath(lang, document.id), site).href,
    site: useTranslations(lang)('site.name'),
    publisher: publisherName(publisher, lang),
    accessed: editionDate(changes),
  });
  return new Response(citableToFile(citable, format), { headers: { 'Content-Type': CITATION_FORMATS[format].type } });
};
