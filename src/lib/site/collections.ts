import { getCollection } from 'astro:content';
import type { OpenData } from '../open-data/records.ts';
import { siteOpenData, siteRecords, type SiteRecords } from './records.ts';
import type { Corpus } from '../schema/corpus.ts';
import type { TaskWords } from '../schema/search.ts';
import type { Synonyms } from '../schema/synonyms.ts';
import type { ChangeEntry, SiteEntry } from '../schema/publishing.ts';
import type { Glossary, TranslationNote } from '../schema/translation.ts';
import { createSiteIndex, type SiteIndex } from './site-index.ts';

/**
 * The one loader of the content collections: every record of both languages,
 * the change log and the publisher, as the content step wrote them, read once
 * per build and shared by every page, the site index and the open data.
 */
let records: Promise<SiteRecords> | undefined;

/** The records, the change log and the publisher, loaded once per build (see siteRecords for their order). */
function loadRecords(): Promise<SiteRecords> {
  records ??= Promise.all([
    getCollection('documents'),
    getCollection('categories'),
    getCollection('agencies'),
    getCollection('tasks'),
    getCollection('sections'),
    getCollection('priorities'),
    getCollection('changes'),
    getCollection('site'),
  ]).then(([documents, categories, agencies, tasks, sections, priorities, changes, [publisher]]) => {
    if (!publisher) throw new Error('collections: the content step wrote no site entry');
    const data = <T>(entries: { data: T }[]) => entries.map((e) => e.data);
    return siteRecords(
      {
        documents: data(documents),
        categories: data(categories),
        agencies: data(agencies),
        tasks: data(tasks),
        sections: data(sections),
        priorities: data(priorities),
      },
      data(changes),
      publisher.data,
    );
  });
  return records;
}

/** Every record of both languages, loaded once per build. */
export const loadCorpus = async (): Promise<Corpus> => (await loadRecords()).corpus;

let site: Promise<SiteIndex> | undefined;

/** The site index, built once per build: the same records serve every language. */
export function loadSite(): Promise<SiteIndex> {
  site ??= loadCorpus().then(createSiteIndex);
  return site;
}

let openData: Promise<OpenData> | undefined;

/** The open data records, built once per build at the configured origin. */
export function loadOpenData(origin: URL): Promise<OpenData> {
  openData ??= loadRecords().then((r) => siteOpenData(r, origin));
  return openData;
}

/** The glossary, in the order of content/glossary.yaml. */
export async function loadGlossary(): Promise<Glossary> {
  return (await getCollection('glossary'))
    .map((entry) => entry.data)
    .sort((a, b) => a.order - b.order)
    .map(({ zh, en, note }) => ({ zh, en, ...(note === undefined ? {} : { note }) }));
}

/** The translation notes, in the order of content/translation-notes.yaml. */
export async function loadNotes(): Promise<TranslationNote[]> {
  return (await getCollection('translationNotes')).map((entry) => entry.data).sort((a, b) => a.order - b.order);
}

/** The synonym table, in the order of content/synonyms.yaml. */
export async function loadSynonyms(): Promise<Synonyms> {
  return (await getCollection('synonyms')).sort((a, b) => a.data.order - b.data.order).map(({ data: { order: _order, ...group } }) => group);
}

/** Where the words of each task's Chinese begin and end, by task id. */
export async function loadSearchWords(): Promise<Map<string, TaskWords['zh']>> {
  return new Map((await getCollection('searchWords')).map((entry) => [entry.data.id, entry.data.zh]));
}

/** Who publishes the site (content/site.yaml), as the content step checked it. */
export const loadPublisher = async (): Promise<SiteEntry> => (await loadRecords()).publisher;

/** The change log, newest first (content/changes.yaml, resolved against the records). */
export const loadChanges = async (): Promise<readonly ChangeEntry[]> => (await loadRecords()).changes;
