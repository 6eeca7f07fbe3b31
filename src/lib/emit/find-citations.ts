import { earliestLongest, type CitationMark } from './marks.ts';

/**
 * A document number as Chinese official documents write it: the issuer's
 * abbreviation, the year in 〔〕 and the serial number with 号
 * (国函〔2025〕39号, 商资函〔2026〕5号, 厦府〔2026〕88号). The abbreviation is
 * the run of Han characters before 〔, at most six, which must not follow
 * another Han character: a number glued to running text (…要求根据国函〔…)
 * is left unmarked rather than given a wrong issuer.
 */
const ZH_NUMBER = String.raw`(?<!\p{Script=Han})\p{Script=Han}{1,6}〔\d{4}〕\d+号`;
/**
 * The same number as our translation writes it: the issuer's abbreviation in
 * pinyin, one to four capitalized syllables, then the year in brackets and
 * "No." (Guo Han [2025] No. 39, Shang Zi Han [2026] No. 5).
 */
const EN_NUMBER = String.raw`(?<![\p{L}\p{N}])(?:[A-Z][a-z]* ){0,3}[A-Z][a-z]* \[\d{4}\] No\. \d+`;

/**
 * A number, or a title directly followed by its number in parentheses, which
 * is how both the Chinese and our English cite a document: 《…》（国函〔2025〕39号）
 * and “…” (Guo Han [2025] No. 39). The title belongs to the citation: it is
 * what is cited.
 */
const CITATION = new RegExp(
  [
    `《(?<zhTitle>[^《》]+)》（(?<zhTitled>${ZH_NUMBER})）`,
    `(?<zh>${ZH_NUMBER})`,
    `“(?<enTitle>[^“”]+)” \\((?<enTitled>${EN_NUMBER})\\)`,
    `(?<en>${EN_NUMBER})`,
  ].join('|'),
  'gu',
);

/**
 * The documents a paragraph cites by number, in Chinese or in our English,
 * as citation marks. A title written right before the number, with the
 * number in parentheses, is part of the citation; the mark's `number` and
 * `title` are as written (the title without its 《》 or “”).
 *
 * @example
 * findCitations('根据《国务院关于〈加快推进服务业扩大开放综合试点工作方案〉的批复》（国函〔2025〕39号）和')
 * // → [{ kind: 'citation', start: 2, end: 46, number: '国函〔2025〕39号', title: '国务院关于〈加快推进服务业扩大开放综合试点工作方案〉的批复' }]
 * @example
 * findCitations('厦府〔2026〕88号') // → [{ kind: 'citation', start: 0, end: 11, number: '厦府〔2026〕88号' }]
 */
export function findCitations(text: string): CitationMark[] {
  return earliestLongest(
    [...text.matchAll(CITATION)].map((m): CitationMark => {
      const { zhTitle, zhTitled, zh, enTitle, enTitled, en } = m.groups ?? {};
      const title = zhTitle ?? enTitle;
      const number = (zhTitled ?? zh ?? enTitled ?? en) as string;
      return { kind: 'citation', start: m.index, end: m.index + m[0].length, number, ...(title === undefined ? {} : { title }) };
    }),
  );
}
