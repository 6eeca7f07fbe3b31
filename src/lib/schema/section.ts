import { z } from 'zod';
import { bilingualSchema, lineSchema, paragraphSchema, slugSchema, verbatimSchema } from './common.ts';
import { sentenceLinkSchema } from './priority.ts';

/**
 * A part of a document's prose, in reading order: the notice's own text, the
 * plan's preamble, and each numbered section (一、) and subsection (（一）).
 */
export const parsedSectionSchema = z.object({
  /** Stable anchor key: `notice`, `preamble`, `2`, `2-1` … */
  key: z.string().regex(/^(?:notice|preamble|[1-9]\d*(?:-[1-9]\d*)?)$/),
  /** 0 for unnumbered prose, 1 for 一、, 2 for （一）. */
  level: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  /** The numbering exactly as written, e.g. `二、` or `（一）`; empty for unnumbered prose. */
  label: z.string(),
  heading: verbatimSchema.nullable(),
  line: lineSchema,
  paragraphs: z.array(paragraphSchema),
});
export type ParsedSection = z.output<typeof parsedSectionSchema>;

/**
 * A section as the MDX content collection carries it (frontmatter): one record
 * for both languages.
 */
export const sectionEntrySchema = parsedSectionSchema.omit({ paragraphs: true, heading: true }).extend({
  /** `{document}/{key}`, e.g. `services-opening/2-1`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/(?:notice|preamble|[1-9]\d*(?:-[1-9]\d*)?)$/),
  document: slugSchema,
  /** Position in the document, from 1. */
  order: z.number().int().positive(),
  heading: bilingualSchema.nullable(),
  /** Each paragraph in both languages: the Chinese verbatim, so tests and data exports need not parse MDX. */
  paragraphs: z.array(bilingualSchema),
  /** Clauses of the section that name tasks in words, in both languages; added by the enrich step. */
  links: z.array(sentenceLinkSchema).default([]),
});
export type SectionEntry = z.output<typeof sectionEntrySchema>;
