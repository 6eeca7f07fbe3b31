import type { Bilingual } from '../schema/common.ts';
import type { DocumentEntry } from '../schema/document.ts';
import type { Lang } from '../schema/languages.ts';
import type { TaskEntry } from '../schema/task.ts';
import { formatDate } from './format.ts';

/** What a citation names: the task's place, the document, and the page. */
interface Cited {
  document: DocumentEntry;
  /** The label of the task's list (附件, 附件2), where the citation needs it. */
  list: Bilingual | undefined;
  number: number;
  url: string;
}

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

/** Each language's form of a citation. */
const FORMS: Record<Lang, (cited: Cited) => string> = {
  zh: ({ document, list, number, url }) => {
    const date = document.date && formatDate(document.date, 'zh');
    const title = `《${document.title.zh}》`;
    return document.number
      ? `${document.number.zh} ${list?.zh ?? ''} 第${number}项。${title}${date ? `，${date}印发` : ''}。${url}`
      : `${title}${list && document.parts.filter((p) => p.kind === 'items').length > 1 ? `${list.zh} ` : ''}第${number}项（原文未载明文号和日期）。${url}`;
  },
  en: ({ document, list, number, url }) => {
    const date = document.date && formatDate(document.date, 'en');
    const unofficial = 'Unofficial English translation; the Chinese text is authoritative.';
    const title = `“${document.title.en}”`;
    return document.number
      ? `${document.number.en}, ${list?.en ?? ''}, item ${number}. ${title}${date ? `, printed and issued ${date}` : ''}. ${unofficial} ${url}`
      : `${title}, ${list && document.parts.filter((p) => p.kind === 'items').length > 1 ? `${list.en}, ` : ''}item ${number} (the text states no document number or date). ${unofficial} ${url}`;
  },
};

/**
 * How to cite a task, in the page's language: its place in the document
 * (number, list, item), the document's title and date where the text
 * states them, and the permanent URL. The English says, inside the citation
 * itself, that the translation is unofficial. Deterministic: no access date,
 * nothing that varies between builds.
 *
 * @example
 * citeTask('zh', notice, { part: 'attachment', number: 12 }, 'https://example.org/zh/services-opening/tasks/12/')
 * // → '厦府〔2026〕88号 附件 第12项。《厦门市人民政府关于印发服务业扩大开放综合试点实施方案的通知》，2026年3月24日印发。https://example.org/zh/services-opening/tasks/12/'
 */
export function citeTask(lang: Lang, document: DocumentEntry, task: Pick<TaskEntry, 'part' | 'number'>, url: string): string {
  return FORMS[lang]({ document, list: taskListLabel(document, task), number: task.number, url });
}
