import { pageLanguage } from '../../i18n/page-language.ts';
import type { Citable } from '../schema/citation.ts';
import type { DocumentEntry } from '../schema/document.ts';
import type { Lang } from '../schema/languages.ts';
import type { SiteEntry } from '../schema/publishing.ts';
import type { TaskEntry } from '../schema/task.ts';
import { pageToCitable } from '../text/citation.ts';
import { documentPath, taskPath } from '../text/paths.ts';
import { publisherName } from './publisher.ts';

/**
 * The citation record of a document or task page in one language: its
 * address at the site's origin, the site's name and publisher in that
 * language, and the access date given (the date of the site's latest
 * revision). The one record the page's two citations and its three download
 * files are written from.
 */
export function pageCitable(
  document: DocumentEntry,
  task: TaskEntry | null,
  lang: Lang,
  site: { origin: URL; publisher: SiteEntry; accessed: string },
): Citable {
  return pageToCitable(document, task, {
    lang,
    url: new URL(task ? taskPath(lang, task) : documentPath(lang, document.id), site.origin).href,
    site: pageLanguage(lang).t('site.name'),
    publisher: publisherName(site.publisher, lang),
    accessed: site.accessed,
  });
}
