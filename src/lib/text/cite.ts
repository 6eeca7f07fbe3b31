import type { Bilingual } from '../schema/common.ts';
import type { DocumentEntry } from '../schema/document.ts';
import type { TaskEntry } from '../schema/task.ts';

/**
 * The label of the list a task stands in (附件, 附件2), as the document
 * prints it: the `label` passage of the task's list, or of the document where
 * the list is the whole of it.
 *
 * @example taskListLabel(notice, { part: 'attachment' }) // → { zh: '附件', en: 'Attachment' }
 */
export function taskListLabel(document: DocumentEntry, task: Pick<TaskEntry, 'part'>): Bilingual | undefined {
  const labelOf = (blocks: DocumentEntry['parts'][number]['blocks']) => blocks.find((b) => b.kind === 'passage' && b.role === 'label');
  const own = labelOf(document.parts.find((p) => p.key === task.part)?.blocks ?? []);
  const found = own ?? document.parts.map((p) => labelOf(p.blocks)).find((b) => b !== undefined);
  return found?.kind === 'passage' ? found.text : undefined;
}
