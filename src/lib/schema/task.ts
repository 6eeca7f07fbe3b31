import { z } from 'zod';
import { agencyRefSchema } from './agency.ts';
import { relatedTaskSchema } from './priority.ts';
import { bilingualSchema, lineSchema, ordinalSchema, slugSchema, verbatimSchema } from './common.ts';

/**
 * Who answers for a task, as the source's cells name them: the higher-level
 * bodies (the `supervising` role), the lead units and the co-operating units.
 * The raw cells are kept so the split can be checked to lose nothing.
 */
export const parsedAssignmentSchema = z.object({
  /** 上级制定政策保障措施或支持和指导部门, verbatim; null where the document has no such column. */
  supervisingText: verbatimSchema.nullable(),
  supervisingLine: lineSchema.nullable(),
  /** The cell naming who is responsible (责任分工, or 牵头单位 where a column names lead units only), verbatim. */
  responsibilityText: verbatimSchema,
  responsibilityLine: lineSchema,
  supervising: z.array(z.string().min(1)),
  lead: z.array(z.string().min(1)).min(1),
  cooperating: z.array(z.string().min(1)),
});
export type ParsedAssignment = z.output<typeof parsedAssignmentSchema>;

/** One numbered task as the parser finds it. */
export const parsedTaskSchema = z.object({
  number: ordinalSchema,
  /** Ordinal of the heading the task stands under. */
  category: ordinalSchema,
  text: verbatimSchema,
  /** Line of the task's serial number in the seed. */
  line: lineSchema,
  assignment: parsedAssignmentSchema.nullable(),
  /** 备注, verbatim; null where the cell is empty. */
  remark: verbatimSchema.nullable(),
});
export type ParsedTask = z.output<typeof parsedTaskSchema>;

export const resolvedAssignmentSchema = parsedAssignmentSchema.extend({
  supervising: z.array(agencyRefSchema),
  lead: z.array(agencyRefSchema).min(1),
  cooperating: z.array(agencyRefSchema),
});
export type ResolvedAssignment = z.output<typeof resolvedAssignmentSchema>;

/**
 * The stable identifier of a task: `{document}-{number}`, e.g.
 * `services-opening-12`. It is used in URLs, data files and markup.
 */
export const taskIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*-[1-9]\d*$/);

/**
 * A task as the MDX content collection carries it (frontmatter): one record
 * for both languages, from which the Chinese and the English page are built.
 */
export const taskEntrySchema = z.object({
  id: taskIdSchema,
  document: slugSchema,
  number: ordinalSchema,
  category: ordinalSchema,
  /** The authoritative Chinese, verbatim, and our English. */
  text: bilingualSchema,
  line: lineSchema,
  /** Who is responsible, as the source's own cells name them; null where the document names no body per task. */
  assignment: resolvedAssignmentSchema.nullable(),
  remark: bilingualSchema.nullable(),
  /** Ids of the priorities the task belongs to (content/priorities.yaml); added by the enrich step. */
  priorities: z.array(z.string()).default([]),
  /** Up to 5 tasks of either document sharing the most words with this one; added by the enrich step. */
  related: z.array(relatedTaskSchema).default([]),
});
export type TaskEntry = z.output<typeof taskEntrySchema>;
