import type { SectionEntry } from './section.ts';
import type { TaskEntry } from './task.ts';

/**
 * Where the content collections live: the contract between the emit stage,
 * which writes them, and the site's content config, which reads them. Both
 * take the folder and the texts' paths from here.
 */

/** Where the generated collections live, relative to the project root. */
export const GENERATED_DIR = 'content/generated';

/** The folder of the task texts under {@link GENERATED_DIR}, one MDX file per task. */
export const TASK_TEXTS = 'texts/tasks';
/** The folder of the section texts under {@link GENERATED_DIR}, one MDX file per section. */
export const SECTION_TEXTS = 'texts/sections';

/** Path of a task's text under {@link GENERATED_DIR}, e.g. `texts/tasks/services-trade/12.mdx`; its entry id is the task's. */
export const taskTextFile = (task: Pick<TaskEntry, 'document' | 'key'>) => `${TASK_TEXTS}/${task.document}/${task.key}.mdx`;

/** Path of a section's text under {@link GENERATED_DIR}, e.g. `texts/sections/services-opening/2-1.mdx`; its entry id is the section's. */
export const sectionTextFile = (section: Pick<SectionEntry, 'id'>) => `${SECTION_TEXTS}/${section.id}.mdx`;
