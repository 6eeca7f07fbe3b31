import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { type Bilingual } from '../schema/common.ts';
import { LANGS, type Lang } from '../schema/languages.ts';
import type { SentenceLink } from '../schema/priority.ts';
import type { GlossaryTerm } from '../text/glossary.ts';
import { editionToMdast, paragraphToMdast } from './annotate.ts';
import { sentenceLinksToClauseMarks } from './clause-marks.ts';
import { findBodies, type BodyRegistry } from './find-bodies.ts';
import { findCitations } from './find-citations.ts';
import { findTerms } from './find-terms.ts';
import { readerMarks, type Mark } from './marks.ts';

/** What the emit step marks up in the text, besides the clauses a section's records name. */
export interface Annotations {
  /** content/glossary.yaml: terms, linked to their glossary entries. */
  glossary: readonly GlossaryTerm[];
  /** content/agencies.yaml: bodies named in the text, linked to their pages. */
  registry: BodyRegistry;
}

/**
 * Every mark of one paragraph of a record, in one language: the clauses that
 * name tasks, the glossary terms, the bodies, the cited documents.
 *
 * @param source the record's whole Chinese, which decides the terms an English text may be said to use
 */
export function paragraphMarks(text: string, lang: Lang, annotations: Annotations, source: string, links: readonly SentenceLink[] = []): Mark[] {
  return [
    ...sentenceLinksToClauseMarks(text, links, lang),
    ...findTerms(text, lang, annotations.glossary, { source }),
    ...findBodies(text, lang, annotations.registry),
    ...findCitations(text),
  ];
}

/**
 * The MDX text of a task or a section, as a syntax tree: its paragraphs in
 * each language, what they refer to marked up as components (see
 * annotate.ts), each language in its `<Edition>`, Chinese first. Which marks
 * a reader is shown is decided per language by {@link readerMarks}: every
 * clause and cited document; a term that has a note, and a body, at its first
 * mention, while the text has links to spare (8 per 1,000 characters). The
 * text each edition renders is exactly the record's, character for character.
 *
 * @example
 * mdastToMdx({ type: 'root', children: recordTextToMdast([{ zh: '第一段。', en: 'First.' }], { glossary: [], registry: { agencies: [] } }) })
 * // → '<Edition lang="zh" current={props.edition}>\n  <p>第一段。</p>\n</Edition>\n\n<Edition lang="en" current={props.edition}>\n  <p>First.</p>\n</Edition>\n'
 */
export function recordTextToMdast(paragraphs: readonly Bilingual[], annotations: Annotations, links: readonly SentenceLink[] = []): MdxJsxFlowElement[] {
  const source = paragraphs.map((p) => p.zh).join('');
  return LANGS.map((lang) => {
    const texts = paragraphs.map(({ [lang]: text }) => text);
    const kept = readerMarks(texts.map((text) => ({ length: text.length, marks: paragraphMarks(text, lang, annotations, source, links) })));
    return editionToMdast(
      lang,
      texts.map((text, i) => paragraphToMdast(text, kept[i] ?? [])),
    );
  });
}
