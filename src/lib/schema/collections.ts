import { z } from 'zod';
import { agencyEntrySchema } from './agency.ts';
import { categoryEntrySchema } from './category.ts';
import { documentEntrySchema } from './document.ts';
import { priorityEntrySchema } from './priority.ts';
import { changeEntrySchema, siteEntrySchema } from './publishing.ts';
import { taskWordsSchema } from './search.ts';
import { sectionEntrySchema, type SectionEntry } from './section.ts';
import { synonymGroupSchema } from './synonyms.ts';
import { taskEntrySchema, type TaskEntry } from './task.ts';
import { glossarySchema, translationNoteSchema } from './translation.ts';

/**
 * Where the content collections live: the contract between the emit stage,
 * which writes them, and the site's content config, which reads them. Both
 * take the folder and the texts' paths from here.
 */

/** Where the generated collections live, relative to the project root. */
export const GENERATED_DIR = 'content/generated';

const order = z.number().int().positive();

/**
 * The collections the content step writes as one JSON file each (`{file}.json`
 * under {@link GENERATED_DIR}, its entries under `entries`), with the schema of
 * an entry: the one table that the site's content config and the build's
 * hooks (src/scripts/generated.ts) both read them by.
 */
export const GENERATED_JSON = {
  documents: { file: 'documents', schema: documentEntrySchema },
  categories: { file: 'categories', schema: categoryEntrySchema },
  agencies: { file: 'agencies', schema: agencyEntrySchema },
  priorities: { file: 'priorities', schema: priorityEntrySchema },
  tasks: { file: 'tasks', schema: taskEntrySchema },
  sections: { file: 'sections', schema: sectionEntrySchema },
  // The glossary and the translation notes in their files' order (a collection does not keep it).
  glossary: { file: 'glossary', schema: glossarySchema.element.extend({ id: z.string(), order }) },
  translationNotes: { file: 'translation-notes', schema: translationNoteSchema.extend({ order }) },
  // The synonym table in its file's order, and where the words of each task's Chinese begin: for the search page.
  synonyms: { file: 'synonyms', schema: synonymGroupSchema.extend({ order }) },
  searchWords: { file: 'search-words', schema: taskWordsSchema },
  // Who publishes the site (one entry), and the dated changes to the texts and the translation.
  site: { file: 'site', schema: siteEntrySchema },
  changes: { file: 'changes', schema: changeEntrySchema },
  // The original text of each document, served byte for byte at /data/sources/.
  sources: { file: 'sources', schema: z.strictObject({ id: z.string(), text: z.string() }) },
} as const;
export type GeneratedJson = typeof GENERATED_JSON;

/** The folder of the task texts under {@link GENERATED_DIR}, one MDX file per task. */
export const TASK_TEXTS = 'texts/tasks';
/** The folder of the section texts under {@link GENERATED_DIR}, one MDX file per section. */
export const SECTION_TEXTS = 'texts/sections';

/** Path of a task's text under {@link GENERATED_DIR}, e.g. `texts/tasks/services-trade/12.mdx`; its entry id is the task's. */
export const taskTextFile = (task: Pick<TaskEntry, 'document' | 'key'>) => `${TASK_TEXTS}/${task.document}/${task.key}.mdx`;

/** Path of a section's text under {@link GENERATED_DIR}, e.g. `texts/sections/services-opening/2-1.mdx`; its entry id is the section's. */
export const sectionTextFile = (section: Pick<SectionEntry, 'id'>) => `${SECTION_TEXTS}/${section.id}.mdx`;
