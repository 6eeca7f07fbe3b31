import type { Lang } from '../schema/common.ts';
import type { DocumentEntry } from '../schema/document.ts';
import { formatDate } from './format.ts';

/**
 * How to cite a task, in the page's language: its place in the document
 * (number, attachment, item), the document's title and date where the text
 * states them, and the permanent URL. The English says, inside the citation
 * itself, that the translation is unofficial. Deterministic: no access date,
 * nothing that varies between builds.
 *
 * @example
 * citeTask('zh', notice, 12, 'https://example.org/zh/services-opening/tasks/12/')
 * // → '厦府〔2026〕88号 附件 第12项。《厦门市人民政府关于印发服务业扩大开放综合试点实施方案的通知》，2026年3月24日印发。https://example.org/zh/services-opening/tasks/12/'
 */
export function citeTask(lang: Lang, document: DocumentEntry, number: number, url: string): string {
  const date = document.date && formatDate(document.date, lang);
  if (lang === 'zh') {
    const title = `《${document.title.zh}》`;
    return document.number
      ? `${document.number.zh} ${document.attachment.label.zh} 第${number}项。${title}${date ? `，${date}印发` : ''}。${url}`
      : `${title}第${number}项（原文未载明文号和日期）。${url}`;
  }
  const unofficial = 'Unofficial English translation; the Chinese text is authoritative.';
  const title = `“${document.title.en}”`;
  return document.number
    ? `${document.number.en}, ${document.attachment.label.en}, item ${number}. ${title}${date ? `, printed and issued ${date}` : ''}. ${unofficial} ${url}`
    : `${title}, item ${number} (the text states no document number or date). ${unofficial} ${url}`;
}
