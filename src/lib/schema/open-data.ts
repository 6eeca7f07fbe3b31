import { z } from 'zod';
import { agencyLevelSchema } from './agency.ts';
import { bilingualSchema, lineSchema, ordinalSchema, slugSchema } from './common.ts';
import { priorityKindSchema, relatedTaskSchema } from './priority.ts';
import { publicationSchema } from './publishing.ts';
import { taskIdSchema, taskKeySchema } from './task.ts';

/**
 * The records of the open data at /data/: what tasks.json, agencies.json,
 * categories.json, documents.json, priorities.json and /data/tasks/{id}.json
 * hold. Every value
 * a reader might need in either language is given in both.
 */
const urlsSchema = z.strictObject({ zh: z.url(), en: z.url() });

const successionSchema = z.strictObject({ id: slugSchema, source: bilingualSchema });

/** A body or generic reference as a task names it. `id` is null for a generic reference. */
export const openAgencyRefSchema = z.strictObject({
  id: slugSchema.nullable(),
  name: bilingualSchema,
});

export const openTaskSchema = z.strictObject({
  /** `{document}-{key}`: the one stable identifier of a task. */
  id: taskIdSchema,
  document: slugSchema,
  /** Its key in the document (its number, or its list's and its own: 2-3), as in its URL. */
  key: taskKeySchema,
  /** Its number as the source gives it, in its list. */
  number: ordinalSchema,
  category: z.strictObject({ id: z.string(), ordinal: ordinalSchema, label: z.string(), heading: bilingualSchema }),
  /** The Chinese is the source verbatim; the English is our unofficial translation. */
  text: bilingualSchema,
  /** Its row's other cells that are texts of their own (a remark, a deadline …), by field; an empty cell is absent. */
  details: z.record(z.string(), bilingualSchema),
  lead: z.array(openAgencyRefSchema),
  cooperating: z.array(openAgencyRefSchema),
  supervising: z.array(openAgencyRefSchema),
  /** The source's cells naming who answers for the task, verbatim, by field (supervising, responsibility, lead …); null for a list that names no body per task. */
  cells: z.record(z.string(), z.string()).nullable(),
  source: z.strictObject({ file: z.string(), line: lineSchema }),
  /** Ids of the plan's own priorities the task belongs to; see priorities.json. */
  priorities: z.array(slugSchema),
  /** The tasks closest in wording, closest first, with the terms they share. */
  related: z.array(relatedTaskSchema),
  citation: bilingualSchema,
  url: urlsSchema,
});
export type OpenTask = z.output<typeof openTaskSchema>;

export const openAgencySchema = z.strictObject({
  id: slugSchema,
  name: bilingualSchema,
  /** Every Chinese spelling the documents use. */
  names: z.array(z.string().min(1)).min(1),
  level: agencyLevelSchema,
  tasks: z.strictObject({ lead: z.number().int(), cooperating: z.number().int(), supervising: z.number().int() }),
  /** Documents that list this body in a passage of their own (有关单位). */
  listedIn: z.array(slugSchema),
  note: z.string().nullable(),
  /** The same body under its earlier or later name, with the source of the link; null where there is none. */
  succeeds: successionSchema.nullable(),
  succeededBy: successionSchema.nullable(),
  url: urlsSchema,
});
export type OpenAgency = z.output<typeof openAgencySchema>;

/** A priority the site marks, and the tasks that carry it. */
export const openPrioritySchema = z.strictObject({
  id: slugSchema,
  ...priorityKindSchema.shape,
  tasks: z.array(taskIdSchema),
});
export type OpenPriority = z.output<typeof openPrioritySchema>;

export const openCategorySchema = z.strictObject({
  id: z.string(),
  document: slugSchema,
  /** The key of the list of items it heads. */
  part: slugSchema,
  ordinal: ordinalSchema,
  label: z.string(),
  heading: bilingualSchema,
  taskCount: z.number().int().positive(),
  firstTask: ordinalSchema,
  lastTask: ordinalSchema,
  url: urlsSchema,
});
export type OpenCategory = z.output<typeof openCategorySchema>;

export const openDocumentSchema = z.strictObject({
  id: slugSchema,
  title: bilingualSchema,
  shortTitle: bilingualSchema,
  /** Null where the text does not state it. */
  issuer: bilingualSchema.nullable(),
  number: bilingualSchema.nullable(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  counts: z.strictObject({ tasks: z.number().int(), categories: z.number().int(), agencies: z.number().int(), listed: z.number().int() }),
  /** The date a person last checked the site's text against its source. */
  checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Where the official text was published (url, channel), where known; null where it is not. */
  publication: publicationSchema.nullable(),
  /** The original text as served: its seed, its URL, the SHA-256 of those very bytes, and their number. */
  source: z.strictObject({ file: z.string(), url: z.url(), sha256: z.string().regex(/^[0-9a-f]{64}$/), bytes: z.number().int().positive() }),
  url: urlsSchema,
});
export type OpenDocument = z.output<typeof openDocumentSchema>;
