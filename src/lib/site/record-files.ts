import type { OpenTask } from '../schema/open-data.ts';
import { LANGS } from '../schema/languages.ts';
import { taskDataPath } from '../text/paths.ts';
import { citationFiles } from './citation-files.ts';
import { changesToAtom, feedSpecOf, type FeedOf } from './feeds.ts';
import { siteOpenData, type RecordFile, type SiteRecords } from './records.ts';
import { createSiteIndex } from './site-index.ts';

/** The media type of a feed, as deploy/nginx.conf serves `.atom`. */
const ATOM = 'application/atom+xml; charset=utf-8';

/**
 * Every file of the site that is made from the records one by one rather
 * than being a page: each page's citation downloads, each page's Atom feed
 * and each task's JSON. Hundreds of small files (1,631 for the two
 * documents), written in one pass once the pages are built
 * (src/integrations/record-files.ts) rather than as Astro routes: the bytes
 * are the same, and Astro's work per route, not making the text, was most of
 * their cost. The development server answers for the same paths from here.
 */
export function recordFiles(records: SiteRecords, origin: URL): RecordFile[] {
  return [...citationFiles(records, origin), ...feedFiles(records, origin), ...taskDataFiles(records, origin)];
}

/**
 * The Atom feed of every page that has one, in each language: the whole
 * site's (beside the changes page), each document's, each category's and
 * each body's. Each holds the changes within its page's scope (feedSpecOf).
 */
function feedFiles(records: SiteRecords, origin: URL): RecordFile[] {
  const { corpus, changes, publisher } = records;
  const sources = { site: createSiteIndex(corpus), changes, publisher };
  const feeds: FeedOf[] = [
    { kind: 'site' },
    ...corpus.documents.map((d) => ({ kind: 'document' as const, document: d.id })),
    ...corpus.categories.map((c) => ({ kind: 'category' as const, document: c.document, ordinal: c.ordinal })),
    ...corpus.agencies.map((a) => ({ kind: 'agency' as const, agency: a.id })),
  ];
  return LANGS.flatMap((lang) =>
    feeds.map((of) => {
      const spec = feedSpecOf(of, lang, sources);
      return { path: spec.path, type: ATOM, text: () => changesToAtom(spec, origin) };
    }),
  );
}

/** The data behind each task page, both languages in one file: /data/tasks/{id}.json, the task's record of /data/tasks.json. */
function taskDataFiles(records: SiteRecords, origin: URL): RecordFile[] {
  let byId: Map<string, OpenTask> | undefined;
  const openTask = (id: string) => {
    const task = (byId ??= new Map(siteOpenData(records, origin).tasks.map((t) => [t.id, t]))).get(id);
    if (!task) throw new Error(`record-files: the open data has no task ${id}`);
    return task;
  };
  return records.corpus.tasks.map(({ id }) => ({
    path: taskDataPath(id),
    type: 'application/json',
    text: () => `${JSON.stringify(openTask(id), null, 2)}\n`,
  }));
}
