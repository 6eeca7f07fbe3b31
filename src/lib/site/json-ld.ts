import type { CategoryEntry } from '../schema/category.ts';
import type { DocumentEntry } from '../schema/document.ts';
import { LANGUAGES, ORIGINAL_LANG, langToTag, otherLangs, type Lang } from '../schema/languages.ts';
import type { TaskEntry } from '../schema/task.ts';
import { taskListLabel } from '../text/cite.ts';
import { documentPath, taskPath } from '../text/paths.ts';

const SCHEMA = 'https://schema.org/';

/** A list of one as its item, as JSON-LD writes a single value. */
const oneOrMany = <T>(items: T[]): T | T[] => (items.length === 1 ? (items[0] as T) : items);

/**
 * The encoding of the work that this page is: HTML in the page's language,
 * marked in every language as having no legal value. This site is not the
 * official publisher: the Chinese reproduces the source text, the English is
 * our translation, and the official text is the issuer's publication.
 */
function encoding(lang: Lang, url: string) {
  return {
    '@type': 'LegislationObject',
    inLanguage: langToTag(lang),
    encodingFormat: 'text/html',
    url,
    legislationLegalValue: `${SCHEMA}UnofficialLegalValue`,
  };
}

/**
 * How current the page's text is and what it rests on: the date a person
 * last checked it against its source (`legislationDateVersion`), the source
 * text the site serves, and the official publication where it is known.
 */
function currency(document: DocumentEntry, origin: URL) {
  const sources = [
    { '@type': 'MediaObject', contentUrl: new URL(document.source.path, origin).href, encodingFormat: 'text/plain', sha256: document.source.sha256 },
    ...(document.publication?.url ? [{ '@type': 'Legislation', url: document.publication.url }] : []),
  ];
  return { legislationDateVersion: document.checked, isBasedOn: oneOrMany(sources) };
}

/** What the text states of a document: number, date, issuer. Nothing where it states nothing. */
function stated(document: DocumentEntry, lang: Lang) {
  return {
    ...(document.number ? { legislationIdentifier: document.number.zh } : {}),
    ...(document.date ? { legislationDate: document.date } : {}),
    ...(document.issuer ? { legislationPassedBy: { '@type': 'GovernmentOrganization', name: document.issuer[lang] } } : {}),
  };
}

/**
 * schema.org `Legislation` for a task page: the task as a part of its
 * document, identified as the document cites it (厦府〔2026〕88号 附件 第12项),
 * with the page as its encoding and the other language as its translation.
 * The document's own facts (its number, date, issuer, the source text it rests
 * on) are stated once, by the document page's node, which this one names by
 * its `@id`; the task's text is the page's, and its data is linked from the
 * page's head.
 */
export function taskToJsonLd(options: { lang: Lang; task: TaskEntry; document: DocumentEntry; category: CategoryEntry; origin: URL; name: string }) {
  const { lang, task, document, origin, name } = options;
  const url = (l: Lang) => new URL(taskPath(l, task), origin).href;
  const documentUrl = new URL(documentPath(lang, document.id), origin).href;
  // The original's own form, as a citation in it writes the task: 厦府〔2026〕88号 附件 第12项.
  const list = taskListLabel(document, task)?.[ORIGINAL_LANG];
  const identifier = document.number
    ? `${document.number[ORIGINAL_LANG]} ${list ?? ''} 第${task.number}项`
    : `${document.title[ORIGINAL_LANG]} 第${task.number}项`;
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': `${url(lang)}#task`,
    identifier: task.id,
    // The identifier as the original cites it is the work's: a translation names the work it translates (translationOfWork) instead.
    ...(LANGUAGES[lang].original ? { legislationIdentifier: identifier } : {}),
    name,
    inLanguage: langToTag(lang),
    url: url(lang),
    legislationDateVersion: document.checked,
    isPartOf: { '@id': `${documentUrl}#document` },
    encoding: encoding(lang, url(lang)),
    ...(LANGUAGES[lang].original
      ? { workTranslation: oneOrMany(otherLangs(lang).map((l) => ({ '@id': `${url(l)}#task` }))) }
      : { translationOfWork: { '@id': `${url(ORIGINAL_LANG)}#task` } }),
  };
}

/** schema.org `Legislation` for a document page, with its tasks as parts. */
export function documentToJsonLd(options: { lang: Lang; document: DocumentEntry; tasks: TaskEntry[]; origin: URL }) {
  const { lang, document, tasks, origin } = options;
  const url = new URL(documentPath(lang, document.id), origin).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': `${url}#document`,
    identifier: document.id,
    name: document.title[lang],
    inLanguage: langToTag(lang),
    url,
    ...stated(document, lang),
    ...currency(document, origin),
    encoding: encoding(lang, url),
    ...(LANGUAGES[lang].original
      ? { workTranslation: oneOrMany(otherLangs(lang).map((l) => ({ '@id': `${new URL(documentPath(l, document.id), origin).href}#document` }))) }
      : { translationOfWork: { '@id': `${new URL(documentPath(ORIGINAL_LANG, document.id), origin).href}#document` } }),
    hasPart: tasks.map((task) => ({
      '@type': 'Legislation',
      '@id': `${new URL(taskPath(lang, task), origin).href}#task`,
      identifier: task.id,
    })),
  };
}
