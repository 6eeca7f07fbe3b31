import { z } from 'zod';
import { bilingualSchema, ordinalSchema, slugSchema } from './common.ts';
import { formatSchema, isoDateSchema } from './document.ts';
import { curatedDateSchema, publicationSchema } from './publishing.ts';
import { sectionKeySchema } from './section.ts';

/**
 * One entry of `seeds/manifest.json`. Number, issuer and date are null where
 * the text does not state them; the content step checks every non-null claim
 * against the parsed text, so the manifest cannot invent one.
 */
export const manifestEntrySchema = z.strictObject({
  slug: slugSchema,
  file: z.string().regex(/^[\w.-]+\.txt$/),
  format: formatSchema,
  /**
   * The SHA-256 of the seed's text as a person verified it and as the site
   * serves it at /data/sources/: the file after the harmless normalisations
   * every parser applies anyway (BOM dropped, LF line ends, spaces at the end
   * of a line dropped; see textToNormalForm), so a copy that picked up only those
   * keeps its hash. The one hash of a source the site publishes.
   */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, '64 lowercase hex digits'),
  /**
   * Code points the character policy refuses (zero-width, bidi, unusual
   * spaces …) that this file holds on purpose, each with the reason.
   */
  admit: z.array(z.strictObject({ codePoint: z.string().regex(/^U\+[0-9A-F]{4,6}$/, 'a code point such as U+3000'), reason: z.string().min(1) })).default([]),
  /**
   * Each heading of the task lists as a person verified it against the
   * official text, with its first and last task counted through the whole
   * document (for a document of one list, the tasks' own numbers). The
   * content step checks the parsed text against it, so a heading that moves
   * a task into another category stops the build.
   */
  headings: z.array(z.strictObject({ heading: z.string().min(1), first: ordinalSchema, last: ordinalSchema })).min(1),
  title: z.string().min(1),
  issuer: z.string().min(1).nullable(),
  number: z.string().min(1).nullable(),
  date: isoDateSchema.nullable(),
  /**
   * Task and heading counts, counted by hand. A copy cut short exactly between
   * two records would otherwise parse cleanly; the notice also declares its
   * own count, which is checked separately.
   */
  expected: z.strictObject({ tasks: z.number().int().positive(), categories: z.number().int().positive() }),
});
export type ManifestEntry = z.output<typeof manifestEntrySchema>;

/** The headings must cover the tasks in order, each task once: 1 to the first's last, the next one on, … up to the task count. */
export const manifestSchema = z
  .strictObject({ $comment: z.string().optional(), documents: z.array(manifestEntrySchema).min(1) })
  .superRefine((manifest, ctx) => {
    const slugs = new Set<string>();
    const files = new Set<string>();
    manifest.documents.forEach((entry, d) => {
      // A document listed twice would publish its tasks twice and count every body twice.
      if (slugs.has(entry.slug)) ctx.addIssue({ code: 'custom', path: ['documents', d, 'slug'], message: 'a slug no other document has', input: entry.slug });
      if (files.has(entry.file)) ctx.addIssue({ code: 'custom', path: ['documents', d, 'file'], message: 'a seed no other document has', input: entry.file });
      slugs.add(entry.slug);
      files.add(entry.file);
      const path = (i: number) => ['documents', d, 'headings', i];
      if (entry.headings.length !== entry.expected.categories) {
        ctx.addIssue({
          code: 'custom',
          path: ['documents', d, 'headings'],
          message: `${entry.expected.categories} headings (as expected.categories says)`,
          input: `${entry.headings.length}`,
        });
      }
      let next = 1;
      entry.headings.forEach((h, i) => {
        if (h.first !== next || h.last < h.first)
          ctx.addIssue({
            code: 'custom',
            path: path(i),
            message: `a heading starting at task ${next} (the headings cover tasks 1–${entry.expected.tasks} in order)`,
            input: `tasks ${h.first}–${h.last}`,
          });
        next = h.last + 1;
      });
      if (next !== entry.expected.tasks + 1)
        ctx.addIssue({
          code: 'custom',
          path: path(entry.headings.length - 1),
          message: `a last heading ending at task ${entry.expected.tasks} (as expected.tasks says)`,
          input: `task ${next - 1}`,
        });
    });
  });
export type Manifest = z.output<typeof manifestSchema>;

/**
 * Editorial metadata per document (`content/documents.yaml`): the site's own
 * short title and summary, the date its text was checked and where the
 * official text was published. Nothing here claims to come from the text.
 */
export const editorialSchema = z.record(
  slugSchema,
  z.strictObject({
    shortTitle: bilingualSchema,
    summary: bilingualSchema,
    /** For a document whose tasks name no responsible body: the key of the section that says how responsibility is assigned. */
    responsibilitySection: sectionKeySchema.optional(),
    /** The date a person last checked the site's text of the document against its source: how current the text is. */
    checked: curatedDateSchema,
    /** Where the official text was published, where known; null where it is not (the pages then say "not stated"). */
    publication: publicationSchema.nullable(),
  }),
);
export type Editorial = z.output<typeof editorialSchema>;
