import type { Mark } from '../../src/lib/emit/marks.ts';
import { mdastToMdx } from '../../src/lib/emit/mdx-text.ts';
import { paragraphMarks, recordTextToMdast, type Annotations } from '../../src/lib/emit/record-text.ts';
import type { Lang } from '../../src/lib/schema/languages.ts';
import type { SentenceLink } from '../../src/lib/schema/priority.ts';
import { corpus } from './corpus.ts';
import { inputs } from './inputs.ts';

/**
 * The paragraphs of the 2026 plan with every mark the emit step gives them
 * (src/lib/emit/record-text.ts), from the records the pipeline builds: the
 * Chinese of the seed, our English, the clause links of the mark stage.
 */

export const DOCUMENT = 'services-opening';
export const { glossary } = inputs;
export const annotations: Annotations = { glossary: inputs.glossary, registry: inputs.registry };
const records = corpus.sections.filter((s) => s.document === DOCUMENT).sort((a, b) => a.order - b.order);

/** The clause links the mark stage found for a section, in one language. */
export const linksOf = (lang: Lang, key: string): { text: string; task: string }[] =>
  (records.find((s) => s.key === key)?.links ?? []).map((l: SentenceLink) => ({ text: l.text[lang], task: l.task }));

export interface Paragraph {
  lang: Lang;
  key: string;
  text: string;
  marks: Mark[];
}

export const sections = records.map((section) => {
  const source = section.paragraphs.map((p) => p.zh).join('');
  const paragraph = (lang: Lang, text: string): Paragraph => ({
    lang,
    key: section.key,
    text,
    marks: paragraphMarks(text, lang, annotations, source, section.links),
  });
  return {
    key: section.key,
    zh: section.paragraphs.map((p) => paragraph('zh', p.zh)),
    en: section.paragraphs.map((p) => paragraph('en', p.en)),
  };
});
export const paragraphs = sections.flatMap((s) => [...s.zh, ...s.en]);

/** One MDX file of the whole plan, both languages, each section as the emit step writes its text. */
export const planMdx = mdastToMdx({
  type: 'root',
  children: records.filter((s) => s.paragraphs.length > 0).flatMap((s) => recordTextToMdast(s.paragraphs, annotations, s.links)),
});
