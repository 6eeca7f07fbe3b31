import { LANGS, type Lang } from '../schema/languages.ts';

/**
 * The site's URL scheme. These paths are a public contract: once published
 * they never change, because staff paste them into documents and emails.
 * Every path is absolute and ends with a slash.
 */

/** @example homePath('zh') // → '/zh/' */
export const homePath = (lang: Lang) => `/${lang}/`;

/** @example documentPath('zh', 'services-trade') // → '/zh/services-trade/' */
export const documentPath = (lang: Lang, document: string) => `/${lang}/${document}/`;

/** @example taskPath('zh', { document: 'services-opening', key: '12' }) // → '/zh/services-opening/tasks/12/' */
export const taskPath = (lang: Lang, task: { document: string; key: string }) => `/${lang}/${task.document}/tasks/${task.key}/`;

/**
 * The page a missing address under a document's tasks is answered with (status 404; deploy/nginx.conf).
 * @example taskNotFoundPath('zh', 'services-trade') // → '/zh/services-trade/not-found/'
 */
export const taskNotFoundPath = (lang: Lang, document: string) => `/${lang}/${document}/not-found/`;

/** @example categoryPath('zh', 'services-trade', 3) // → '/zh/services-trade/categories/3/' */
export const categoryPath = (lang: Lang, document: string, ordinal: number) => `/${lang}/${document}/categories/${ordinal}/`;

/** @example agenciesPath('zh') // → '/zh/agencies/' */
export const agenciesPath = (lang: Lang) => `/${lang}/agencies/`;

/** @example agencyPath('zh', 'ministry-of-commerce') // → '/zh/agencies/ministry-of-commerce/' */
export const agencyPath = (lang: Lang, id: string) => `/${lang}/agencies/${id}/`;

/** @example searchPath('zh') // → '/zh/search/' */
export const searchPath = (lang: Lang) => `/${lang}/search/`;

/** @example overviewPath('zh') // → '/zh/overview/' */
export const overviewPath = (lang: Lang) => `/${lang}/overview/`;

/** @example dataPath('en') // → '/en/data/' */
export const dataPath = (lang: Lang) => `/${lang}/data/`;

/** About this translation: its status, house style and notes. @example translationPath('en') // → '/en/translation/' */
export const translationPath = (lang: Lang) => `/${lang}/translation/`;

/** @example glossaryPath('en') // → '/en/glossary/' */
export const glossaryPath = (lang: Lang) => `/${lang}/glossary/`;

/**
 * The anchor of a term on the glossary page: the Chinese term itself, so a
 * link reads as what it points to, without its quotation marks and with any
 * other punctuation as a hyphen (an id holds letters, digits and hyphens).
 * @example glossaryAnchor('单一窗口') // → '单一窗口'
 * @example glossaryAnchor('国际贸易“单一窗口”') // → '国际贸易单一窗口'
 * @example glossaryAnchor('党中央、国务院') // → '党中央-国务院'
 */
export const glossaryAnchor = (zh: string) =>
  zh
    .replace(/[“”‘’"']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');

/**
 * The data behind a task page, in both languages.
 * @example taskDataPath('services-opening-12') // → '/data/tasks/services-opening-12.json'
 */
export const taskDataPath = (id: string) => `/data/tasks/${id}.json`;

/**
 * The anchor of a task within a document or category page.
 * @example taskAnchor({ key: '12' }) // → 'task-12'
 */
export const taskAnchor = (task: { key: string }) => `task-${task.key}`;

/** @example categoryAnchor(3) // → 'category-3' */
export const categoryAnchor = (ordinal: number) => `category-${ordinal}`;

/** @example sectionAnchor('2-1') // → 'section-2-1' */
export const sectionAnchor = (key: string) => `section-${key}`;

/**
 * The same page in another language: the path after the language prefix is
 * identical in every language.
 * @example pathInLang('/zh/services-trade/tasks/7/', 'en') // → '/en/services-trade/tasks/7/'
 */
export const pathInLang = (path: string, lang: Lang) => path.replace(new RegExp(`^/(?:${LANGS.join('|')})/`), `/${lang}/`);

/** @example partAnchor('closing') // → 'closing' */
export const partAnchor = (key: string) => key;

/**
 * A glossary entry on the glossary page, from its anchor (`glossaryAnchor` of its Chinese).
 * @example glossaryTermPath('en', '单一窗口') // → '/en/glossary/#单一窗口'
 */
export const glossaryTermPath = (lang: Lang, anchor: string) => `${glossaryPath(lang)}#${anchor}`;

/** Who publishes the site, what it is and how to report an error. @example aboutPath('zh') // → '/zh/about/' */
export const aboutPath = (lang: Lang) => `/${lang}/about/`;

/** The dated changes to the texts and the translation. @example changesPath('en') // → '/en/changes/' */
export const changesPath = (lang: Lang) => `/${lang}/changes/`;

/**
 * A body's tasks, to print for a meeting.
 * @example agencyPacketPath('zh', 'xiamen-municipal-bureau-of-commerce') // → '/zh/agencies/xiamen-municipal-bureau-of-commerce/packet/'
 */
export const agencyPacketPath = (lang: Lang, id: string) => `${agencyPath(lang, id)}packet/`;

/**
 * The Atom feeds: the site's (every change), and one per document, category
 * and body (the changes that touched its texts). `.atom`, which every web
 * server serves as application/atom+xml.
 * @example siteFeedPath('zh') // → '/zh/feed.atom'
 */
export const siteFeedPath = (lang: Lang) => `/${lang}/feed.atom`;
/** @example documentFeedPath('en', 'services-trade') // → '/en/services-trade/feed.atom' */
export const documentFeedPath = (lang: Lang, document: string) => `${documentPath(lang, document)}feed.atom`;
/** @example categoryFeedPath('zh', 'services-trade', 3) // → '/zh/services-trade/categories/3/feed.atom' */
export const categoryFeedPath = (lang: Lang, document: string, ordinal: number) => `${categoryPath(lang, document, ordinal)}feed.atom`;
/** @example agencyFeedPath('zh', 'ministry-of-commerce') // → '/zh/agencies/ministry-of-commerce/feed.atom' */
export const agencyFeedPath = (lang: Lang, id: string) => `${agencyPath(lang, id)}feed.atom`;

/**
 * A page's citation to download, in one of the reference managers' formats.
 * @example citationFilePath('zh', 'services-opening-12', 'ris') // → '/data/citations/zh/services-opening-12.ris'
 */
export const citationFilePath = (lang: Lang, id: string, extension: string) => `/data/citations/${lang}/${id}.${extension}`;

/** The DCAT catalogue of the open data, in JSON-LD. @example catalogPath() // → '/data/catalog.jsonld' */
export const catalogPath = () => '/data/catalog.jsonld';
