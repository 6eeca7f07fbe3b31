import { getCollection } from 'astro:content';
import { corpusToOpenData, type OpenData } from '../open-data/records.ts';
import type { Corpus } from '../validate/corpus.ts';

let corpus: Promise<Corpus> | undefined;

/** Every record of both languages, as the content step built them, loaded once per build. */
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

let openData: Promise<OpenData> | undefined;

/** The open data records, built once per build at the configured origin. */
export function loadOpenData(origin: URL): Promise<OpenData> {
  openData ??= loadCorpus().then((c) => corpusToOpenData(c, origin));
  return openData;
}
