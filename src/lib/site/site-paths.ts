import type { Lang } from '../schema/languages.ts';
import type { Corpus } from '../schema/corpus.ts';
import {
  aboutPath,
  agenciesPath,
  agencyPacketPath,
  agencyPath,
  categoryPath,
  changesPath,
  dataPath,
  documentPath,
  glossaryPath,
  homePath,
  overviewPath,
  searchPath,
  taskPath,
  translationPath,
} from '../text/paths.ts';

/**
 * Every page of the site in one language, in a stable order: the list the
 * sitemap publishes and the tests hold the build to.
 *
 * @example sitePaths(corpus, 'en')[0] // → '/en/'
 */
export function sitePaths(corpus: Pick<Corpus, 'documents' | 'categories' | 'tasks' | 'agencies'>, lang: Lang): string[] {
  const documents = [...corpus.documents].sort((a, b) => a.order - b.order);
  return [
    homePath(lang),
    overviewPath(lang),
    ...documents.flatMap((d) => [
      documentPath(lang, d.id),
      ...corpus.categories
        .filter((c) => c.document === d.id)
        .sort((a, b) => a.ordinal - b.ordinal)
        .map((c) => categoryPath(lang, d.id, c.ordinal)),
      ...corpus.tasks
        .filter((t) => t.document === d.id)
        .sort((a, b) => a.attachment - b.attachment || a.number - b.number)
        .map((t) => taskPath(lang, t)),
    ]),
    agenciesPath(lang),
    ...[...corpus.agencies].sort((a, b) => a.order - b.order).flatMap((a) => [agencyPath(lang, a.id), agencyPacketPath(lang, a.id)]),
    searchPath(lang),
    dataPath(lang),
    translationPath(lang),
    glossaryPath(lang),
    changesPath(lang),
    aboutPath(lang),
  ];
}
