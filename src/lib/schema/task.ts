import { z } from 'zod';
import { agencyRefSchema } from './agency.ts';
import { relatedTaskSchema } from './priority.ts';
import { bilingualSchema, lineSchema, ordinalSchema, slugSchema, verbatimSchema } from './common.ts';

/** A field name (see fieldSchema in document.ts), repeated here to keep the layers one-way. */
const fieldNameSchema = z.string().regex(/^[a-z]+(?:-[a-z]+)*$/);

/** One cell of an item's row, verbatim (wrapped lines rejoined), with the field its column holds and its line. */
export const cellSchema = z.strictObject({ field: fieldNameSchema, text: verbatimSchema, line: lineSchema });
export type Cell = z.output<typeof cellSchema>;

/**
 * The bodies a row names, by role, as written: the lead and co-operating
 * units and the higher authorities (the `supervising` role). The parser of a
 * layout splits its cells by that layout's own conventions (in the
 * services-trade table the units before the first "，" lead).
 */
export const parsedBodiesSchema = z.strictObject({
  lead: z.array(z.string().min(1)),
  cooperating: z.array(z.string().min(1)),
  supervising: z.array(z.string().min(1)),
});

/** One item (a task) as the parser finds it. */
export const parsedTaskSchema = z.strictObject({
  /** Its serial number in its list, as the source writes it (or its position, where the source numbers none). */
  number: ordinalSchema,
  /** Ordinal of the heading the task stands under. */
  category: ordinalSchema,
  text: verbatimSchema,
  /** Line of the task's row (its serial number) in the seed. */
  line: lineSchema,
  /** Every other non-empty cell of the row, in column order: the cells naming bodies, a remark, a deadline … */
  cells: z.array(cellSchema),
  /** The bodies the row names, split by role; null where the list has no column that names bodies. */
  bodies: parsedBodiesSchema.nullable(),
});
export type ParsedTask = z.output<typeof parsedTaskSchema>;

/** Who answers for a task: the cells that name bodies, verbatim, and the bodies resolved against the registry, by role. */
export const assignmentSchema = z.strictObject({
  cells: z.array(cellSchema).min(1),
  lead: z.array(agencyRefSchema),
  cooperating: z.array(agencyRefSchema),
  supervising: z.array(agencyRefSchema),
});
export type Assignment = z.output<typeof assignmentSchema>;

/**
 * The key of a task in its document, part of its permanent URL: its number
 * where every list of the document numbers its tasks apart (12), and the
 * list's number and its own where the lists each start again from 1 (2-3).
 */
export const taskKeySchema = z.string().regex(/^[1-9]\d*(?:-[1-9]\d*)?$/, 'a task key such as 12 or 2-3');

/**
 * The stable identifier of a task: `{document}-{key}`, e.g.
 * `services-opening-12`. It is used in URLs, data files and markup.
 */
export const taskIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*-[1-9]\d*$/);

/**
 * A task as the tasks collection carries it: one record for both languages,
 * from which the Chinese and the English page are built.
 */
export const taskEntrySchema = z.strictObject({
  id: taskIdSchema,
  document: slugSchema,
  key: taskKeySchema,
  /** The key of the list of items it stands in, and that list's position among the document's lists (from 1). */
  part: slugSchema,
  attachment: ordinalSchema,
  number: ordinalSchema,
  category: ordinalSchema,
  /** The authoritative Chinese, verbatim, and our English. */
  text: bilingualSchema,
  line: lineSchema,
  /** The texts of its other columns (a remark, a deadline …), by field, in column order; a cell left empty is absent. */
  details: z.record(fieldNameSchema, bilingualSchema),
  /** Who is responsible, as the source's own cells name them; null where the list names no body per task. */
  assignment: assignmentSchema.nullable(),
  /** Ids of the priorities the task belongs to (content/priorities.yaml); added by the enrich step. */
  priorities: z.array(z.string()).default([]),
  /** Up to 5 tasks of either document sharing the most words with this one; added by the enrich step. */
  related: z.array(relatedTaskSchema).default([]),
});
export type TaskEntry = z.output<typeof taskEntrySchema>;
