import type { Bilingual, Lang } from '../schema/common.ts';

/**
 * The numbering of a heading in the page's language: the source's own
 * numbering in Chinese, Arabic numbering in English (一、 → 1., （一） → (1)).
 *
 * @example headingLabel('en', '（三）', 3) // → '(3)'
 * @example headingLabel('en', '十四、', 14) // → '14.'
 * @example headingLabel('zh', '十四、', 14) // → '十四、'
 */
export function headingLabel(lang: Lang, label: string, ordinal: number): string {
  if (lang === 'zh' || label === '') return label;
  return label.startsWith('（') ? `(${ordinal})` : `${ordinal}.`;
}

/** The ordinal a section key ends with: `2-1` → 1, `3` → 3. */
export const sectionOrdinal = (key: string) => Number(key.split('-').at(-1));

/**
 * A heading with its numbering, in the page's language.
 *
 * @example headingName('zh', { label: '（三）', ordinal: 3, heading: { zh: '提升便利水平', en: 'Improving facilitation' } }) // → '（三）提升便利水平'
 * @example headingName('en', { label: '（三）', ordinal: 3, heading: { zh: '提升便利水平', en: 'Improving facilitation' } }) // → '(3) Improving facilitation'
 */
export function headingName(lang: Lang, { label, ordinal, heading }: { label: string; ordinal: number; heading: Bilingual }): string {
  const number = headingLabel(lang, label, ordinal);
  return lang === 'zh' ? `${number}${heading.zh}` : `${number} ${heading.en}`;
}
