/**
 * The one table of the languages the site is published in, and everything
 * about them that is not a UI string: the tag (`<html lang>`, hreflang and
 * the `lang` of the search page's marks, and, in small letters, the key of
 * each language's Pagefind index),
 * the locale (Intl, word segmentation), OpenGraph's form of it, and how the
 * language writes a heading's number before its words. Chinese comes first
 * and is the original: its text is the source's, verbatim.
 *
 * No other module spells a tag or a locale, or compares a language with a
 * literal: a lint rule (eslint.config.js) refuses both anywhere else. Free of
 * zod, so browser code (the search page) can use it; its schema is langSchema
 * in common.ts.
 */
export const LANGUAGES = {
  zh: { tag: 'zh-CN', locale: 'zh-CN', ogLocale: 'zh_CN', original: true, wordSeparator: '' },
  // American English, as the house style has it (docs/translation.md).
  en: { tag: 'en', locale: 'en-US', ogLocale: 'en_US', original: false, wordSeparator: ' ' },
} as const satisfies Record<string, { tag: string; locale: string; ogLocale: string; original: boolean; wordSeparator: string }>;

/** A language the site is published in. */
export type Lang = keyof typeof LANGUAGES;
/** The languages, the original first. */
export const LANGS = Object.keys(LANGUAGES) as [Lang, ...Lang[]];
export type LanguageTag = (typeof LANGUAGES)[Lang]['tag'];

/** The language of the source texts, which every other language translates. */
export const ORIGINAL_LANG = LANGS.find((lang) => LANGUAGES[lang].original) as Lang;

/**
 * The BCP 47 tag of a language, for `lang` and `hreflang` attributes.
 *
 * @example langToTag('zh') // → 'zh-CN'
 * @example langToTag('en') // → 'en'
 */
export const langToTag = (lang: Lang): LanguageTag => LANGUAGES[lang].tag;

/**
 * The language of a BCP 47 tag, compared as tags are, without regard to case;
 * undefined for a tag the site does not publish.
 *
 * @example tagToLang('zh-CN') // → 'zh'
 * @example tagToLang('zh-cn') // → 'zh'
 * @example tagToLang('fr') // → undefined
 */
export const tagToLang = (tag: string): Lang | undefined => LANGS.find((lang) => LANGUAGES[lang].tag.toLowerCase() === tag.toLowerCase());

/**
 * The languages other than `lang`, in the table's order (the language switch
 * offers them).
 *
 * @example otherLangs('zh') // → ['en']
 */
export const otherLangs = (lang: Lang): Lang[] => LANGS.filter((other) => other !== lang);

/**
 * The language a site path is in, from its first segment; the original's for
 * a path outside every language's folder (the entry page, the 404 page, /data/).
 *
 * @example pathToLang('/en/services-trade/tasks/7/') // → 'en'
 * @example pathToLang('/data/tasks.csv') // → 'zh'
 */
export function pathToLang(path: string): Lang {
  const first = path.split('/')[1] ?? '';
  return (LANGS as string[]).includes(first) ? (first as Lang) : ORIGINAL_LANG;
}
