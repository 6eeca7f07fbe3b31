import type { Lang } from '../schema/common.ts';

/**
 * The opening of a task's text, to name the task in a list where its number
 * alone says nothing: its first sentence or clause, cut at `max` characters
 * (Chinese) or words (English) with an ellipsis. Never more than the source
 * says, and nothing rephrased: a verbatim prefix.
 *
 * @example textToOpening('将国际贸易“单一窗口”向更多服务贸易事项拓展；将服务出口退税申报纳入国际贸易“单一窗口”。', 'zh') // → '将国际贸易“单一窗口”向更多服务贸易事项拓展…'
 * @example textToOpening('Extend the international trade Single Window to more trade in services matters; include …', 'en', 6) // → 'Extend the international trade Single Window…'
 */
export function textToOpening(text: string, lang: Lang, max = lang === 'zh' ? 24 : 12): string {
  const clause = /^(.*?)[。；;.!?！？](?=\s|$|[^\d])/su.exec(text.trim())?.[1] ?? text.trim();
  const more = clause.length < text.trim().replace(/[。；;.!?！？]$/u, '').length;
  if (lang === 'zh') {
    const chars = Array.from(clause);
    return chars.length > max ? `${chars.slice(0, max).join('')}…` : more ? `${clause}…` : clause;
  }
  const words = clause.split(/\s+/);
  return words.length > max ? `${words.slice(0, max).join(' ').replace(/[,:]$/, '')}…` : more ? `${clause}…` : clause;
}
