import { z } from 'zod';
import { parsedCategorySchema } from './category.ts';
import { agencyRefSchema } from './agency.ts';
import { bilingualSchema, lineSchema, localizedSchema, ordinalSchema, paragraphSchema, slugSchema, verbatimSchema } from './common.ts';
import { parsedSectionSchema } from './section.ts';
import { parsedTaskSchema } from './task.ts';

/** The source formats we can parse; each has its own parser. */
export const FORMATS = ['measures-table', 'notice'] as const;
export const formatSchema = z.enum(FORMATS);
export type Format = z.output<typeof formatSchema>;

const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * One entry of `seeds/manifest.json`. Number, issuer and date are null where
 * the text does not state them; the content step checks every non-null claim
 * against the parsed text, so the manifest cannot invent one.
 */
export const manifestEntrySchema = z.object({
  slug: slugSchema,
  file: z.string().regex(/^[\w.-]+\.txt$/),
  format: formatSchema,
  /**
   * SHA-256 of the seed's text as verified, after the harmless normalisations
   * (BOM dropped, LF line ends, trailing spaces dropped; see seedTextToSha256).
   * The content step computes it and refuses a seed whose hash differs.
   */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, '64 lowercase hex digits'),
  /**
   * Code points the character policy refuses (zero-width, bidi, unusual
   * spaces …) that this file holds on purpose, each with the reason.
   */
  admit: z.array(z.strictObject({ codePoint: z.string().regex(/^U\+[0-9A-F]{4,6}$/, 'a code point such as U+3000'), reason: z.string().min(1) })).default([]),
  /**
   * Each heading of the task list as a person verified it against the
   * official text, with the first and last number of the tasks under it. The
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
  expected: z.object({ tasks: z.number().int().positive(), categories: z.number().int().positive() }),
});
export type ManifestEntry = z.output<typeof manifestEntrySchema>;

/** The headings must cover the tasks in order, each task once: 1 to the first's last, the next one on, … up to the task count. */
export const manifestSchema = z.object({ documents: z.array(manifestEntrySchema).min(1) }).superRefine((manifest, ctx) => {
  manifest.documents.forEach((entry, d) => {
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
 * short title and summary. Nothing here claims to come from the text.
 */
export const editorialSchema = z.record(
  slugSchema,
  z.object({
    shortTitle: bilingualSchema,
    summary: bilingualSchema,
    /** For a document whose tasks name no responsible body: the key of the plan section that says how responsibility is assigned. */
    responsibilitySection: z.string().optional(),
  }),
);
export type Editorial = z.output<typeof editorialSchema>;

/** A labelled line such as 抄送：市委各部门。, split at its colon. */
export const labelledLineSchema = z.object({
  label: z.string().min(1),
  text: verbatimSchema,
  line: lineSchema,
});

/** The header of a government notice (文件头). */
export const noticeHeaderSchema = z.object({
  /** 厦门市人民政府文件 */
  masthead: paragraphSchema,
  /** 厦府〔2026〕88号 */
  number: paragraphSchema,
  /** The title as printed; an extraction space marks where the printed title breaks its line. */
  titleLines: z.array(verbatimSchema).min(1),
  titleLine: lineSchema,
  /** 各区人民政府，…： */
  addressee: paragraphSchema,
  /** （此件主动公开） */
  publicity: paragraphSchema,
});
export type NoticeHeader = z.output<typeof noticeHeaderSchema>;

/** The closing block (版记) of a notice. */
export const closingSchema = z.object({
  /** 有关单位：…, rejoined across its wrapped lines. */
  relatedUnits: labelledLineSchema.extend({ names: z.array(z.string().min(1)).min(1) }),
  /** 抄送：… */
  copyTo: labelledLineSchema,
  /** 厦门市人民政府办公厅 */
  issuingOffice: paragraphSchema,
  /** 2026年3月24日印发 */
  printed: paragraphSchema.extend({ date: isoDateSchema }),
});
export type Closing = z.output<typeof closingSchema>;

/** The table or list of tasks that an attachment holds. */
const taskTableSchema = z.object({
  /** 附件 */
  label: z.string().min(1),
  title: paragraphSchema,
  /** The header row, each cell verbatim (wrapped cells rejoined). */
  columns: z.array(verbatimSchema).min(2),
  categories: z.array(parsedCategorySchema).min(1),
  tasks: z.array(parsedTaskSchema).min(1),
});

/** What the measures-table parser returns (the services-trade file). */
export const parsedMeasuresTableSchema = z.object({
  format: z.literal('measures-table'),
  table: taskTableSchema,
});
export type ParsedMeasuresTable = z.output<typeof parsedMeasuresTableSchema>;

/** What the notice parser returns (the services-opening file). */
export const parsedNoticeSchema = z.object({
  format: z.literal('notice'),
  header: noticeHeaderSchema,
  /** The plan's title, its prose sections, and the line that names the attachment. */
  plan: z.object({
    title: paragraphSchema,
    sections: z.array(parsedSectionSchema).min(1),
    attachmentReference: paragraphSchema,
  }),
  /** The task counts the plan's own text declares, e.g. 106 common + 5 differentiated. */
  declaredTasks: z.array(z.object({ count: z.number().int().positive(), kind: z.string(), line: lineSchema })).min(1),
  table: taskTableSchema,
  closing: closingSchema,
});
export type ParsedNotice = z.output<typeof parsedNoticeSchema>;

export const parsedDocumentSchema = z.discriminatedUnion('format', [parsedMeasuresTableSchema, parsedNoticeSchema]);
export type ParsedDocument = z.output<typeof parsedDocumentSchema>;

/** The English of everything a document shows besides its sections and tasks. */
export const documentEnglishSchema = z.object({
  issuer: z.string().nullable(),
  table: z.object({ label: z.string(), title: z.string(), columns: z.array(z.string()) }),
  header: z.object({ masthead: z.string(), number: z.string(), addressee: z.string(), publicity: z.string() }).nullable(),
  planTitle: z.string().nullable(),
  attachmentReference: z.string().nullable(),
  closing: z
    .object({
      relatedUnits: z.object({ label: z.string(), text: z.string() }),
      copyTo: z.object({ label: z.string(), text: z.string() }),
      issuingOffice: z.string(),
      printed: z.string(),
    })
    .nullable(),
});
export type DocumentEnglish = z.output<typeof documentEnglishSchema>;

/** A document as the data collection carries it. */
export const documentEntrySchema = z.object({
  id: slugSchema,
  /** Position on the home page and in lists. */
  order: z.number().int().positive(),
  format: formatSchema,
  file: z.string(),
  /** SHA-256 of the seed the records come from. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  title: localizedSchema,
  shortTitle: localizedSchema,
  summary: localizedSchema,
  responsibilitySection: z.string().optional(),
  issuer: z.string().nullable(),
  number: z.string().nullable(),
  date: isoDateSchema.nullable(),
  header: noticeHeaderSchema.nullable(),
  /** The title of the plan inside a notice, e.g. 厦门市服务业扩大开放综合试点实施方案. */
  planTitle: paragraphSchema.nullable(),
  attachmentReference: paragraphSchema.nullable(),
  table: z.object({ label: z.string(), title: paragraphSchema, columns: z.array(z.string()) }),
  closing: closingSchema.nullable(),
  /** The names under 有关单位, in order, resolved against the registry. */
  relatedUnits: z.array(agencyRefSchema),
  /** The task counts the text declares (106 共性试点任务, 5 差异化试点任务), with their lines. */
  declaredTasks: z.array(z.object({ count: z.number().int().positive(), kind: z.string(), line: lineSchema })),
  /** The English edition's strings; added by the translation step. */
  en: documentEnglishSchema.optional(),
  counts: z.object({
    tasks: z.number().int().positive(),
    categories: z.number().int().positive(),
    /** Distinct registry bodies the document's tasks name, in any role. */
    agencies: z.number().int().nonnegative(),
    /** Distinct registry bodies its closing block lists under 有关单位 (the notice's recipients). */
    relatedUnits: z.number().int().nonnegative(),
  }),
});
export type DocumentEntry = z.output<typeof documentEntrySchema>;
