import type { Lang } from '../lib/schema/languages.ts';
import en from './en.json' with { type: 'json' };
import { uiStringsSchema, type UiKey } from './schema.ts';
import zh from './zh.json' with { type: 'json' };

const dictionaries: Record<Lang, Record<UiKey, string>> = { zh: uiStringsSchema.parse(zh), en: uiStringsSchema.parse(en) };

/** True for a key the UI strings define: for names looked up by an open vocabulary (a part's role). */
export const isUiKey = (key: string): key is UiKey => Object.hasOwn(dictionaries.zh, key);

/**
 * Returns the translate function of a language. Placeholders in braces are
 * filled from `values`; a placeholder left unfilled is an error.
 *
 * @example
 * useTranslations('zh')('task.title', { document: '服务业扩大开放综合试点任务', number: 12 })
 * // → '服务业扩大开放综合试点任务 第12项'
 */
export function useTranslations(lang: Lang) {
  const strings = dictionaries[lang];
  return (key: UiKey, values: Record<string, string | number> = {}): string => {
    const string = strings[key];
    // Most strings have no placeholder, and a page asks for hundreds.
    if (!string.includes('{')) return string;
    return string.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`i18n: ${lang} string ${key} needs a value for {${name}}`);
      return String(value);
    });
  };
}
export type Translate = ReturnType<typeof useTranslations>;
