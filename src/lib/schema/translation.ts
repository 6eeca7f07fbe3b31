import { z } from 'zod';
import { slugSchema } from './common.ts';
import { sectionKeySchema } from './section.ts';
import { taskKeySchema } from './task.ts';

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

/**
 * A translation file (`content/translations/en/{document}/document.yaml` or
 * `tasks.yaml`): a tree of entries whose keys are where each text stands in
 * the document model (`parts.closing.copy-to.text`, `12.remark`), as the
 * build stage names them (src/lib/translate/units.ts). The schema knows no key
 * path: an entry is any mapping with `source` or `en`, and which entries must
 * be there is the lookup's to check (missing, stale, stray).
 */
export type TranslationTree = { [key: string]: Translated | TranslationTree };

const isEntry = (node: Record<string, unknown>) => 'source' in node || 'en' in node;

function checkTree(node: unknown, path: PropertyKey[], ctx: z.RefinementCtx): void {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) {
    ctx.addIssue({ code: 'invalid_type', expected: 'object', path, input: node, message: 'a mapping of entries' });
    return;
  }
  const mapping = node as Record<string, unknown>;
  if (isEntry(mapping)) {
    const result = translatedSchema.safeParse(mapping);
    if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: [...path, ...issue.path] } as z.core.$ZodRawIssue);
    return;
  }
  for (const [key, value] of Object.entries(mapping)) checkTree(value, [...path, key], ctx);
}

export const translationFileSchema = z
  .unknown()
  .superRefine((value, ctx) => checkTree(value, [], ctx))
  .transform((value) => value as TranslationTree);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * `content/glossary.yaml`: terms with one fixed English rendering. Each term
 * is listed once (a second entry would silently win), holds a letter or a
 * digit (the text is searched for it, and its anchor made of them). That
 * each has an anchor of its own on the glossary page is the build stage's
 * check (src/lib/build/glossary.ts).
 */
export const glossarySchema = z
  .array(
    z.strictObject({
      zh: z.string().trim().min(1).regex(LETTER_OR_DIGIT, 'a term with at least one letter or digit'),
      en: z.string().trim().min(1),
      note: z.string().trim().min(1).optional(),
    }),
  )
  .superRefine((terms, ctx) => {
    const seen = new Map<string, number>();
    terms.forEach((term, i) => {
      const first = seen.get(term.zh);
      if (first !== undefined)
        ctx.addIssue({ code: 'custom', path: [i, 'zh'], message: 'a term listed once', input: `"${term.zh}", listed as entry ${first + 1} too` });
      else seen.set(term.zh, i);
    });
  });
export type Glossary = z.output<typeof glossarySchema>;

/**
 * A place a translation note is about: a task (by its key, 12 or 2-3), a
 * part of a document (`plan`, `attachment`) or a section of prose (`2-1`).
 * The content step refuses a place the document does not have.
 */
export const noteTargetSchema = z.union([
  z.strictObject({ document: slugSchema, task: z.union([z.number().int().positive().transform(String), taskKeySchema]) }),
  z.strictObject({ document: slugSchema, part: slugSchema }),
  z.strictObject({ document: slugSchema, section: sectionKeySchema }),
]);
export type NoteTarget = z.output<typeof noteTargetSchema>;

/**
 * `content/translation-notes.yaml`: a rendering a careful reader would
 * question, why we chose it, and where it occurs. Shown on the English
 * "About this translation" page.
 */
export const translationNoteSchema = z.strictObject({
  id: slugSchema,
  /** The Chinese phrase, as the source writes it. */
  zh: z.string().min(1),
  /** Our rendering. */
  en: z.string().min(1),
  /** Why, for readers, in English. */
  note: z.string().min(1),
  about: z.array(noteTargetSchema).min(1),
});
export type TranslationNote = z.output<typeof translationNoteSchema>;

/** `content/translation-notes.yaml`: the notes, each id once (a second note of one id would hide the first). */
export const translationNotesSchema = z.array(translationNoteSchema).superRefine((notes, ctx) => {
  const seen = new Set<string>();
  notes.forEach((note, i) => {
    if (seen.has(note.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'an id no other note has', input: `"${note.id}"` });
    seen.add(note.id);
  });
});
