import { LANGUAGES, type Lang } from '../schema/languages.ts';
import type { GlossaryTerm } from '../text/glossary.ts';
import { glossaryTermsIn } from '../text/glossary.ts';
import { glossaryAnchor } from '../text/paths.ts';
import { earliestLongest, type TermMark } from './marks.ts';
import { occurrencesOf } from '../text/occurrences.ts';

/** Options for {@link findTerms}. */
export interface FindTermsOptions {
  /**
   * For English text, required: the Chinese it translates. A rendering is
   * marked only for an entry whose Chinese the source uses (by
   * `glossaryTermsIn`, longest first). That settles renderings several
   * entries share (外国人永久居留身份证 and 外国人永久居留证 are both "Foreign
   * Permanent Resident ID Card"),
   * and keeps a common word such as "pilot" (先行先试) from being linked in a
   * paragraph whose Chinese does not say 先行先试.
   */
  source?: string;
}

/**
 * The glossary terms a paragraph uses, as term marks that link to the
 * glossary entry and carry the other language's rendering as a hint, and
 * the entry's note where it has one.
 *
 * - Chinese: every occurrence of an entry's `zh`.
 * - English: every occurrence of an entry's `en`, as whole words and
 *   regardless of case, as the translation check compares them
 *   (a sentence may begin with "The CPC Central Committee…"); only for the
 *   entries whose Chinese `options.source` uses, so it is required. A
 *   rendering that several of those entries share is not marked: the link
 *   could name a Chinese term the source does not use.
 *
 * Where terms overlap, the earliest wins, then the longest (`earliestLongest`):
 * 厦门自贸片区, not the 自贸片区 inside it.
 *
 * @example
 * findTerms('优化升级国际贸易“单一窗口”', 'zh', [{ zh: '单一窗口', en: 'single window' }])
 * // → [{ kind: 'term', start: 9, end: 13, term: '单一窗口', hint: 'single window' }]
 * @example
 * findTerms('Xiamen will pilot it.', 'en', [{ zh: '先行先试', en: 'pilot' }], { source: '厦门将先行先试。' }) // → [{ kind: 'term', start: 12, end: 17, term: '先行先试', hint: '先行先试' }]
 * findTerms('Xiamen will pilot it.', 'en', [{ zh: '先行先试', en: 'pilot' }], { source: '厦门将试行。' }) // → []
 */
export function findTerms(text: string, lang: Lang, glossary: readonly GlossaryTerm[], options: FindTermsOptions = {}): TermMark[] {
  const mark = (entry: GlossaryTerm, [start, end]: [number, number]): TermMark => ({
    kind: 'term',
    start,
    end,
    term: glossaryAnchor(entry.zh),
    hint: LANGUAGES[lang].original ? entry.en : entry.zh,
    ...(entry.note === undefined ? {} : { note: entry.note }),
  });
  // The original is matched by the glossary's Chinese; a translation by the English the glossary fixes.
  if (LANGUAGES[lang].original) return earliestLongest(glossary.flatMap((entry) => occurrencesOf(text, entry.zh).map((span) => mark(entry, span))));

  if (options.source === undefined) throw new Error('findTerms: English text needs options.source, the Chinese it translates, to know which terms it renders');
  const inSource = new Set(glossaryTermsIn(options.source, glossary));
  const byRendering = new Map<string, GlossaryTerm[]>();
  for (const entry of glossary) {
    const key = entry.en.toLowerCase();
    byRendering.set(key, [...(byRendering.get(key) ?? []), entry]);
  }
  const marks: TermMark[] = [];
  for (const entries of byRendering.values()) {
    const candidates = entries.filter((entry) => inSource.has(entry));
    const [entry] = candidates;
    if (candidates.length !== 1 || !entry) continue;
    marks.push(...occurrencesOf(text, entry.en, { wholeWords: true, ignoreCase: true }).map((span) => mark(entry, span)));
  }
  return earliestLongest(marks);
}
