import type { AgencyEntry, Role } from '../schema/agency.ts';
import type { Bilingual } from '../schema/common.ts';
import type { DocumentEntry } from '../schema/document.ts';
import type { Lang } from '../schema/languages.ts';
import type { Synonyms } from '../schema/synonyms.ts';
import type { TaskEntry } from '../schema/task.ts';
import { taskAgencies } from '../text/task-agencies.ts';
import { lengthsToText } from './match.ts';

/*
 * What search reads, in the shapes the browser receives: the tasks file
 * (/search/tasks.json: every task's place, bodies and Chinese text, with the
 * boundaries of its words), the English texts (/search/en.json, fetched only
 * for words in Latin letters or an English page), and the tables the search
 * page carries (bodies with every name, the synonym table, the glossary).
 * Built at build time from the collections; read by the engine (engine.ts).
 */

/** One task as search knows it. */
export interface SearchTask {
  id: string;
  document: string;
  key: string;
  number: number;
  /** The category's id, `services-trade/3`. */
  category: string;
  /** The bodies it names, by registry id, per role. */
  roles: Record<Role, string[]>;
  priorities: string[];
  /** The Chinese text, verbatim. */
  zh: string;
  /** The lengths of its words (jieba), one base-36 digit each: see match.ts. */
  words: string;
}

/** /search/tasks.json: the tasks in the documents' own order. */
export interface TasksFile {
  tasks: SearchTask[];
}

/** /search/en.json: the English text of each task, in the order of {@link TasksFile}. */
export interface EnglishFile {
  en: string[];
}

/** How a name of a body came to the registry. */
export type NameKind = 'document' | 'english' | 'official' | 'short' | 'former' | 'later';

/** A body as search knows it: every name a reader may type for it, and the entries that are the same body under another name. */
export interface SearchAgency {
  id: string;
  /** Its name in each language, as the site shows it. */
  label: Bilingual;
  /** Every name: the documents' (names), the English name, the aliases, each with its kind. */
  names: [string, NameKind][];
  /** The entry this one succeeds (its earlier name), and the source that says so. */
  succeeds: { agency: string; source: Bilingual } | null;
  /** The documents that list it in a passage of their own (a notice's recipients), and name it nowhere else. */
  listedIn: string[];
}

/** A synonym group as the page carries it: [zh words, en words, one-way]; words that neither text writes are left out of zh but lead to it. */
export interface SearchSynonymGroup {
  zh: string[];
  en: string[];
  oneWay: boolean;
  /** Chinese words of the group that neither text writes: they lead to the group, and are never searched. */
  notInTexts: string[];
}

/** A document as search needs it: whether its tasks name bodies, and where the plan assigns responsibility when they do not. */
export interface SearchDocument {
  id: string;
  title: string;
  /** False when no task of the document names a body: filtering it by body is empty by its structure. */
  namesBodies: boolean;
  /** The section of the plan that assigns responsibility, when the tasks do not: its link and its name. */
  responsibility: { href: string; label: string } | null;
}

/**
 * The tasks file, from the collections: each task with its place, its bodies
 * and its Chinese text cut into words.
 */
export function tasksToSearchFile(tasks: readonly TaskEntry[], words: ReadonlyMap<string, readonly number[]>, order: (task: TaskEntry) => number): TasksFile {
  return {
    tasks: [...tasks]
      .sort((a, b) => order(a) - order(b))
      .map((task) => {
        const lengths = words.get(task.id);
        if (!lengths) throw new Error(`tasksToSearchFile: no words for ${task.id}; run npm run content`);
        return {
          id: task.id,
          document: task.document,
          key: task.key,
          number: task.number,
          category: `${task.document}/${task.category}`,
          roles: taskAgencies(task),
          priorities: task.priorities,
          zh: task.text.zh,
          words: lengthsToText(lengths),
        };
      }),
  };
}

/** The English file, in the order of the tasks file. */
export const tasksToEnglishFile = (file: TasksFile, tasks: readonly TaskEntry[]): EnglishFile => {
  const byId = new Map(tasks.map((t) => [t.id, t.text.en]));
  return { en: file.tasks.map((t) => byId.get(t.id) ?? '') };
};

/** Every body with every name a reader may type for it. */
export function agenciesToSearch(agencies: readonly AgencyEntry[]): SearchAgency[] {
  return agencies.map((a) => ({
    id: a.id,
    label: { zh: a.names[0] as string, en: a.en },
    names: [
      ...a.names.map((name): [string, NameKind] => [name, 'document']),
      [a.en, 'english'] as [string, NameKind],
      ...a.aliases.map((alias): [string, NameKind] => [alias.name, alias.kind]),
    ],
    succeeds: a.succeeds ? { agency: a.succeeds.agency, source: a.succeeds.source } : null,
    listedIn: a.listedIn,
  }));
}

/** The synonym table as the page carries it. */
export const synonymsToSearch = (synonyms: Synonyms): SearchSynonymGroup[] =>
  synonyms.map((g) => ({ zh: g.zh, en: g.en, oneWay: g.oneWay, notInTexts: g.notInTexts }));

/** A document as search needs it, in a page's language. */
export function documentToSearch(
  document: DocumentEntry,
  lang: Lang,
  tasks: readonly TaskEntry[],
  responsibility: { href: string; label: string } | null,
): SearchDocument {
  const namesBodies = tasks.some((t) => t.document === document.id && t.assignment !== null && t.assignment !== undefined);
  return { id: document.id, title: document.shortTitle[lang], namesBodies, responsibility: namesBodies ? null : responsibility };
}
