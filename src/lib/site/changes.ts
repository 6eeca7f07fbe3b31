import type { ChangeEntry, ChangeScopeEntry } from '../schema/publishing.ts';

/**
 * What a page of the site follows in the change log: the texts a change
 * touched, asked of each change. The feeds, the changes page and the task
 * pages read the log through these, so "what changed here" means one thing
 * everywhere.
 */
export interface ChangeScope {
  /** Whether a change touched this page's texts, per document it touched. */
  touches: (scope: ChangeScopeEntry) => boolean;
}

/** Every change, for the site's own feed. */
export const wholeSite: ChangeScope = { touches: () => true };

/** A document: any of its texts. */
export const documentScope = (document: string): ChangeScope => ({ touches: (s) => s.document === document });

/** A category: its heading, or a task under it. */
export const categoryScope = (category: string, tasks: readonly string[]): ChangeScope => ({
  touches: (s) => s.categories.includes(category) || s.tasks.some((id) => tasks.includes(id)),
});

/** A body: a task that names it, or a passage of a document that lists it (a change to the whole document). */
export const agencyScope = (tasks: readonly string[], listedIn: readonly string[]): ChangeScope => ({
  touches: (s) => s.tasks.some((id) => tasks.includes(id)) || (s.whole && listedIn.includes(s.document)),
});

/** A task: its own text. */
export const taskScope = (task: string): ChangeScope => ({ touches: (s) => s.tasks.includes(task) });

/** The changes that touched a scope, newest first, each with only its scopes that touched it. */
export function changesIn(changes: readonly ChangeEntry[], scope: ChangeScope): ChangeEntry[] {
  return changes.flatMap((change) => {
    const affects = change.affects.filter((s) => scope.touches(s));
    return affects.length > 0 ? [{ ...change, affects }] : [];
  });
}

/**
 * The date of the latest change of all: the date the site's texts are
 * current to, and the one fixed date a build gives wherever a date of the
 * build itself would be asked for (the data package's `created`, the access
 * date of a citation before the page's script fills in today's).
 *
 * @example editionDate([{ date: '2026-12-02', … }, { date: '2026-11-22', … }]) // → '2026-12-02'
 */
export function editionDate(changes: readonly ChangeEntry[]): string {
  const latest = changes[0];
  if (!latest) throw new Error('changes: the change log is empty');
  return latest.date;
}

/** The latest change of a kind that touched a scope, if any: "English last revised", "text unchanged since". */
export const latestOf = (changes: readonly ChangeEntry[], scope: ChangeScope, kinds: readonly ChangeEntry['kind'][]): ChangeEntry | undefined =>
  changesIn(changes, scope).find((change) => kinds.includes(change.kind));

/** The page a change's texts are on, and what to call them: a link per text. */
export interface TouchedText {
  label: string;
  path: string;
}
