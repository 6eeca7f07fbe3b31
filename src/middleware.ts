import { defineMiddleware } from 'astro:middleware';
import { pageLanguage } from './i18n/page-language.ts';
import { pathToLang } from './lib/schema/languages.ts';

/**
 * Decides each page's language once, from the first segment of its path
 * (/zh/…, /en/…; the original's for a page outside both), and puts it on
 * `Astro.locals.language` for the page and every component to read. Runs at
 * build time for every prerendered page, as Starlight resolves its locale in
 * its own middleware.
 */
export const onRequest = defineMiddleware((context, next) => {
  context.locals.language = pageLanguage(pathToLang(context.url.pathname));
  return next();
});
