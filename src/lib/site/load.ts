import { getCollection } from 'astro:content';
import { createSiteIndex, type SiteIndex } from './site-index.ts';

let site: Promise<SiteIndex> | undefined;

/** The site index, built once per build: the same records serve both languages. */
export function loadSite(): Promise<SiteIndex> {
  site ??= Promise.all([
    getCollection('documents'),
    getCollection('categories'),
    getCollection('agencies'),
    getCollection('tasks'),
    getCollection('sections'),
    getCollection('priorities'),
  ]).then(([documents, categories, agencies, tasks, sections, priorities]) =>
    createSiteIndex({
      documents: documents.map((e) => e.data),
      categories: categories.map((e) => e.data),
      agencies: agencies.map((e) => e.data),
      tasks: tasks.map((e) => e.data),
      sections: sections.map((e) => e.data),
      priorities: priorities.map((e) => e.data),
    }),
  );
  return site;
}
