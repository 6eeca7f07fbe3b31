import type { Lang } from '../schema/languages.ts';
import { loadChanges, loadPublisher, loadSite } from './collections.ts';
import { changesToAtom, feedSpecOf, type FeedOf } from './feeds.ts';

/**
 * The Atom feed of one page of the site in one language: its scope of the
 * change log, its title and its paths, from the records. The feed endpoints
 * (src/pages/…/feed.atom.ts) serve it; nothing else writes a feed.
 */
export async function feedOf(of: FeedOf, lang: Lang, origin: URL): Promise<string> {
  const [site, changes, publisher] = await Promise.all([loadSite(), loadChanges(), loadPublisher()]);
  return changesToAtom(feedSpecOf(of, lang, { site, changes, publisher }), origin);
}

/** The headers of a feed response. */
export const ATOM_HEADERS = { 'Content-Type': 'application/atom+xml; charset=utf-8' };
