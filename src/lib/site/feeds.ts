import { Feed } from 'feed';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Lang } from '../schema/languages.ts';
import { langToTag } from '../schema/languages.ts';
import type { ChangeEntry } from '../schema/publishing.ts';
import { changesPath } from '../text/paths.ts';

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
