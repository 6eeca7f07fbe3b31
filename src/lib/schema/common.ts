import { z } from 'zod';
import { LANGS, type Lang } from './languages.ts';

/** A language the site is published in (the table: languages.ts). */
export const langSchema = z.enum(LANGS);

/**
 * A URL-safe lowercase ASCII identifier, e.g. `services-trade` or
 * `xiamen-municipal-bureau-of-commerce`. Used for document slugs and agency ids,
 * which appear in permanent URLs and so must never contain anything a mail
 * client or a spreadsheet could mangle.
 */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase ASCII words joined by "-"');

/**
 * A text in both languages: the Chinese (authoritative, verbatim where it comes
 * from a seed) and our English. The one shape of every value a reader sees in
 * either language; a page picks its half with `value[lang]`.
 */
export const bilingualSchema = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }) satisfies z.ZodType<Record<Lang, string>>;
export type Bilingual = z.output<typeof bilingualSchema>;

/** A calendar date as ISO 8601 writes it. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2026-03-24');

/** A 1-based line number in a seed file, kept so later stages can cite the source. */
export const lineSchema = z.number().int().positive();

/** A serial number or ordinal as written in the source: 1, 2, 3 … */
export const ordinalSchema = z.number().int().positive();

/**
 * Text that must reach the page exactly as the source has it. Validation only
 * refuses what cannot come from a clean extraction: line breaks (paragraphs are
 * split before this point) and control characters.
 */
export const verbatimSchema = z
  .string()
  .min(1)
  .refine((s) => !/[\u0000-\u0008\u000a-\u001f\u007f]/.test(s), 'no line breaks or control characters');

/** One paragraph of source prose, with the line it starts on. */
export const paragraphSchema = z.object({
  text: verbatimSchema,
  line: lineSchema,
});
export type Paragraph = z.output<typeof paragraphSchema>;

/** A paragraph of a document in both languages, with the seed line the Chinese starts on. */
export const bilingualParagraphSchema = z.strictObject({
  text: bilingualSchema,
  line: lineSchema,
});
export type BilingualParagraph = z.output<typeof bilingualParagraphSchema>;
