import { metaToSection, type DocumentSection, type SectionLookup } from './full-text.ts';

/*
 * Pagefind in the browser, loaded only when a full-text search runs: its
 * script (/pagefind/pagefind.js, written by the build, not bundled), the
 * index of the page's language (Pagefind picks it by `<html lang>`), and the
 * records of the sections a search finds. The first search of a page pays
 * for the script and the WebAssembly; nothing of it loads for the task
 * search. No worker: the index is a few dozen sections, and the worker would
 * be one more script to fetch.
 */

/** Where the build writes Pagefind's script (src/integrations/pagefind.ts). */
const PAGEFIND_URL = '/pagefind/pagefind.js';

/** The part of Pagefind's browser API the page uses (pagefind.js has no types of its own). */
interface PagefindInstance {
  search(term: string): Promise<{ results: { id: string; data(): Promise<{ url: string; meta: Record<string, string> }> }[] } | null>;
}
interface PagefindModule {
  createInstance(options: { noWorker: boolean }): PagefindInstance;
}

let instance: Promise<PagefindInstance> | undefined;
const records = new Map<string, Promise<DocumentSection | undefined>>();

/** Loads Pagefind once per page. */
function pagefind(): Promise<PagefindInstance> {
  // The address is a variable, so the bundler leaves the import to the browser.
  const url = PAGEFIND_URL;
  instance ??= (import(/* @vite-ignore */ url) as Promise<PagefindModule>).then((module) => module.createInstance({ noWorker: true }));
  // A failed load is tried again by the next search, not remembered.
  instance.catch(() => (instance = undefined));
  return instance;
}

/**
 * The sections whose tokens hold a run of tokens, by Pagefind's exact search
 * (the tokens in double quotes: no prefix, no part of a token); each record
 * read once.
 */
export const pagefindLookup: SectionLookup = async (tokens) => {
  const found = await (await pagefind()).search(`"${tokens}"`);
  const sections = await Promise.all(
    (found?.results ?? []).map((result) => {
      let record = records.get(result.id);
      if (!record) records.set(result.id, (record = result.data().then((data) => metaToSection(data.url, data.meta))));
      return record;
    }),
  );
  return sections.filter((s): s is DocumentSection => s !== undefined);
};
