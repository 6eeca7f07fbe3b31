import type { CategoryEntry } from '../schema/category.ts';
import type { DocumentEntry } from '../schema/document.ts';
import { LANGUAGES, ORIGINAL_LANG, langToTag, otherLangs, type Lang } from '../schema/languages.ts';
import type { TaskEntry } from '../schema/task.ts';
import { taskListLabel } from '../text/cite.ts';
import { documentPath, taskDataPath, taskPath } from '../text/paths.ts';

const SCHEMA = 'https://schema.org/';

/** A list of one as its item, as JSON-LD writes a single value. */
const oneOrMany = <T>(items: T[]): T | T[] => (items.length === 1 ? (items[0] as T) : items);

/**
 * The encoding of the work that this page is: HTML in the page's language.
 * The English is marked as having no legal force; the Chinese claims no
 * legal value either, since this site is not the official publisher.
 */
function encoding(lang: Lang, url: string) {
  return {
    '@type': 'LegislationObject',
    inLanguage: langToTag(lang),
    encodingFormat: 'text/html',
    url,
    ...(LANGUAGES[lang].original ? {} : { legislationLegalValue: `${SCHEMA}UnofficialLegalValue` }),
  };
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
  const { legislationIdentifier: _documentNumber, ...dateAndIssuer } = stated(document, lang);
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': `${url(lang)}#task`,
    identifier: task.id,
    legislationIdentifier: identifier,
    name,
    text: task.text[lang],
    inLanguage: langToTag(lang),
    url: url(lang),
    ...dateAndIssuer,
    isPartOf: {
      '@type': 'Legislation',
      '@id': `${documentUrl}#document`,
      name: document.title[lang],
      url: documentUrl,
      ...(document.number ? { legislationIdentifier: document.number.zh } : {}),
    },
    encoding: encoding(lang, url(lang)),
    ...(LANGUAGES[lang].original
      ? { workTranslation: oneOrMany(otherLangs(lang).map((l) => ({ '@id': `${url(l)}#task` }))) }
      : { translationOfWork: { '@id': `${url(ORIGINAL_LANG)}#task` } }),
    subjectOf: { '@type': 'Dataset', url: new URL(taskDataPath(task.id), origin).href, encodingFormat: 'application/json' },
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
