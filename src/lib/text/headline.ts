import type { Lang } from '../schema/languages.ts';

/** How long a headline may run: about one line of a result list on a phone. */
const LIMIT = { zh: 32, en: 90 } as const;

/**
 * The opening words of a task, to name it where only a line fits: a search
 * result, the page's `<title>`, a shared link's preview. Chinese ends at the
 * first full stop or semicolon, or is cut after a whole character; English is
 * cut at a word boundary. A cut is marked with an ellipsis, so the reader
 * never takes a headline for the whole text. The words are the task's own.
 *
 * @example taskHeadline('zh', '支持厦门打造离岸算力设施，为境外企业提供算力服务。') // → '支持厦门打造离岸算力设施，为境外企业提供算力服务'
 * @example taskHeadline('zh', '探索开展数据跨境流动安全管理试点。推动…') // → '探索开展数据跨境流动安全管理试点'
 * @example taskHeadline('en', 'Extend the international trade Single Window to trade in services, and …') // cut after a word, then '…'
 */
export function taskHeadline(lang: Lang, text: string): string {
  return HEADLINES[lang](text, LIMIT[lang]);
}

/** Each language's way of cutting a text to its opening words. */
const HEADLINES: Record<Lang, (text: string, limit: number) => string> = {
  // Chinese: to the first full stop or semicolon, or a whole number of characters.
  zh: (text, limit) => {
    const sentence = text.match(/^[^。；;]+/)?.[0] ?? text;
    const chars = Array.from(sentence);
    return chars.length <= limit
      ? sentence.replace(/[，,、：:]$/, '')
      : `${chars
          .slice(0, limit)
          .join('')
          .replace(/[，,、：:（(“]$/, '')}…`;
  },
  // English: to the first sentence, cut at a word boundary.
  en: (text, limit) => {
    const sentence = text.match(/^.+?[.;](?=\s|$)/)?.[0]?.replace(/[.;]$/, '') ?? text.replace(/[.;]$/, '');
    if (sentence.length <= limit) return sentence;
    const cut = sentence.slice(0, limit + 1);
    const boundary = cut.lastIndexOf(' ');
    return `${(boundary > limit / 2 ? cut.slice(0, boundary) : cut.slice(0, limit)).replace(/[\s,;:(“"'-]+$/, '')}…`;
  },
};
