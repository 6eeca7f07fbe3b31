import { getCollection } from 'astro:content';
import type { Lang } from '../schema/common.ts';
import { createSiteIndex, type SiteIndex } from './site-index.ts';

const cache = new Map<Lang, Promise<SiteIndex>>();

async function load(lang: Lang): Promise<SiteIndex> {
  const [documents, categories, agencies, tasks, sections, priorities] = await Promise.all([
    getCollection('documents'),
    getCollection('categories'),
    getCollection('agencies'),
    getCollection('tasks', (t) => t.data.lang === lang),
    getCollection('sections', (s) => s.data.lang === lang),
    getCollection('priorities'),
  ]);
  return createSiteIndex({
    documents: documents.map((e) => e.data),
    categories: categories.map((e) => e.data),
    agencies: agencies.map((e) => e.data),
    tasks: tasks.map((e) => e.data),
    sections: sections.map((e) => e.data),
    priorities: priorities.map((e) => e.data),
  });
}

/** The site index of a language, built once per build. */
export function loadSite(lang: Lang): Promise<SiteIndex> {
  let site = cache.get(lang);
  if (!site) {
    site = load(lang);
    cache.set(lang, site);
  }
  return site;
}
