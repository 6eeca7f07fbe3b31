import type { AgencyEntry } from './agency.ts';
import type { CategoryEntry } from './category.ts';
import type { DocumentEntry } from './document.ts';
import type { PriorityEntry } from './priority.ts';
import type { SectionEntry } from './section.ts';
import type { TaskEntry } from './task.ts';

/**
 * Every record the site is built from, validated, in both languages and in a
 * stable order: what the content step writes as the content collections and
 * what the pages and the open data read back. Each record is one entry for
 * both languages.
 */
export interface Corpus {
  documents: DocumentEntry[];
  sections: SectionEntry[];
  categories: CategoryEntry[];
  tasks: TaskEntry[];
  agencies: AgencyEntry[];
  /** The priorities the site marks; filled by the enrich step. */
  priorities: PriorityEntry[];
}
