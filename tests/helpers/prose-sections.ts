import { chineseWords } from '../../src/lib/enrich/related.ts';
import type { Corpus } from '../../src/lib/schema/corpus.ts';
import { LANGUAGES, type Lang } from '../../src/lib/schema/languages.ts';
import { indexTokens, type DocumentSection, type SectionLookup } from '../../src/lib/search/full-text.ts';
import { lengthsToText } from '../../src/lib/search/match.ts';
import { documentPath, sectionAnchor } from '../../src/lib/text/paths.ts';

/**
 * The numbered sections of the documents' prose as the full-text search
 * reads them on a page in one language (heading, then paragraphs, one a
 * line; on a translation's page the original too), made from the corpus, for
 * tests of the search that need no build. The built records hold these and
 * the notices' passages besides (tests/build/full-text.test.ts).
 */
export function corpusToSections(corpus: Corpus, lang: Lang): DocumentSection[] {
  return corpus.sections
    .filter((s) => s.heading)
    .map((s) => {
      const text = (edition: Lang) => [s.heading![edition], ...s.paragraphs.map((p) => p[edition])].join('\n');
      const zh = text('zh');
      return {
        url: `${documentPath(lang, s.document)}#${sectionAnchor(s.key)}`,
        document: s.document,
        position: s.order,
        title: s.heading![lang],
        trail: [],
        text: { zh, words: lengthsToText(chineseWords(zh).map((w) => w.length)), ...(LANGUAGES[lang].original ? {} : { en: text('en') }) },
      };
    });
}

/**
 * What Pagefind's exact search gives for a run of tokens, over sections in
 * memory: those whose texts' tokens hold it (the contract the browser tests
 * hold the built index to); `asked` records the runs looked up.
 */
export function lookupIn(sections: readonly DocumentSection[]): SectionLookup & { asked: string[] } {
  const asked: string[] = [];
  const lookup: SectionLookup = async (tokens) => {
    asked.push(tokens);
    return sections.filter((s) => ` ${indexTokens([s.text.zh, s.text.en ?? ''].join('\n'))} `.includes(` ${tokens} `));
  };
  return Object.assign(lookup, { asked });
}
