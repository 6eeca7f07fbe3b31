import { Feed } from 'feed';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Lang } from '../schema/languages.ts';
import { langToTag } from '../schema/languages.ts';
import type { ChangeEntry, SiteEntry } from '../schema/publishing.ts';
import { useTranslations } from '../../i18n/index.ts';
import { agencyName, headingName } from '../text/localize.ts';
import { agencyFeedPath, agencyPath, categoryFeedPath, categoryPath, changesPath, documentFeedPath, documentPath, siteFeedPath } from '../text/paths.ts';
import { agencyScope, categoryScope, changesIn, documentScope, wholeSite, type ChangeScope } from './changes.ts';
import { publisherName } from './publisher.ts';
import type { SiteIndex } from './site-index.ts';
import { changeToTexts } from './touched.ts';

/** A text a change touched, as a feed entry links to it. */
export interface Touched {
  label: string;
  path: string;
}

/** What a feed is about and where it lives. */
export interface FeedSpec {
  lang: Lang;
  /** The feed's title: the page's title and the site's name. */
  title: string;
  /** What the feed is, in a sentence. */
  subtitle: string;
  /** The feed's own path (its `self` link) and the page it belongs to (its `alternate`). */
  path: string;
  page: string;
  /** The changes that touched the page's texts, newest first (see changesIn). */
  changes: readonly ChangeEntry[];
  /** The texts of a change's scopes, as links, for the entry's content. */
  touched: (change: ChangeEntry) => Touched[];
  /** Heads of the entry's list of texts: "这次修订涉及：" */
  touchedHeading: string;
  /** The publisher's name, or null while it is a placeholder. */
  publisher: string | null;
  rights: string;
}

/** A change's date as the instant Atom asks for: the start of that day, UTC, so the same log gives the same bytes. */
const dayToDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A feed's id and its entries' ids, as tag URIs (RFC 4151) of the site's
 * host and the change's date: permanent, unique per feed, and the same in
 * every build.
 *
 * @example tagUri('https://policy.example.gov.cn', '2026-12-02', 'zh/feed.atom#english-third-pass') // → 'tag:policy.example.gov.cn,2026-12-02:zh/feed.atom#english-third-pass'
 */
export const tagUri = (origin: string | URL, date: string, specific: string) => `tag:${new URL(origin).hostname},${date}:${specific}`;

/**
 * An Atom feed of the changes to a page's texts, written by the `feed`
 * library: an entry per change, dated by the change log (never by the clock),
 * linking to the change on the changes page, its content the summary and the
 * texts it touched within the page's scope. Deterministic: the same log and
 * origin give the same bytes.
 */
export function changesToAtom(spec: FeedSpec, origin: string | URL): string {
  const url = (path: string) => new URL(path, origin).href;
  const oldest = spec.changes.at(-1)?.date ?? '2000-01-01';
  const feed = new Feed({
    id: tagUri(origin, oldest, spec.path.slice(1)),
    title: spec.title,
    description: spec.subtitle,
    link: url(spec.page),
    language: langToTag(spec.lang),
    updated: dayToDate(spec.changes[0]?.date ?? oldest),
    feedLinks: { atom: url(spec.path) },
    ...(spec.publisher ? { author: { name: spec.publisher } } : {}),
    copyright: spec.rights,
    generator: false,
  });
  for (const change of spec.changes) {
    const touched = spec.touched(change);
    const content = toHtml([
      h('p', change.summary[spec.lang]),
      ...(touched.length > 0
        ? [
            h('p', spec.touchedHeading),
            h(
              'ul',
              touched.map((item) => h('li', [h('a', { href: url(item.path) }, item.label)])),
            ),
          ]
        : []),
    ]);
    feed.addItem({
      id: tagUri(origin, change.date, `${spec.path.slice(1)}#${change.id}`),
      title: change.title[spec.lang],
      link: `${url(changesPath(spec.lang))}#${change.id}`,
      date: dayToDate(change.date),
      published: dayToDate(change.date),
      description: change.summary[spec.lang],
      content,
    });
  }
  return feed.atom1();
}

/** What a feed follows: the whole site, a document, a category or a body. */
export type FeedOf =
  { kind: 'site' } | { kind: 'document'; document: string } | { kind: 'category'; document: string; ordinal: number } | { kind: 'agency'; agency: string };

/** What a feed is made from: the site index, the change log and the site file, as the collections hold them. */
export interface FeedSources {
  site: SiteIndex;
  changes: readonly ChangeEntry[];
  publisher: SiteEntry;
}

/**
 * What the feed of a page says, from its sources: its title and paths, the
 * changes within its scope, and the texts each touched.
 *
 * @example feedSpecOf({ kind: 'document', document: 'services-trade' }, 'zh', sources).path // → '/zh/services-trade/feed.atom'
 */
export function feedSpecOf(of: FeedOf, lang: Lang, { site, changes, publisher }: FeedSources): FeedSpec {
  const t = useTranslations(lang);
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
  return {
    lang,
    title: t('feed.title', { page: scoped.name, site: siteName }),
    subtitle: of.kind === 'site' ? t('feed.subtitle.site') : t('feed.subtitle.scope', { page: scoped.name }),
    path: scoped.path,
    page: scoped.page,
    changes: changesIn(changes, scoped.scope),
    touched: (change) => changeToTexts(change, site, lang),
    touchedHeading: t('feed.touched'),
    publisher: publisherName(publisher, lang),
    rights: t('feed.rights'),
  };
}
