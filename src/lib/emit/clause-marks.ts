import type { Lang } from '../schema/languages.ts';
import type { SentenceLink } from '../schema/priority.ts';
import type { ClauseMark } from './marks.ts';

/**
 * The clause links of a section (`SentenceLink[]`, found by
 * src/lib/enrich/priorities.ts) as clause marks of one of its paragraphs, in
 * one language. A link belongs to the paragraph that contains its clause, and
 * the links of a paragraph stand in its order; each is marked where it first
 * occurs after the one before. Throws if a link the paragraph contains does
 * not stand after the previous one.
 *
 * @example
 * sentenceLinksToClauseMarks('集中优势资源。打造离岸算力设施；支持数据跨境。', [{ text: { zh: '打造离岸算力设施', en: 'build offshore computing' }, task: 'services-opening-2' }], 'zh')
 * // → [{ kind: 'clause', start: 7, end: 15, task: 'services-opening-2' }]
 */
export function sentenceLinksToClauseMarks(paragraph: string, links: readonly SentenceLink[], lang: Lang): ClauseMark[] {
  const marks: ClauseMark[] = [];
  let cursor = 0;
  for (const link of links.filter((l) => paragraph.includes(l.text[lang]))) {
    const clause = link.text[lang];
    const start = paragraph.indexOf(clause, cursor);
    if (start < 0)
      throw new Error(`sentenceLinksToClauseMarks: the clause “${clause}” (${link.task}) does not stand after the clause before it in: ${paragraph}`);
    marks.push({ kind: 'clause', start, end: start + clause.length, task: link.task, document: link.document, key: link.key });
    cursor = start + clause.length;
  }
  return marks;
}
