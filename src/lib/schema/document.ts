import { z } from 'zod';
import { parsedCategorySchema } from './category.ts';
import { agencyRefSchema } from './agency.ts';
import { bilingualParagraphSchema, bilingualSchema, lineSchema, ordinalSchema, paragraphSchema, slugSchema, verbatimSchema } from './common.ts';
import { parsedSectionSchema } from './section.ts';
import { parsedTaskSchema } from './task.ts';

/**
 * The name of a seed's layout, as the manifest gives it. Only the parser
 * registry (src/lib/parse/registry.ts) reads it: it picks the parser, and
 * nothing downstream of the parser knows which layout a document had.
 */
export const formatSchema = z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, 'a format name such as notice');
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

/**
 * What each column of the attachment holds, so pages name a column by its
 * field and never by its position in one layout: `responsibility` names the
 * lead units and then the co-operating ones (责任分工), `lead` names lead
 * units only (牵头单位). A page shows a field only where the document has
 * its column: what a document has no column for, it does not say.
 */
export const COLUMN_FIELDS = ['category', 'number', 'text', 'supervising', 'responsibility', 'lead', 'remark'] as const;
export const columnFieldSchema = z.enum(COLUMN_FIELDS);
export type ColumnField = z.output<typeof columnFieldSchema>;

/** The tasks of a document: the attachment's label, title, columns, headings and tasks. */
export const parsedAttachmentSchema = z.object({
  /** 附件 */
  label: z.string().min(1),
  title: paragraphSchema,
  /** The header row, each cell verbatim (wrapped cells rejoined), with the field it holds. */
  columns: z.array(z.object({ field: columnFieldSchema, heading: verbatimSchema })).min(2),
  categories: z.array(parsedCategorySchema).min(1),
  tasks: z.array(parsedTaskSchema).min(1),
});
export type ParsedAttachment = z.output<typeof parsedAttachmentSchema>;

/** The task counts a plan's own text declares, e.g. 106 共性试点任务 + 5 差异化试点任务. */
export const declaredTasksSchema = z.array(z.object({ count: z.number().int().positive(), kind: z.string(), line: lineSchema }));

/** The plan a notice issues: its title, its prose in sections, and the line that names the attachment. */
export const parsedPlanSchema = z.object({
  title: paragraphSchema,
  sections: z.array(parsedSectionSchema).min(1),
  attachmentReference: paragraphSchema,
  declaredTasks: declaredTasksSchema,
});

/**
 * What the text states about itself, each where it states it; null where it
 * does not. The content step checks the manifest's claims against these.
 */
export const statedSchema = z.object({
  title: paragraphSchema,
  /** The paragraph that names the issuer, which begins with its name (e.g. the masthead 厦门市人民政府文件). */
  issuer: paragraphSchema.nullable(),
  number: paragraphSchema.nullable(),
  date: paragraphSchema.extend({ date: isoDateSchema }).nullable(),
});

/**
 * A document as every parser returns it, whatever the layout of its source:
 * the parts it has (a notice header, a plan in sections, a closing block) and
 * the part every document has, its attachment of tasks. A part the layout
 * lacks is null; nothing here names a layout.
 */
export const parsedDocumentSchema = z.object({
  stated: statedSchema,
  notice: noticeHeaderSchema.nullable(),
  plan: parsedPlanSchema.nullable(),
  attachment: parsedAttachmentSchema,
  closing: closingSchema.nullable(),
});
export type ParsedDocument = z.output<typeof parsedDocumentSchema>;

/** A paragraph in both languages that carries a date as the text states it. */
const datedParagraphSchema = bilingualParagraphSchema.extend({ date: isoDateSchema });

/** A labelled line (抄送：…) in both languages: the label and the text after the colon. */
const bilingualLabelledLineSchema = z.object({ label: bilingualSchema, text: bilingualSchema, line: lineSchema });

/** A document as the data collection carries it: each part in both languages. */
export const documentEntrySchema = z.object({
  id: slugSchema,
  /** Position on the home page and in lists. */
  order: z.number().int().positive(),
  file: z.string(),
  /** SHA-256 of the seed the records come from. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  title: bilingualSchema,
  shortTitle: bilingualSchema,
  summary: bilingualSchema,
  responsibilitySection: z.string().optional(),
  issuer: bilingualSchema.nullable(),
  number: bilingualSchema.nullable(),
  date: isoDateSchema.nullable(),
  notice: z
    .object({
      masthead: bilingualParagraphSchema,
      number: bilingualParagraphSchema,
      /** The title as printed, line by line (Chinese only: the English title is {@link title}). */
      titleLines: z.array(verbatimSchema).min(1),
      titleLine: lineSchema,
      addressee: bilingualParagraphSchema,
      publicity: bilingualParagraphSchema,
    })
    .nullable(),
  /** The plan inside a notice: its title (e.g. 厦门市服务业扩大开放综合试点实施方案), the line that names the attachment, the counts it declares. */
  plan: z.object({ title: bilingualParagraphSchema, attachmentReference: bilingualParagraphSchema, declaredTasks: declaredTasksSchema }).nullable(),
  attachment: z.object({
    label: bilingualSchema,
    title: bilingualParagraphSchema,
    columns: z.array(z.object({ field: columnFieldSchema, heading: bilingualSchema })),
  }),
  closing: z
    .object({
      relatedUnits: bilingualLabelledLineSchema.extend({ names: z.array(z.string().min(1)).min(1) }),
      copyTo: bilingualLabelledLineSchema,
      issuingOffice: bilingualParagraphSchema,
      printed: datedParagraphSchema,
    })
    .nullable(),
  /** The names under 有关单位, in order, resolved against the registry. */
  relatedUnits: z.array(agencyRefSchema),
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
