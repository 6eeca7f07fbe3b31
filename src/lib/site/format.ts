import type { Lang } from '../schema/common.ts';

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
  return lang === 'zh' ? `${year}年${month}月${day}日` : `${day} ${EN_MONTHS[month - 1]} ${year}`;
}
