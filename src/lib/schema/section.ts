import { z } from 'zod';
import { bilingualSchema, lineSchema, slugSchema } from './common.ts';
import { sentenceLinkSchema } from './priority.ts';

/**
 * The key of a section of prose: unique in its document, and its anchor
 * there (`#section-2-1`). A word for unnumbered prose (`notice`,
 * `preamble`), the numbers of a numbered one (`2`, `2-1`).
 */
export const sectionKeySchema = z.string().regex(/^(?:[a-z]+|[1-9]\d*(?:-[1-9]\d*)*)$/, 'a section key such as preamble or 2-1');

/**
 * A section as the sections collection carries it: one record for both
 * languages. Its paragraphs are also its MDX text, marked up (see
 * src/lib/emit/); the records keep them so that tests and data need not
 * parse MDX.
 */
export const sectionEntrySchema = z.strictObject({
  /** `{document}/{key}`, e.g. `services-opening/2-1`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/(?:[a-z]+|[1-9]\d*(?:-[1-9]\d*)*)$/),
  document: slugSchema,
  /** The key of the part it stands in. */
  part: slugSchema,
  key: sectionKeySchema,
  /** Position in the document, from 1. */
  order: z.number().int().positive(),
  level: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  label: z.string(),
  heading: bilingualSchema.nullable(),
  line: lineSchema,
  paragraphs: z.array(bilingualSchema),
  /** Clauses of the section that name tasks in words, in both languages; added by the enrich step. */
  links: z.array(sentenceLinkSchema).default([]),
});
export type SectionEntry = z.output<typeof sectionEntrySchema>;
