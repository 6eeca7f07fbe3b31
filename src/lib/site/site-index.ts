import { AGENCY_LEVELS, ROLES, type AgencyEntry, type AgencyLevel, type Role } from '../schema/agency.ts';
import type { CategoryEntry } from '../schema/category.ts';
import type { Corpus } from '../schema/corpus.ts';
import type { DocumentEntry, ItemsPartEntry } from '../schema/document.ts';
import type { TaskEntry } from '../schema/task.ts';
import { taskAgencies } from '../text/task-agencies.ts';

/** The tasks a body has, per role, in document then task order. */
export type TasksByRole = Record<Role, TaskEntry[]>;

/** Tasks in reading order: by document, then by list, then by number. */
const inReadingOrder = (documents: DocumentEntry[]) => {
  const order = new Map(documents.map((d) => [d.id, d.order]));
  return (a: TaskEntry, b: TaskEntry) => (order.get(a.document) ?? 0) - (order.get(b.document) ?? 0) || a.attachment - b.attachment || a.number - b.number;
};

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`site index: no ${what}`);
  return value;
}

/**
 * Indexes the records for the pages: every lookup a page needs, computed once.
 * Pure, so the page logic can be tested without Astro.
 *
 * @example
 * const site = createSiteIndex(data);
 * site.task('services-opening', '12').text // → '按照“东数西算”工程布局…'
 * site.tasksByRole('xiamen-municipal-bureau-of-commerce').lead.length // → 8
 */
export function createSiteIndex(data: Corpus) {
  const documents = [...data.documents].sort((a, b) => a.order - b.order);
  const tasks = [...data.tasks].sort(inReadingOrder(documents));
  const taskKey = (document: string, key: string) => `${document}/${key}`;
  const taskMap = new Map(tasks.map((t) => [taskKey(t.document, t.key), t]));
  const position = new Map(tasks.map((t, i) => [t, i]));
  const categoryMap = new Map(data.categories.map((c) => [c.id, c]));
  const agencies = [...data.agencies].sort((a, b) => a.order - b.order);
  const agencyMap = new Map(agencies.map((a) => [a.id, a]));
  const total = (a: AgencyEntry) => a.counts.lead + a.counts.cooperating + a.counts.supervising;

  const roles = new Map<string, TasksByRole>();
  for (const task of tasks) {
    const ids = taskAgencies(task);
    for (const role of ROLES) {
      for (const id of ids[role]) {
        const entry = roles.get(id) ?? { lead: [], cooperating: [], supervising: [] };
        entry[role].push(task);
        roles.set(id, entry);
      }
    }
  }

  const site = {
    documents,
    tasks,
    /** Every body, in the registry's order. */
    agencies,
    /** The priorities the site marks, in their order. */
    priorities: [...data.priorities].sort((a, b) => a.order - b.order),
    /** Tasks by id, for links between tasks. */
    taskById: (id: string) =>
      required(
        tasks.find((t) => t.id === id),
        `task ${id}`,
      ),
    document: (id: string) =>
      required(
        documents.find((d) => d.id === id),
        `document ${id}`,
      ),
    categoriesOf: (document: string) => data.categories.filter((c) => c.document === document).sort((a, b) => a.ordinal - b.ordinal),
    category: (document: string, ordinal: number) => required(categoryMap.get(`${document}/${ordinal}`), `category ${document}/${ordinal}`),
    categoryOf: (task: TaskEntry) => required(categoryMap.get(`${task.document}/${task.category}`), `category of ${task.id}`),
    tasksOf: (document: string) => tasks.filter((t) => t.document === document),
    tasksIn: (category: CategoryEntry) => tasks.filter((t) => t.document === category.document && t.category === category.ordinal),
    task: (document: string, key: string) => required(taskMap.get(taskKey(document, key)), `task ${document}/${key}`),
    /** The tasks before and after, within the same document, in reading order. */
    neighbours: (task: TaskEntry) => {
      const at = position.get(task) as number;
      const near = (i: number) => (tasks[i]?.document === task.document ? tasks[i] : undefined);
      return { previous: near(at - 1), next: near(at + 1) };
    },
    /** The list of items a task stands in, as its document's record has it. */
    partOf: (task: TaskEntry): ItemsPartEntry =>
      required(
        documents.find((d) => d.id === task.document)?.parts.find((p): p is ItemsPartEntry => p.kind === 'items' && p.key === task.part),
        `list ${task.part} of ${task.document}`,
      ),
    sectionsOf: (document: string) => data.sections.filter((s) => s.document === document).sort((a, b) => a.order - b.order),
    agency: (id: string) => required(agencyMap.get(id), `agency ${id}`),
    tasksByRole: (id: string): TasksByRole => roles.get(id) ?? { lead: [], cooperating: [], supervising: [] },
    /** Agencies grouped by level; within a level, those with most tasks first. */
    agenciesByLevel: (): { level: AgencyLevel; agencies: AgencyEntry[] }[] =>
      AGENCY_LEVELS.map((level) => ({
        level,
        agencies: agencies.filter((a) => a.level === level).sort((a, b) => total(b) - total(a) || a.order - b.order),
      })).filter((g) => g.agencies.length > 0),
    /** Registry bodies named in a document's tasks. */
    agenciesOf: (document: string) => {
      const ids = new Set(tasks.filter((t) => t.document === document).flatMap((t) => Object.values(taskAgencies(t)).flat()));
      return agencies.filter((a) => ids.has(a.id));
    },
  };
  return site;
}
export type SiteIndex = ReturnType<typeof createSiteIndex>;
