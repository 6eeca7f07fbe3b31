import type { Lang } from '../schema/languages.ts';

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Writes an ISO date the way each language writes dates in official text.
 * Done by hand, not with Intl, so the output cannot vary with the ICU data of
 * the machine that builds the site.
 *
 * @example formatDate('2026-03-24', 'zh') // → '2026年3月24日'
 * @example formatDate('2026-03-24', 'en') // → '24 March 2026'
 */
export function formatDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return DATES[lang](year, month, day);
}

/** Each language's way of writing a date in official text. */
const DATES: Record<Lang, (year: number, month: number, day: number) => string> = {
  zh: (year, month, day) => `${year}年${month}月${day}日`,
  en: (year, month, day) => `${day} ${EN_MONTHS[month - 1]} ${year}`,
};

/** Each language's way of joining the items of a list: the separator, and the words for "and" and "or" before the last item. */
const LISTS: Record<Lang, { separator: string; and: string; or: string; spaced: boolean }> = {
  zh: { separator: '、', and: '和', or: '或', spaced: false },
  en: { separator: ', ', and: 'and', or: 'or', spaced: true },
};

/**
 * A list in the language's own words: "A, B and C" / "A、B和C" (or "or" /
 * 或), with a space where the Chinese joining word meets a Latin letter, as
 * between Chinese and Latin anywhere on the site. By hand, like
 * {@link formatDate}, so the output cannot vary with the machine's ICU data.
 *
 * @example formatList(['services-trade', 'services-opening'], 'zh', 'or') // → 'services-trade 或 services-opening'
 * @example formatList(['a', 'b', 'c'], 'en', 'and') // → 'a, b and c'
 */
export function formatList(items: readonly string[], lang: Lang, type: 'and' | 'or'): string {
  const separators = listSeparators(items, lang, type);
  return items.map((item, i) => `${separators[i]}${item}`).join('');
}

/**
 * What stands before each item of a list as {@link formatList} writes it
 * (nothing before the first), for a list whose items are not plain text: a
 * page that links each item writes `{separator}<a>{item}</a>`.
 *
 * @example listSeparators(['a', 'b', 'c'], 'en', 'and') // → ['', ', ', ' and ']
 * @example listSeparators(['牵头3项', '配合2项'], 'zh', 'and') // → ['', '和']
 */
export function listSeparators(items: readonly string[], lang: Lang, type: 'and' | 'or'): string[] {
  const { separator, spaced, ...words } = LISTS[lang];
  // A language that spaces its words always spaces the joining word; Chinese only where it meets a Latin letter.
  const latin = /[A-Za-z0-9]/;
  return items.map((item, i) => {
    if (i === 0) return '';
    if (i < items.length - 1) return separator;
    const head = items.slice(0, -1).join(separator);
    const before = spaced || latin.test(head.at(-1) ?? '') ? ' ' : '';
    const after = spaced || latin.test(item[0] ?? '') ? ' ' : '';
    return `${before}${words[type]}${after}`;
  });
}

/** The words for small counts, as running text writes them: 两份文件, two documents. */
const COUNT_WORDS: Record<Lang, readonly string[]> = {
  zh: ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'],
  en: ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
};

/**
 * A count as running text writes it: a word up to ten, figures above.
 *
 * @example formatCount(2, 'zh') // → '两'
 * @example formatCount(3, 'en') // → 'three'
 * @example formatCount(12, 'en') // → '12'
 */
export function formatCount(count: number, lang: Lang): string {
  return COUNT_WORDS[lang][count] ?? String(count);
}

/**
 * Whole numbers as the runs they make, in order: what a page says when it
 * lists the numbers a document's tasks have.
 *
 * @example numbersToRanges([3, 1, 2, 5, 7, 6]) // → [[1, 3], [5, 7]]
 * @example numbersToRanges([]) // → []
 */
export function numbersToRanges(numbers: readonly number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const n of [...new Set(numbers)].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else ranges.push([n, n]);
  }
  return ranges;
}
