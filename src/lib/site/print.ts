import { formatDate } from '../text/format.ts';
import type { Lang } from '../schema/languages.ts';

/**
 * What every printed page carries (Base.astro, site.css): the site's name,
 * the page's address and the date it was printed. The build writes the name
 * and the address into the page; the date can only be known when the reader
 * prints, so the page's script fills it in then (`beforeprint`), and without
 * the script the page prints a blank to write it in by hand.
 */

/**
 * A CSS string holding `text`, for a custom property that a page-margin box
 * shows with `content: var(…)`: quotes and backslashes escaped, a line break
 * as \a, and `<` as \3c so that no text can close the `<style>` it sits in.
 *
 * @example cssString('厦门 "site"') // → '"厦门 \\"site\\""'
 * @example cssString('</style>') // → '"\\3c /style>"'
 */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\a ').replace(/</g, '\\3c ')}"`;
}

/**
 * Today's date, where the reader is, as the page's language writes dates.
 *
 * @example printDate(new Date(2026, 11, 2), 'zh') // → '2026年12月2日'
 * @example printDate(new Date(2026, 11, 2), 'en') // → '2 December 2026'
 */
export function printDate(now: Date, lang: Lang): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return formatDate(`${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`, lang);
}

/**
 * The custom properties the page-margin boxes show (site.css, `@page`): the
 * site's name, the address and the print date line, as one rule for the
 * page's own `<style>`.
 *
 * @example printProperties({ site: '厦门服务业开放政策', url: 'https://example.gov.cn/zh/', date: '打印日期：____' }) // → ':root{--print-site:"厦门服务业开放政策";--print-url:"https://example.gov.cn/zh/";--print-date:"打印日期：____"}'
 */
export function printProperties({ site, url, date }: { site: string; url: string; date: string }): string {
  return `:root{--print-site:${cssString(site)};--print-url:${cssString(url)};--print-date:${cssString(date)}}`;
}

/**
 * An address with its percent-escapes decoded where that is safe to print:
 * the same address to a browser, legible on paper. One that does not decode
 * is left as it is.
 *
 * @example readableAddress('https://example.org/zh/search/?q=%E5%A4%96%E6%B1%87') // → 'https://example.org/zh/search/?q=外汇'
 */
export function readableAddress(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** Fills in the address the page was served at and today's date, on paper and in the margins, as the reader prints. */
export function stampPrint(lang: Lang): void {
  const furniture = document.querySelector<HTMLElement>('[data-print-furniture]');
  if (!furniture) return;
  // As a reader would type it back: 外汇 rather than %E5%A4%96%E6%B1%87 (a search keeps its query on paper).
  const url = readableAddress(`${location.origin}${location.pathname}${location.search}`);
  const date = printDate(new Date(), lang);
  const urlSlot = furniture.querySelector<HTMLElement>('[data-print-url]');
  const dateSlot = furniture.querySelector<HTMLElement>('[data-print-date]');
  if (urlSlot) urlSlot.textContent = url;
  if (dateSlot) dateSlot.textContent = date;
  // CSSOM, which the Content-Security-Policy allows: the margin boxes read these.
  const root = document.documentElement.style;
  root.setProperty('--print-url', cssString(url));
  root.setProperty('--print-date', cssString(`${furniture.dataset.dateLabel ?? ''}${date}`));
}
