import { getCollection } from 'astro:content';
import { useTranslations } from '../../i18n/index.ts';
import { corpusToOpenData, type OpenData } from '../open-data/records.ts';
import { LANGS, type Lang } from '../schema/languages.ts';
import { editionDate } from './changes.ts';
import { publisherName } from './publisher.ts';
import type { Corpus } from '../schema/corpus.ts';
import type { TaskWords } from '../schema/search.ts';
import type { Synonyms } from '../schema/synonyms.ts';
import type { ChangeEntry, SiteEntry } from '../schema/publishing.ts';
import type { Glossary, TranslationNote } from '../schema/translation.ts';
import { createSiteIndex, type SiteIndex } from './site-index.ts';

/**
 * The one loader of the content collections: every record of both languages,
 * as the content step wrote them, read once per build and shared by every
 * page, the site index and the open data.
 */
let corpus: Promise<Corpus> | undefined;

/** Every record of both languages, loaded once per build. */
export function loadCorpus(): Promise<Corpus> {
  corpus ??= Promise.all([
    getCollection('documents'),
    getCollection('categories'),
    getCollection('agencies'),
    getCollection('tasks'),
    getCollection('sections'),
    getCollection('priorities'),
  ]).then(([documents, categories, agencies, tasks, sections, priorities]) => ({
    documents: documents.map((e) => e.data),
    categories: categories.map((e) => e.data),
    agencies: agencies.map((e) => e.data),
    tasks: tasks.map((e) => e.data),
    sections: sections.map((e) => e.data),
    priorities: priorities.map((e) => e.data).sort((a, b) => a.order - b.order),
  }));
  return corpus;
}

let site: Promise<SiteIndex> | undefined;

/** The site index, built once per build: the same records serve every language. */
export function loadSite(): Promise<SiteIndex> {
  site ??= loadCorpus().then(createSiteIndex);
  return site;
}

let openData: Promise<OpenData> | undefined;

/** The open data records, built once per build at the configured origin. */
export function loadOpenData(origin: URL): Promise<OpenData> {
  openData ??= Promise.all([loadCorpus(), loadPublisher(), loadChanges()]).then(([c, publisher, changes]) =>
    corpusToOpenData(c, origin, {
      site: Object.fromEntries(LANGS.map((lang) => [lang, useTranslations(lang)('site.name')])) as Record<Lang, string>,
      publisher: Object.fromEntries(LANGS.map((lang) => [lang, publisherName(publisher, lang)])) as Record<Lang, string | null>,
      accessed: editionDate(changes),
    }),
  );
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
export async function loadPublisher(): Promise<SiteEntry> {
  const [entry] = await getCollection('site');
  if (!entry) throw new Error('collections: the content step wrote no site entry');
  return entry.data;
}

/** The change log, newest first (content/changes.yaml, resolved against the records). */
export async function loadChanges(): Promise<ChangeEntry[]> {
  return (await getCollection('changes')).map((entry) => entry.data).sort((a, b) => a.order - b.order);
}
