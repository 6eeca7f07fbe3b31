import type { Citable, CslItem } from '../schema/citation.ts';
import type { DocumentEntry } from '../schema/document.ts';
import { langToTag, type Lang } from '../schema/languages.ts';
import type { TaskEntry } from '../schema/task.ts';
import { taskListLabel } from './cite.ts';
import { formatDate } from './format.ts';

/** What a page's citation needs besides the records: the page, the site and the day it was consulted. */
export interface CitationContext {
  lang: Lang;
  /** The page's permanent address. */
  url: string;
  /** The site's name in the page's language. */
  site: string;
  /** Who publishes the site, in the page's language; null while it is a placeholder. */
  publisher: string | null;
  /** The date to give as the access date (docs/publishing.md says which). */
  accessed: string;
}

/** Each language's words for a task's place and for what a translation is. */
const WORDS: Record<Lang, { item: (number: number) => string; join: string; genre: string | null; note: string }> = {
  zh: { item: (n) => `第${n}项`, join: ' ', genre: null, note: '本站为非官方汇编；正式文本以发文机关公布的为准。' },
  en: {
    item: (n) => `item ${n}`,
    join: ', ',
    genre: 'Unofficial English translation',
    note: 'Unofficial English translation; the Chinese text is authoritative. This site is an unofficial compilation; the official text is the one the issuing authority publishes.',
  },
};

/**
 * The one record of a document's or task's page, from which every form of
 * its citation is written: what the text states (issuer, title, number,
 * date; nothing it does not state), where the task stands in it, the page,
 * the site, its publisher and the access date.
 *
 * @example pageToCitable(notice, task12, { lang: 'zh', url, site: '厦门服务业开放政策', publisher: null, accessed: '2026-12-02' }).locator // → '附件 第12项'
 */
export function pageToCitable(document: DocumentEntry, task: Pick<TaskEntry, 'id' | 'part' | 'number'> | null, context: CitationContext): Citable {
  const { lang } = context;
  const words = WORDS[lang];
  const list = task && document.parts.filter((p) => p.kind === 'items').length > 0 ? taskListLabel(document, task) : undefined;
  return {
    id: `${task ? task.id : document.id}-${lang}`,
    lang,
    author: document.issuer?.[lang] ?? null,
    title: document.title[lang],
    number: document.number?.[lang] ?? null,
    locator: task ? [list?.[lang], words.item(task.number)].filter(Boolean).join(words.join) : null,
    issued: document.date,
    accessed: context.accessed,
    site: context.site,
    publisher: context.publisher,
    genre: words.genre,
    note: words.note,
    url: context.url,
  };
}

const isoParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

/**
 * The record as a CSL-JSON item, the form reference managers read and the one
 * citation-js writes BibTeX and RIS from. Its title holds where the page's
 * text stands (the number and the item), so no form loses it.
 */
export function citableToCsl(citable: Citable): CslItem {
  const subtitle = [citable.number, citable.locator].filter(Boolean).join(WORDS[citable.lang].join);
  return {
    id: citable.id,
    type: 'webpage',
    title: subtitle ? `${citable.title}: ${subtitle}` : citable.title,
    ...(citable.author ? { author: [{ literal: citable.author }] } : {}),
    ...(citable.number ? { number: citable.number } : {}),
    ...(citable.locator ? { section: citable.locator } : {}),
    ...(citable.issued ? { issued: isoParts(citable.issued) } : {}),
    accessed: isoParts(citable.accessed),
    'container-title': citable.site,
    ...(citable.publisher ? { publisher: citable.publisher } : {}),
    ...(citable.genre ? { genre: citable.genre } : {}),
    note: citable.note,
    language: langToTag(citable.lang),
    URL: citable.url,
  };
}

/**
 * The citation in the form of GB/T 7714-2015 for an online electronic
 * resource ([EB/OL]): 主要责任者. 题名: 其他题名信息[EB/OL]. 出版者, (发布日期)[引用日期].
 * 获取和访问路径. The responsible body and the date only where the text
 * states them; the site as the publisher of the page; for a translation, what
 * it is after the other title information.
 *
 * @example citableToGbt(citable)
 * // → '厦门市人民政府. 厦门市人民政府关于印发服务业扩大开放综合试点实施方案的通知: 厦府〔2026〕88号 附件 第12项[EB/OL]. 厦门服务业开放政策, (2026-03-24)[2026-12-02]. https://example.org/zh/services-opening/tasks/12/.'
 */
export function citableToGbt(citable: Citable): string {
  // Mid-sentence, the genre's first word takes a small letter; its other words keep theirs ("unofficial English translation").
  const genre = citable.genre && `${citable.genre.charAt(0).toLowerCase()}${citable.genre.slice(1)}`;
  const other = [citable.number, citable.locator, genre].filter(Boolean).join(WORDS[citable.lang].join);
  const title = other ? `${citable.title}: ${other}` : citable.title;
  return `${citable.author ? `${citable.author}. ` : ''}${title}[EB/OL]. ${citable.site}${citable.issued ? `, (${citable.issued})` : ''}[${citable.accessed}]. ${citable.url}.`;
}

/**
 * The citation in English, for writing in English (after the Chicago
 * manual's form for a web page), from the English record: the responsible
 * body, the title in quotation marks, the number and place, the date the
 * text states, what the translation is, the site, the access date and the
 * address. Citing the original's page (`original`, its record), the title is
 * the original's with the English in brackets, "In Chinese", and its address.
 *
 * @example citableToEnglish(en)
 * // → 'Xiamen Municipal People's Government. “Notice of …”, Xia Fu [2026] No. 88, Attachment, item 12. 24 March 2026. Unofficial English translation; the Chinese text is authoritative. Xiamen Services Sector Opening-up Policies. Accessed 2 December 2026. https://…/en/…'
 * @example citableToEnglish(en, zh) // → '… 厦门市人民政府关于… [Notice of …], Xia Fu [2026] No. 88, … In Chinese. … https://…/zh/…'
 */
export function citableToEnglish(citable: Citable, original?: Citable): string {
  const title = original ? `${original.title} [${citable.title}]` : `“${citable.title}”`;
  const place = [citable.number, citable.locator].filter(Boolean).join(', ');
  const parts = [
    citable.author,
    place ? `${title}, ${place}` : title,
    citable.issued && formatDate(citable.issued, 'en'),
    original ? 'In Chinese' : citable.genre && `${citable.genre}; the Chinese text is authoritative`,
    citable.site,
    `Accessed ${formatDate(citable.accessed, 'en')}`,
  ];
  return `${parts.filter(Boolean).join('. ')}. ${(original ?? citable).url}`;
}
