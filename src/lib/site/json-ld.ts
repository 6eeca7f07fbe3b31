import type { CategoryEntry } from '../schema/category.ts';
import type { Lang } from '../schema/common.ts';
import type { DocumentEntry } from '../schema/document.ts';
import type { TaskEntry } from '../schema/task.ts';
import { langToHtmlLang } from '../../i18n/index.ts';
import { localized } from './localize.ts';
import { documentPath, pathToLang, taskDataPath, taskPath } from './paths.ts';

const SCHEMA = 'https://schema.org/';

/**
 * The encoding of the work that this page is: HTML in the page's language.
 * The English is marked as having no legal force; the Chinese claims no
 * legal value either, since this site is not the official publisher.
 */
function encoding(lang: Lang, url: string) {
  return {
    '@type': 'LegislationObject',
    inLanguage: langToHtmlLang(lang),
    encodingFormat: 'text/html',
    url,
    ...(lang === 'en' ? { legislationLegalValue: `${SCHEMA}UnofficialLegalValue` } : {}),
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
export function taskToJsonLd(options: { lang: Lang; task: TaskEntry; document: DocumentEntry; category: CategoryEntry; origin: URL }) {
  const { lang, task, document, origin } = options;
  const url = (l: Lang) => new URL(taskPath(l, task.document, task.number), origin).href;
  const documentUrl = new URL(documentPath(lang, document.id), origin).href;
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const identifier = document.number ? `${document.number.zh} ${document.attachment.label.zh} 第${task.number}项` : `${document.title.zh} 第${task.number}项`;
  const { legislationIdentifier: _documentNumber, ...dateAndIssuer } = stated(document, lang);
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': `${url(lang)}#task`,
    identifier: task.id,
    legislationIdentifier: identifier,
    name: lang === 'en' ? `${localized(lang, document.shortTitle)}, task ${task.number}` : `${document.shortTitle.zh} 第${task.number}项`,
    text: task.text[lang],
    inLanguage: langToHtmlLang(lang),
    url: url(lang),
    ...dateAndIssuer,
    isPartOf: {
      '@type': 'Legislation',
      '@id': `${documentUrl}#document`,
      name: localized(lang, document.title),
      url: documentUrl,
      ...(document.number ? { legislationIdentifier: document.number.zh } : {}),
    },
    encoding: encoding(lang, url(lang)),
    [lang === 'en' ? 'translationOfWork' : 'workTranslation']: { '@id': `${url(other)}#task` },
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
    name: localized(lang, document.title),
    inLanguage: langToHtmlLang(lang),
    url,
    ...stated(document, lang),
    encoding: encoding(lang, url),
    [lang === 'en' ? 'translationOfWork' : 'workTranslation']: {
      '@id': `${new URL(pathToLang(documentPath(lang, document.id), lang === 'en' ? 'zh' : 'en'), origin).href}#document`,
    },
    hasPart: tasks.map((task) => ({
      '@type': 'Legislation',
      '@id': `${new URL(taskPath(lang, task.document, task.number), origin).href}#task`,
      identifier: task.id,
    })),
  };
}
