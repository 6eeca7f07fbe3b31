import { z } from 'zod';
import { bilingualSchema, slugSchema } from './common.ts';

/** A priority the site marks: its badge label and what it means. */
export const priorityKindSchema = z.strictObject({
  label: bilingualSchema,
  description: bilingualSchema,
});

/** `content/priorities.yaml`. Each remark's text is listed under one id: under two, one of them would mark no task. */
export const prioritiesSchema = z
  .strictObject({
    differentiated: priorityKindSchema,
    remarks: z.record(slugSchema, priorityKindSchema.extend({ remark: z.string().min(1) })),
  })
  .superRefine((priorities, ctx) => {
    const ids = new Map<string, string>();
    for (const [id, { remark }] of Object.entries(priorities.remarks)) {
      const other = ids.get(remark);
      if (other)
        ctx.addIssue({
          code: 'custom',
          path: ['remarks', id, 'remark'],
          message: 'a remark no other id lists',
          input: `"${remark}", the remark of ${other} too`,
        });
      ids.set(remark, id);
    }
  });
export type Priorities = z.output<typeof prioritiesSchema>;

/** The priorities of the whole site, by id, as the data collection carries them. */
export const priorityEntrySchema = priorityKindSchema.extend({
  id: slugSchema,
  /** Position in lists and in the search filter. */
  order: z.number().int().positive(),
});
export type PriorityEntry = z.output<typeof priorityEntrySchema>;

/** A clause of the plan that names a task in words, linked to the task it names. */
export const sentenceLinkSchema = z.strictObject({
  /** The clause as it stands in the paragraph: the Chinese verbatim, and the same clause of our English. */
  text: bilingualSchema,
  /** The task it names: its id, and its document and key, which make its page. */
  task: z.string(),
  document: slugSchema,
  key: z.string(),
});
export type SentenceLink = z.output<typeof sentenceLinkSchema>;

/** A task related to another by the words they share. */
export const relatedTaskSchema = z.strictObject({
  id: z.string(),
  score: z.number().min(0).max(1),
  /** The words they share that weigh most, in each language. */
  terms: z.strictObject({ zh: z.array(z.string()), en: z.array(z.string()) }),
});
export type RelatedTask = z.output<typeof relatedTaskSchema>;
