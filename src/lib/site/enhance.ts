import { LANGS, pathToLang, type Lang } from '../schema/languages.ts';
import { formatDate } from '../text/format.ts';
import { stampPrint } from './print.ts';

const isLang = (value: string): value is Lang => (LANGS as string[]).includes(value);

/**
 * What every page does once its script runs. Reading never depends on it;
 * each step only makes something work better than plain HTML can.
 */

/**
 * The page's own addresses, at the origin it was actually served from. The
 * HTML carries the configured public origin (SITE_ORIGIN), which is right on
 * the public site; on a preview or a mirror, a copied or printed link must
 * still open where the reader is.
 *
 * @example servedUrl('/zh/services-trade/tasks/7/', 'http://127.0.0.1:8080') // → 'http://127.0.0.1:8080/zh/services-trade/tasks/7/'
 */
export const servedUrl = (path: string, origin: string) => new URL(path, origin).href;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A day in the reader's own calendar, as an ISO date.
 *
 * @example localIsoDate(new Date(2026, 11, 2, 23, 30)) // → '2026-12-02'
 */
export const localIsoDate = (day: Date) => `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;

/**
 * Puts today's date in a citation's access date: the HTML carries the date of
 * the site's latest revision (the same in every build), and a citation
 * copied from the page should carry the day it was consulted.
 * `data-access-date` says how to write it: `iso` (GB/T 7714), or a language.
 */
export function fillAccessDates(root: ParentNode, today: Date): void {
  const iso = localIsoDate(today);
  for (const time of root.querySelectorAll<HTMLTimeElement>('time[data-access-date]')) {
    const form = time.dataset.accessDate ?? 'iso';
    time.dateTime = iso;
    time.textContent = isLang(form) ? formatDate(iso, form) : iso;
  }
}

/** Runs the enhancements on the current document. */
export function enhancePage(): void {
  // The address and the date on paper: the ones of the moment the reader prints.
  window.addEventListener('beforeprint', () => stampPrint(pathToLang(location.pathname)));
  for (const element of document.querySelectorAll<HTMLElement>('[data-site-url]')) {
    element.textContent = servedUrl(element.dataset.siteUrl ?? '/', location.origin);
  }
  fillAccessDates(document, new Date());
  // Controls that only work with this script (search boxes, copy buttons) are
  // hidden in the HTML, so a reader without it is never offered one.
  for (const element of document.querySelectorAll<HTMLElement>('[data-needs-script]')) element.hidden = false;
  // A glossary term's card shows while the term has the focus (site.css);
  // Escape puts it away without moving the pointer or tabbing on.
  document.addEventListener('keydown', (event) => {
    const active = document.activeElement;
    if (event.key === 'Escape' && active instanceof HTMLElement && active.closest('.term')) active.blur();
  });
  // Keep the reader's place: the other language's page has the same anchors,
  // and the search page the same query. The header switch and the English
  // notice's link both do this.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) {
    const follow = () => {
      const url = new URL(link.href);
      url.search = location.search;
      url.hash = location.hash;
      link.href = url.href;
    };
    link.addEventListener('click', follow);
    // A middle click or "copy link" reads the address before any click event.
    link.addEventListener('pointerdown', follow);
    link.addEventListener('focus', follow);
  }
}
