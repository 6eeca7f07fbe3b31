import { useTranslations } from '../../i18n/index.ts';
import { corpusToOpenData, type OpenData } from '../open-data/records.ts';
import type { Corpus } from '../schema/corpus.ts';
import { LANGS, type Lang } from '../schema/languages.ts';
import type { ChangeEntry, SiteEntry } from '../schema/publishing.ts';
import { editionDate } from './changes.ts';
import { publisherName } from './publisher.ts';

/**
 * What the site is made from, as the content step wrote it: the records, the
 * change log and who publishes the site. The pages read it through the
 * content collections (./collections.ts); the pass that writes the files
 * made from the records after the pages (src/integrations/record-files.ts)
 * reads the same files directly. Both put it in order here, so the two agree.
 */
export interface SiteRecords {
  corpus: Corpus;
  /** The change log, newest first. */
  changes: readonly ChangeEntry[];
  publisher: SiteEntry;
}

/**
 * A file of the built site made from the records rather than a page: its path
 * under the site's root, its media type as deploy/nginx.conf serves it, and
 * its text, made when asked for (the development server makes the text of
 * only the file it is asked for).
 */
export interface RecordFile {
  path: string;
  type: string;
  text: () => string;
}

/**
 * Whether a path may be a record file: the paths of the files the list makes
 * (citations and task JSON under /data/, feeds named feed.atom), so the
 * development server answers the rest without reading the records. A test
 * holds every listed path to it.
 */
export const mayBeRecordFile = (path: string): boolean => /^\/data\/(?:citations|tasks)\/|\/feed\.atom$/.test(path);

/** The records in the order the site reads them: each collection as the content step wrote it, the priorities and the changes by their `order`. */
export function siteRecords(corpus: Corpus, changes: readonly ChangeEntry[], publisher: SiteEntry): SiteRecords {
  return {
    corpus: { ...corpus, priorities: [...corpus.priorities].sort((a, b) => a.order - b.order) },
    changes: [...changes].sort((a, b) => a.order - b.order),
    publisher,
  };
}

/** The open data records at `origin`: the site's name and publisher in each language, and the date of the latest change as the data's release. */
export function siteOpenData({ corpus, changes, publisher }: SiteRecords, origin: URL): OpenData {
  return corpusToOpenData(corpus, origin, {
    site: Object.fromEntries(LANGS.map((lang) => [lang, useTranslations(lang)('site.name')])) as Record<Lang, string>,
    publisher: Object.fromEntries(LANGS.map((lang) => [lang, publisherName(publisher, lang)])) as Record<Lang, string | null>,
    accessed: editionDate(changes),
  });
}
