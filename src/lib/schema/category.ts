import { z } from 'zod';
import { bilingualSchema, lineSchema, ordinalSchema, slugSchema, verbatimSchema } from './common.ts';

/** A heading that groups tasks, as the parser finds it. */
export const parsedCategorySchema = z.strictObject({
  /** 1-based position among the document's headings, through all its lists; the URL uses it. */
  ordinal: ordinalSchema,
  /** The numbering exactly as written, e.g. `（一）` or `一、`. */
  label: z.string().min(1),
  heading: verbatimSchema,
  line: lineSchema,
});
export type ParsedCategory = z.output<typeof parsedCategorySchema>;

/** A category as the site and the data collections carry it. */
export const categoryEntrySchema = z.strictObject({
  /** `{document}/{ordinal}`, e.g. `services-trade/3`. */
  id: z.string(),
  document: slugSchema,
  /** The key of the list of items it heads. */
  part: slugSchema,
  ordinal: ordinalSchema,
  label: z.string().min(1),
  heading: bilingualSchema,
  line: lineSchema,
  taskCount: z.number().int().positive(),
  /** Numbers of its first and last tasks in their list, so lists can say "tasks 9–25". */
  firstTask: ordinalSchema,
  lastTask: ordinalSchema,
});
export type CategoryEntry = z.output<typeof categoryEntrySchema>;
