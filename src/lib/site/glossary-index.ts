import { pinyin } from 'pinyin-pro';

/**
 * The glossary as a reference book orders it: by the initial a reader looks
 * a term up by, the pinyin of its Chinese on the Chinese page, the first
 * letter of its English on the English one. Used at build time only: pinyin
 * comes from pinyin-pro's own dictionary (offline), which reads a character
 * in its word (银行 yínháng, 行政 xíngzhèng; 厦门 Xiàmén).
 */

/**
 * The key a Chinese term sorts by: the pinyin of its characters, with tone
 * numbers, syllable by syllable; Latin letters and digits as they are, and
 * punctuation (“两业”) left out.
 *
 * @example termToPinyin('“两业”融合') // → 'liang3 ye4 rong2 he2'
 * @example termToPinyin('厦门自贸片区') // → 'xia4 men2 zi4 mao4 pian4 qu1'
 */
export function termToPinyin(zh: string): string {
  const letters = zh.replace(/[^\p{Script=Han}\p{L}\p{N}]+/gu, '');
  return pinyin(letters, { toneType: 'num', type: 'array', nonZh: 'consecutive' })
    .map((syllable) => syllable.toLowerCase())
    .join(' ');
}

/**
 * The key an English rendering sorts by: lower case, without a leading
 * article or punctuation, so "the CPC Central Committee…" stands under C.
 *
 * @example englishSortKey('the CPC Central Committee and the State Council') // → 'cpc central committee and the state council'
 * @example englishSortKey('“Single Window”') // → 'single window”'
 */
export const englishSortKey = (en: string) =>
  en
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/^(?:the|a|an)\s+/, '');

/** One initial and its entries, in order. */
export interface InitialGroup<T> {
  /** A–Z, or # for a key that starts with neither. */
  initial: string;
  entries: T[];
}

/**
 * Entries grouped by the initial of their sort key, the groups A–Z (then #),
 * each group's entries in the order of their keys (ties by the tie-breaker,
 * so the order never depends on the input's). Plain code-point comparison of
 * ASCII keys: the same on every machine, whatever its ICU data.
 *
 * @example groupByInitial(['bei4 an4', 'bao3 shui4', 'an1 quan2'], (k) => k, (k) => k).map((g) => g.initial) // → ['A', 'B']
 */
export function groupByInitial<T>(entries: readonly T[], keyOf: (entry: T) => string, tieBreak: (entry: T) => string): InitialGroup<T>[] {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sorted = entries.map((entry) => ({ entry, key: keyOf(entry) })).sort((a, b) => compare(a.key, b.key) || compare(tieBreak(a.entry), tieBreak(b.entry)));
  const groups = new Map<string, T[]>();
  for (const { entry, key } of sorted) {
    const first = key.charAt(0).toUpperCase();
    const initial = /^[A-Z]$/.test(first) ? first : '#';
    groups.set(initial, [...(groups.get(initial) ?? []), entry]);
  }
  return [...groups].sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : compare(a, b))).map(([initial, inGroup]) => ({ initial, entries: inGroup }));
}
