import type { AgencyRef, Role } from '../schema/agency.ts';
import type { TaskEntry } from '../schema/task.ts';

/**
 * The registry bodies a task names in each role, each body once; generic
 * references (有关部门, "-") name no body and are left out.
 *
 * @example
 * taskAgencies(measure35).lead // → ['pboc-xiamen-central-sub-branch', 'safe-xiamen-branch']
 */
export function taskAgencies(task: TaskEntry): Record<Role, string[]> {
  const ids = (refs: AgencyRef[] | undefined) => [...new Set((refs ?? []).flatMap((r) => (r.agency ? [r.agency] : [])))];
  return {
    lead: ids(task.assignment?.lead),
    cooperating: ids(task.assignment?.cooperating),
    supervising: ids(task.assignment?.supervising),
  };
}
