import { z } from 'zod';

/**
 * One translated string: the English, and the hash of the Chinese it was
 * translated from. When the Chinese changes, the hash no longer matches and
 * the build reports the translation as stale.
 */
export const translatedSchema = z.strictObject({
  /** First 16 hex digits of the SHA-256 of the Chinese source text. */
  source: z.string().regex(/^[0-9a-f]{16}$/, '16 hex digits (see npm run translations)'),
  /** At most 5,000 characters: the longest real entry (a paragraph of the plan) has 1,726; a task's, 918. */
  en: z.string().trim().min(1, 'an English translation').max(5000, 'an English translation of at most 5,000 characters'),
});
export type Translated = z.output<typeof translatedSchema>;

/** Entries keyed by a 1-based number as the source writes it: task 12, category 3. */
const keyed = <T extends z.ZodType>(value: T) => z.record(z.string().regex(/^[1-9]\d*$/), value);
/** Entries keyed by 0-based position: the columns of a table, the paragraphs of a section. */
const positional = <T extends z.ZodType>(value: T) => z.record(z.string().regex(/^(?:0|[1-9]\d*)$/), value);

/** `content/translations/en/{document}/tasks.yaml`: each task by its number. */
export const tasksTranslationSchema = keyed(
  z.strictObject({
    text: translatedSchema,
    remark: translatedSchema.optional(),
  }),
);
export type TasksTranslation = z.output<typeof tasksTranslationSchema>;

/** `content/translations/en/{document}/document.yaml`: everything else a reader sees. */
export const documentTranslationSchema = z.strictObject({
  title: translatedSchema,
  issuer: translatedSchema.optional(),
  table: z.strictObject({
    label: translatedSchema,
    title: translatedSchema,
    columns: positional(translatedSchema),
  }),
  categories: keyed(translatedSchema),
  header: z
    .strictObject({
      masthead: translatedSchema,
      number: translatedSchema,
      addressee: translatedSchema,
      publicity: translatedSchema,
    })
    .optional(),
  plan: z.strictObject({ title: translatedSchema, attachmentReference: translatedSchema }).optional(),
  sections: z
    .record(
      z.string(),
      z.strictObject({
        heading: translatedSchema.optional(),
        paragraphs: positional(translatedSchema).optional(),
      }),
    )
    .optional(),
  closing: z
    .strictObject({
      relatedUnits: z.strictObject({ label: translatedSchema, text: translatedSchema }),
      copyTo: z.strictObject({ label: translatedSchema, text: translatedSchema }),
      issuingOffice: translatedSchema,
      printed: translatedSchema,
    })
    .optional(),
});
export type DocumentTranslation = z.output<typeof documentTranslationSchema>;

/** `content/glossary.yaml`: terms with one fixed English rendering. */
export const glossarySchema = z.array(
  z.strictObject({
    zh: z.string().min(1),
    en: z.string().min(1),
    note: z.string().optional(),
  }),
);
export type Glossary = z.output<typeof glossarySchema>;
