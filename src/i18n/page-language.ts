import { LANGUAGES, ORIGINAL_LANG, otherLangs, type Lang, type LanguageTag } from '../lib/schema/languages.ts';
import type { Bilingual } from '../lib/schema/common.ts';
import { formatCount, formatDate, formatList, listSeparators } from '../lib/text/format.ts';
import { useTranslations, type Translate } from './index.ts';

/**
 * A page's language, decided once (src/middleware.ts) and read by every
 * component from `Astro.locals.language`: the language and its tag, the UI
 * strings, the formatters, and whether this is the original.
 */
export interface PageLanguage {
  lang: Lang;
  tag: LanguageTag;
  locale: string;
  ogLocale: string;
  /** True for the original's language (Chinese), whose text is the source's. */
  isOriginal: boolean;
  /** The tag of the original's language, for a passage of the original shown beside a translation. */
  originalTag: LanguageTag;
  /**
   * The `lang` a passage in `tag` needs on this page: none where it is the
   * page's own (the `<html lang>` says it already), the tag where it differs.
   */
  langIfOther: (tag: LanguageTag) => LanguageTag | undefined;
  /** The other published languages, for the language switch. */
  others: Lang[];
  t: Translate;
  /** The page's half of a bilingual value. */
  text: (value: Bilingual) => string;
  /** The original's half of a bilingual value, to show beside a translation. */
  original: (value: Bilingual) => string;
  /** A date as official text in this language writes it. */
  date: (iso: string) => string;
  /** A number as this language writes it (grouping). */
  number: (value: number) => string;
  /** A count as running text writes it: 两 / two up to ten, figures above. */
  count: (value: number) => string;
  /**
   * Which form of a word a count takes in this language, for a UI string
   * keyed by it (`agency.roleCount.lead.one` / `.other`): English says one
   * task, two tasks; Chinese has one form, and its files give both keys the
   * same text. By the language's own plural rules (Intl.PluralRules).
   */
  plural: (count: number) => PluralForm;
  /** A list as this language writes it: 'A, B and C' / 'A、B和C'. */
  list: (items: readonly string[], type?: 'and' | 'or') => string;
  /** What stands before each item of such a list, for items that are not plain text (links): '', ', ', ' and '. */
  listSeparators: (items: readonly string[], type?: 'and' | 'or') => string[];
  /** Phrases joined as this language joins them: with nothing between in Chinese, a space in English. */
  join: (...phrases: string[]) => string;
}

/** The plural forms the UI strings are keyed by: the two that English and Chinese use. */
export type PluralForm = 'one' | 'other';

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
    const { tag, locale, ogLocale, original, wordSeparator } = LANGUAGES[lang];
    const numbers = new Intl.NumberFormat(locale);
    const plurals = new Intl.PluralRules(locale);
    language = {
      lang,
      tag,
      locale,
      ogLocale,
      isOriginal: original,
      originalTag: LANGUAGES[ORIGINAL_LANG].tag,
      langIfOther: (tag) => (tag === LANGUAGES[lang].tag ? undefined : tag),
      others: otherLangs(lang),
      t: useTranslations(lang),
      text: (value) => value[lang],
      original: (value) => value[ORIGINAL_LANG],
      date: (iso) => formatDate(iso, lang),
      number: (value) => numbers.format(value),
      count: (value) => formatCount(value, lang),
      plural: (value) => (plurals.select(value) === 'one' ? 'one' : 'other'),
      list: (items, type = 'and') => formatList(items, lang, type),
      listSeparators: (items, type = 'and') => listSeparators(items, lang, type),
      join: (...phrases) => phrases.filter((p) => p !== '').join(wordSeparator),
    };
    resolved.set(lang, language);
  }
  return language;
}
