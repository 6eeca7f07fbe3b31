import { LANGS, type Lang } from '../schema/common.ts';

/** The languages the site is built in, Chinese first: all the schema knows. */
export const PUBLISHED_LANGS: readonly Lang[] = LANGS;

/** `getStaticPaths` entries for pages that exist once per language. */
export const langPaths = () => PUBLISHED_LANGS.map((lang) => ({ params: { lang } }));
