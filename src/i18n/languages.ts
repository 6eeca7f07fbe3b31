import type { Bilingual, Lang } from '../lib/schema/common.ts';
import { formatDate } from '../lib/site/format.ts';
import { useTranslations, type Translate } from './index.ts';

/**
 * Everything that depends on a page's language, defined once. Pages and
 * components take what they need from {@link pageLanguage}; nothing else
 * derives a tag or a locale from a language.
 */
const LANGUAGES = {
  zh: {
    /** `<html lang>`, hreflang and Pagefind's index: exactly these, or queries fall back to the wrong index. */
    tag: 'zh-CN',
    /** For Intl (numbers, word segmentation). */
    locale: 'zh-CN',
    /** OpenGraph's form of the locale. */
    ogLocale: 'zh_CN',
  },
  // American English, as the house style (README) has it.
  en: { tag: 'en', locale: 'en-US', ogLocale: 'en_US' },
} as const satisfies Record<Lang, { tag: string; locale: string; ogLocale: string }>;

export type LanguageTag = (typeof LANGUAGES)[Lang]['tag'];

/** A page's language, resolved once: its tag and locale, its UI strings, and its half of every bilingual value. */
export interface PageLanguage {
  lang: Lang;
  /** The other published language, for the language switch. */
  other: Lang;
  tag: LanguageTag;
  locale: string;
  ogLocale: string;
  t: Translate;
  /** The page's half of a bilingual value. */
  text: (value: Bilingual) => string;
  /** A date as official text in this language writes it. */
  date: (iso: string) => string;
  /** A number as this language writes it (grouping). */
  number: (value: number) => string;
}

const resolved = new Map<Lang, PageLanguage>();

/**
 * The language of a page, resolved once per language and shared by every
 * page and component of that language.
 *
 * @example pageLanguage('en').tag // → 'en'
 * @example pageLanguage('zh').text({ zh: '附件', en: 'Attachment' }) // → '附件'
 */
export function pageLanguage(lang: Lang): PageLanguage {
  let language = resolved.get(lang);
  if (!language) {
    const { tag, locale, ogLocale } = LANGUAGES[lang];
    const numbers = new Intl.NumberFormat(locale);
    language = {
      lang,
      other: lang === 'zh' ? 'en' : 'zh',
      tag,
      locale,
      ogLocale,
      t: useTranslations(lang),
      text: (value) => value[lang],
      date: (iso) => formatDate(iso, lang),
      number: (value) => numbers.format(value),
    };
    resolved.set(lang, language);
  }
  return language;
}

/**
 * The BCP 47 tag for `<html lang>`. Pagefind builds one index per tag, so the
 * tags must be exactly these on every page, the search page included.
 * @example langToHtmlLang('zh') // → 'zh-CN'
 */
export const langToHtmlLang = (lang: Lang): LanguageTag => LANGUAGES[lang].tag;
