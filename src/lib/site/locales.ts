import type { Lang } from '../schema/common.ts';

/** The languages the site is built in, Chinese first. */
export const PUBLISHED_LANGS: readonly Lang[] = ['zh', 'en'];

/** `getStaticPaths` entries for pages that exist once per language. */
export const langPaths = () => PUBLISHED_LANGS.map((lang) => ({ params: { lang } }));
