import { useTranslations } from '../../i18n/index.ts';
import type { Lang } from '../schema/languages.ts';
import { agencyName, headingName } from '../text/localize.ts';
import { agencyFeedPath, agencyPath, categoryFeedPath, categoryPath, changesPath, documentFeedPath, documentPath, siteFeedPath } from '../text/paths.ts';
import { agencyScope, categoryScope, changesIn, documentScope, wholeSite, type ChangeScope } from './changes.ts';
import { loadChanges, loadPublisher, loadSite } from './collections.ts';
import { changesToAtom } from './feeds.ts';
import { isPlaceholder } from './publisher.ts';
import { changeToTexts } from './touched.ts';

/** What a feed follows: the whole site, a document, a category or a body. */
export type FeedOf =
  { kind: 'site' } | { kind: 'document'; document: string } | { kind: 'category'; document: string; ordinal: number } | { kind: 'agency'; agency: string };

/**
 * The Atom feed of one page of the site in one language: its scope of the
 * change log, its title and its paths, from the records. The feed endpoints
 * (src/pages/…/feed.atom.ts) serve it; nothing else writes a feed.
 */
export async function feedOf(of: FeedOf, lang: Lang, origin: URL): Promise<string> {
  const t = useTranslations(lang);
  const [site, changes, publisher] = await Promise.all([loadSite(), loadChanges(), loadPublisher()]);
  const siteName = t('site.name');
  const scoped = ((): { name: string; path: string; page: string; scope: ChangeScope } => {
    switch (of.kind) {
      case 'site':
        return { name: t('changes.title'), path: siteFeedPath(lang), page: changesPath(lang), scope: wholeSite };
      case 'document': {
        const document = site.document(of.document);
        return {
          name: document.shortTitle[lang],
          path: documentFeedPath(lang, of.document),
          page: documentPath(lang, of.document),
          scope: documentScope(of.document),
        };
      }
      case 'category': {
        const category = site.category(of.document, of.ordinal);
        const document = site.document(of.document);
        return {
          name: `${document.shortTitle[lang]} · ${headingName(lang, category)}`,
          path: categoryFeedPath(lang, of.document, of.ordinal),
          page: categoryPath(lang, of.document, of.ordinal),
          scope: categoryScope(
            category.id,
            site.tasksIn(category).map((task) => task.id),
          ),
        };
      }
      case 'agency': {
        const agency = site.agency(of.agency);
        const tasks = Object.values(site.tasksByRole(of.agency))
          .flat()
          .map((task) => task.id);
        return {
          name: agencyName(agency)[lang],
          path: agencyFeedPath(lang, of.agency),
          page: agencyPath(lang, of.agency),
          scope: agencyScope(tasks, agency.listedIn),
        };
      }
    }
  })();
  const touchedIn = changesIn(changes, scoped.scope);
  return changesToAtom(
    {
      lang,
      title: t('feed.title', { page: scoped.name, site: siteName }),
      subtitle: of.kind === 'site' ? t('feed.subtitle.site') : t('feed.subtitle.scope', { page: scoped.name }),
      path: scoped.path,
      page: scoped.page,
      changes: touchedIn,
      touched: (change) => changeToTexts(change, site, lang),
      touchedHeading: t('feed.touched'),
      publisher: isPlaceholder(publisher.publisher) ? null : (publisher.publisher.name?.[lang] ?? null),
      rights: t('feed.rights'),
    },
    origin,
  );
}

/** The headers of a feed response. */
export const ATOM_HEADERS = { 'Content-Type': 'application/atom+xml; charset=utf-8' };
