import type { Bilingual } from '../schema/common.ts';
import { LANGUAGES, type Lang } from '../schema/languages.ts';

/**
 * The numbering of a heading in a language: the source's own numbering in
 * the original, Arabic numbering in a translation (一、 → 1., （一） → (1)).
 *
 * @example headingLabel('en', '（三）', 3) // → '(3)'
 * @example headingLabel('en', '十四、', 14) // → '14.'
 * @example headingLabel('zh', '十四、', 14) // → '十四、'
 */
export function headingLabel(lang: Lang, label: string, ordinal: number): string {
  if (LANGUAGES[lang].original || label === '') return label;
  return label.startsWith('（') ? `(${ordinal})` : `${ordinal}.`;
}

/** The ordinal a section key ends with: `2-1` → 1, `3` → 3. */
export const sectionOrdinal = (key: string) => Number(key.split('-').at(-1));

/**
 * A heading with its numbering, in a language, joined as the language joins
 * them (no space in Chinese).
 *
 * @example headingName('zh', { label: '（三）', ordinal: 3, heading: { zh: '提升便利水平', en: 'Improving facilitation' } }) // → '（三）提升便利水平'
 * @example headingName('en', { label: '（三）', ordinal: 3, heading: { zh: '提升便利水平', en: 'Improving facilitation' } }) // → '(3) Improving facilitation'
 */
export function headingName(lang: Lang, { label, ordinal, heading }: { label: string; ordinal: number; heading: Bilingual }): string {
  const number = headingLabel(lang, label, ordinal);
  return number === '' ? heading[lang] : `${number}${LANGUAGES[lang].wordSeparator}${heading[lang]}`;
}

/**
 * A section's heading with its numbering: 二、深化重点领域开放 / 2. Deepening …;
 * the heading alone for unnumbered prose.
 *
 * @example sectionName('en', { key: '2-1', label: '（一）', heading: { zh: '先行先试', en: 'Pioneering' } }) // → '(1) Pioneering'
 */
export const sectionName = (lang: Lang, section: { key: string; label: string; heading: Bilingual | null }) =>
  section.heading ? headingName(lang, { label: section.label, ordinal: sectionOrdinal(section.key), heading: section.heading }) : '';

/**
 * A body's name in both languages: the first of the Chinese names the
 * documents use, and its English.
 *
 * @example agencyName({ names: ['市商务局'], en: 'Xiamen Municipal Bureau of Commerce' }) // → { zh: '市商务局', en: 'Xiamen Municipal Bureau of Commerce' }
 */
export const agencyName = (agency: { names: readonly string[]; en: string }): Bilingual => ({ zh: agency.names[0] as string, en: agency.en });

/** Each language's way of referring to a section of a plan in running text. */
const SECTION_REFERENCES: Record<Lang, (section: { key: string; labels: string[]; heading: string }) => string> = {
  zh: ({ labels, heading }) => `${labels.join('')}“${heading}”`,
  en: ({ key, heading }) =>
    `section ${key
      .split('-')
      .map((n, i) => (i === 0 ? n : `(${n})`))
      .join('')}, “${heading}”`,
};

/**
 * A section named so that it reads on paper too, as running text refers to
 * it: 六（二）“压实责任” / section 6(2), “…”.
 *
 * @example sectionReference('zh', { key: '6-2', label: '（二）', heading: { zh: '压实责任', en: 'Responsibilities' } }, { label: '六、' }) // → '六（二）“压实责任”'
 * @example sectionReference('en', { key: '6-2', label: '（二）', heading: { zh: '压实责任', en: 'Responsibilities' } }, { label: '六、' }) // → 'section 6(2), “Responsibilities”'
 */
export function sectionReference(lang: Lang, section: { key: string; label: string; heading: Bilingual }, parent?: { label: string }): string {
  const labels = [...(parent ? [parent.label.replace(/、$/, '')] : []), section.label];
  return SECTION_REFERENCES[lang]({ key: section.key, labels, heading: section.heading[lang] });
}
