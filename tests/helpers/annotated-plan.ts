import { editionToMdx, paragraphToAnnotatedMdx } from '../../src/lib/emit/annotate.ts';
import { sentenceLinksToClauseMarks } from '../../src/lib/emit/clause-marks.ts';
import { findBodies } from '../../src/lib/emit/find-bodies.ts';
import { findCitations } from '../../src/lib/emit/find-citations.ts';
import { findTerms } from '../../src/lib/emit/find-terms.ts';
import type { Mark } from '../../src/lib/emit/marks.ts';
import { parseNotice } from '../../src/lib/parse/notice.ts';
import type { Lang } from '../../src/lib/schema/common.ts';
import type { SentenceLink } from '../../src/lib/schema/priority.ts';
import type { DocumentTranslation } from '../../src/lib/schema/translation.ts';
import { readGlossary, readTranslationFiles } from '../../src/lib/translate/load.ts';
import { corpus, inputs } from './corpus.ts';
import { ROOT, SEEDS, readProjectFile } from './paths.ts';

/**
 * The paragraphs of the 2026 plan with every mark the finders give, as the
 * emit step would mark them: the Chinese through the real parser from the
 * real seed, the English from its translation file, the clause links from
 * the enrich step.
 */

export const DOCUMENT = 'services-opening';
export const glossary = readGlossary(ROOT);
const parsed = parseNotice(readProjectFile(SEEDS[DOCUMENT]), SEEDS[DOCUMENT]);
const english = readTranslationFiles(ROOT).get(`${DOCUMENT}/document.yaml`) as DocumentTranslation;

/** The links the enrich step found for a section, in one language. */
export const linksOf = (lang: Lang, key: string): SentenceLink[] =>
  corpus.sections.find((s) => s.lang === lang && s.document === DOCUMENT && s.key === key)?.links ?? [];

export interface Paragraph {
  lang: Lang;
  key: string;
  text: string;
  marks: Mark[];
}

export const sections = parsed.plan.sections.map((section) => {
  const zh = section.paragraphs.map((p) => p.text);
  const source = zh.join('');
  const en = Object.entries(english.sections?.[section.key]?.paragraphs ?? {})
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, p]) => p.en);
  const paragraph = (lang: Lang, text: string): Paragraph => ({
    lang,
    key: section.key,
    text,
    marks: [
      ...sentenceLinksToClauseMarks(text, linksOf(lang, section.key)),
      ...findTerms(text, lang, glossary, { source }),
      ...findBodies(text, lang, inputs.registry),
      ...findCitations(text),
    ],
  });
  return { key: section.key, zh: zh.map((t) => paragraph('zh', t)), en: en.map((t) => paragraph('en', t)) };
});
export const paragraphs = sections.flatMap((s) => [...s.zh, ...s.en]);

/** One MDX file of the whole plan, both languages, each section's paragraphs in an `<Edition>` per language, as the emit step would write it. */
export const planMdx = sections
  .filter((s) => s.zh.length > 0)
  .map((s) =>
    (['zh', 'en'] as const)
      .map((lang) =>
        editionToMdx(
          lang,
          s[lang].map((p) => paragraphToAnnotatedMdx(p.text, p.lang, p.marks)),
        ),
      )
      .join('\n\n'),
  )
  .join('\n\n');
