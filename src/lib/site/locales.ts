import { LANGS } from '../schema/languages.ts';

/** `getStaticPaths` entries for the pages that exist once per language: the page reads its language from `Astro.locals.language`. */
export const langPaths = () => LANGS.map((lang) => ({ params: { lang } }));
