import { z } from 'zod';
import { agencyRefSchema } from './agency.ts';
import { parsedCategorySchema } from './category.ts';
import { bilingualSchema, isoDateSchema, lineSchema, ordinalSchema, paragraphSchema, slugSchema, verbatimSchema } from './common.ts';
import { publicationSchema } from './publishing.ts';
import { sectionKeySchema } from './section.ts';
import { parsedTaskSchema } from './task.ts';

/**
 * The document model. Every parser, whatever the layout of its source,
 * returns one shape: what the text states about itself, and its parts in
 * reading order. A part is front matter, prose in sections, a list of items
 * (an attachment of tasks) or back matter; none of that is schema. What a
 * piece of text *is* (a masthead, a document number, an addressee, a copy-to
 * line …) is its role: data, from an open vocabulary, which the pages look up
 * in one role → component map and render as a plain paragraph when they do
 * not know it. Only the shapes are closed: a passage, a section of prose, a
 * part of text, a part of items.
 */

/**
 * The name of a seed's layout, as the manifest gives it. Only the reading of
 * the parsers (src/scripts/inputs.ts) uses it, to load
 * `src/lib/parse/formats/{format}.ts`; nothing downstream of the parser knows
 * which layout a document had.
 */
export const formatSchema = z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, 'a format name such as notice');
export type Format = z.output<typeof formatSchema>;

/** An ISO date; defined with the other shared shapes (common.ts), and named here too for the modules that took it from here. */
export { isoDateSchema };

/**
 * What a passage or a part is, from an open vocabulary: `masthead`,
 * `number`, `title`, `addressee`, `copy-to`, `front-matter`, `attachment` …
 * Three roles have a meaning the pages rely on: `title` (the document's own
 * title: exactly one per document), `heading` (a part's own heading) and
 * `label` (what a part calls itself, such as 附件2).
 */
export const textRoleSchema = z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, 'a role: lowercase words joined by "-", such as copy-to');
export type TextRole = z.output<typeof textRoleSchema>;

/** The anchor of a part on its document's page: `notice`, `plan`, `attachment-2` … */
export const partKeySchema = slugSchema;

/**
 * What a column of a list of items holds, from an open vocabulary: `number`,
 * `category` and `text` give the item its place and words; `lead`,
 * `cooperating`, `responsibility` (lead units, then co-operating ones) and
 * `supervising` (the higher authorities) name bodies; any other field
 * (`remark`, `deadline` …) is a text of its own, translated and shown under
 * its column's heading. A page shows a field only where the document has its
 * column: what a document has no column for, it does not say.
 */
export const fieldSchema = z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, 'a field name such as remark or deadline');
export type Field = z.output<typeof fieldSchema>;

/** The fields that place an item or give its words; every other field is a cell of its own. */
export const ITEM_FIELDS = ['number', 'category', 'text'] as const;
/** The fields whose cells name bodies, and the roles each gives them. */
export const BODY_FIELDS = { lead: ['lead'], cooperating: ['cooperating'], responsibility: ['lead', 'cooperating'], supervising: ['supervising'] } as const;
export const isBodyField = (field: string): field is keyof typeof BODY_FIELDS => Object.hasOwn(BODY_FIELDS, field);
/** A field whose cell is a text of its own (a remark, a deadline): neither the item's place, nor its words, nor a list of bodies. */
export const isDetailField = (field: string) => !(ITEM_FIELDS as readonly string[]).includes(field) && !isBodyField(field);

/** Keys a role may not take, since a part's translation entries use them for its sections, columns and headings. */
const RESERVED_ROLES = new Set(['sections', 'columns', 'categories']);

/**
 * One passage of a document: a line or paragraph that plays a role of its
 * own, outside the sections of prose (a masthead, a title, a copy-to line).
 * The shape is the same for the parsed text and the site's records; only the
 * type of a text differs (the Chinese alone, or both languages).
 */
const passageShape = <T extends z.ZodType>(text: T) => ({
  kind: z.literal('passage'),
  role: textRoleSchema,
  text,
  line: lineSchema,
  /** For a labelled passage (抄送：市委各部门。): the label, before the colon; `text` is what follows it. */
  label: text.optional(),
  /** Where the printed text breaks its lines, as the extraction marks them (Chinese only): the title of a notice. */
  printedLines: z.array(verbatimSchema).min(2).optional(),
  /** The date a passage states, as an ISO date (2026年3月24日印发 → 2026-03-24). */
  date: isoDateSchema.optional(),
});

export const passageSchema = z.strictObject({
  ...passageShape(verbatimSchema),
  /** The bodies a passage lists (有关单位：…), as written, in order. */
  names: z.array(z.string().min(1)).min(1).optional(),
});
export type Passage = z.output<typeof passageSchema>;

/** A section of prose: its numbering, heading and paragraphs. Its key is unique in the document and is its anchor. */
export const parsedSectionSchema = z.strictObject({
  kind: z.literal('section'),
  key: sectionKeySchema,
  /** 0 for unnumbered prose, 1 for 一、, 2 for （一）. */
  level: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  /** The numbering exactly as written, e.g. `二、` or `（一）`; empty for unnumbered prose. */
  label: z.string(),
  heading: verbatimSchema.nullable(),
  line: lineSchema,
  paragraphs: z.array(paragraphSchema),
});
export type ParsedSection = z.output<typeof parsedSectionSchema>;

/** A column of a list of items: what it holds, and its heading as printed (wrapped cells rejoined). */
export const columnSchema = z.strictObject({ field: fieldSchema, heading: verbatimSchema });
export type Column = z.output<typeof columnSchema>;

const partShape = { key: partKeySchema, role: textRoleSchema };

/** A part of text: passages and sections of prose in reading order. */
export const parsedTextPartSchema = z.strictObject({
  kind: z.literal('text'),
  ...partShape,
  blocks: z.array(z.discriminatedUnion('kind', [passageSchema, parsedSectionSchema])).min(1),
});

/** A part of items: an attachment of tasks, its own passages (label, heading), its columns, headings and items. */
export const parsedItemsPartSchema = z.strictObject({
  kind: z.literal('items'),
  ...partShape,
  blocks: z.array(passageSchema),
  columns: z.array(columnSchema).min(1),
  categories: z.array(parsedCategorySchema).min(1),
  tasks: z.array(parsedTaskSchema).min(1),
});

export const parsedPartSchema = z.discriminatedUnion('kind', [parsedTextPartSchema, parsedItemsPartSchema]);
export type ParsedPart = z.output<typeof parsedPartSchema>;
export type ParsedItemsPart = z.output<typeof parsedItemsPartSchema>;

/**
 * What the text states about itself, each where it states it; null where it
 * does not. The content step checks the manifest's claims against these.
 */
export const statedSchema = z.strictObject({
  title: paragraphSchema,
  /** The paragraph that names the issuer, which begins with its name (e.g. the masthead 厦门市人民政府文件). */
  issuer: paragraphSchema.nullable(),
  number: paragraphSchema.nullable(),
  date: paragraphSchema.extend({ date: isoDateSchema }).nullable(),
});
export type Stated = z.output<typeof statedSchema>;

type Issue = { path: PropertyKey[]; message: string; input: string };

/**
 * The rules every document keeps, whatever its layout: part keys and section
 * keys unique (they are anchors), a role at most once in a part (its
 * translation is kept under it), exactly one title, the headings numbered 1
 * to n through the document and every task under one of them, task numbers
 * unique within their list.
 */
function documentIssues(parts: readonly ParsedPart[]): Issue[] {
  const issues: Issue[] = [];
  const partKeys = new Set<string>();
  const sectionKeys = new Set<string>();
  let titles = 0;
  let ordinal = 0;
  parts.forEach((part, p) => {
    if (partKeys.has(part.key)) issues.push({ path: ['parts', p, 'key'], message: 'a part key no other part has', input: part.key });
    partKeys.add(part.key);
    const roles = new Set<string>();
    part.blocks.forEach((block, b) => {
      if (block.kind === 'section') {
        if (sectionKeys.has(block.key))
          issues.push({ path: ['parts', p, 'blocks', b, 'key'], message: 'a section key no other section has', input: block.key });
        sectionKeys.add(block.key);
        return;
      }
      if (block.role === 'title') titles += 1;
      if (roles.has(block.role) || RESERVED_ROLES.has(block.role))
        issues.push({ path: ['parts', p, 'blocks', b, 'role'], message: 'a role no other passage of the part has', input: block.role });
      roles.add(block.role);
    });
    if (part.kind !== 'items') return;
    const numbers = new Set<number>();
    const fields = new Set<string>();
    part.columns.forEach((column, c) => {
      if (fields.has(column.field)) issues.push({ path: ['parts', p, 'columns', c, 'field'], message: 'a field no other column has', input: column.field });
      fields.add(column.field);
    });
    if (!fields.has('text')) issues.push({ path: ['parts', p, 'columns'], message: 'a column holding the text of the items', input: [...fields].join(', ') });
    const own = new Set<number>();
    part.categories.forEach((category, c) => {
      ordinal += 1;
      if (category.ordinal !== ordinal)
        issues.push({ path: ['parts', p, 'categories', c, 'ordinal'], message: `heading ${ordinal} of the document`, input: String(category.ordinal) });
      own.add(category.ordinal);
    });
    part.tasks.forEach((task, t) => {
      if (numbers.has(task.number))
        issues.push({ path: ['parts', p, 'tasks', t, 'number'], message: 'a number no other item of the list has', input: String(task.number) });
      numbers.add(task.number);
      if (!own.has(task.category))
        issues.push({ path: ['parts', p, 'tasks', t, 'category'], message: 'a heading of the same list', input: String(task.category) });
    });
  });
  if (titles !== 1) issues.push({ path: ['parts'], message: 'exactly one passage with the role title', input: `${titles}` });
  if (!parts.some((part) => part.kind === 'items')) issues.push({ path: ['parts'], message: 'at least one list of items', input: 'none' });
  return issues;
}

/**
 * A document as every parser returns it: what the text states about
 * itself, and its parts in reading order.
 */
export const parsedDocumentSchema = z
  .strictObject({
    stated: statedSchema,
    parts: z.array(parsedPartSchema).min(1),
  })
  .superRefine((document, ctx) => {
    for (const issue of documentIssues(document.parts)) ctx.addIssue({ code: 'custom', ...issue });
  });
export type ParsedDocument = z.output<typeof parsedDocumentSchema>;

/** The items parts of a document, each with its position among them (1-based): the attachment number. */
export const itemsParts = (document: ParsedDocument): { part: ParsedItemsPart; attachment: number }[] =>
  document.parts.flatMap((part) => (part.kind === 'items' ? [part] : [])).map((part, i) => ({ part, attachment: i + 1 }));

// ── The site's records ──────────────────────────────────────────────────────

/** A passage in both languages; the bodies it lists resolved against the registry. */
export const passageEntrySchema = z.strictObject({
  ...passageShape(bilingualSchema),
  bodies: z.array(agencyRefSchema).min(1).optional(),
});
export type PassageEntry = z.output<typeof passageEntrySchema>;

/** A section in a part's blocks: its record is in the sections collection, under `{document}/{key}`. */
export const sectionRefSchema = z.strictObject({ kind: z.literal('section'), key: sectionKeySchema });

export const textPartEntrySchema = z.strictObject({
  kind: z.literal('text'),
  ...partShape,
  blocks: z.array(z.discriminatedUnion('kind', [passageEntrySchema, sectionRefSchema])),
});

export const itemsPartEntrySchema = z.strictObject({
  kind: z.literal('items'),
  ...partShape,
  /** Its position among the document's lists of items, from 1. */
  attachment: ordinalSchema,
  blocks: z.array(passageEntrySchema),
  columns: z.array(z.strictObject({ field: fieldSchema, heading: bilingualSchema })),
});
export type ItemsPartEntry = z.output<typeof itemsPartEntrySchema>;

export const partEntrySchema = z.discriminatedUnion('kind', [textPartEntrySchema, itemsPartEntrySchema]);
export type PartEntry = z.output<typeof partEntrySchema>;

/** The published copy of a seed: where it is served, the SHA-256 of those very bytes, and their number. */
export const sourceFileSchema = z.strictObject({
  path: z.string().regex(/^\/data\/sources\/[a-z0-9-]+\.txt$/),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().positive(),
});

/** A document as the data collection carries it: each part in both languages, with what the manifest and the editors add. */
export const documentEntrySchema = z.strictObject({
  id: slugSchema,
  /** Position on the home page and in lists. */
  order: z.number().int().positive(),
  /** The seed's file name under seeds/. */
  file: z.string(),
  /** The original text as the site serves it. */
  source: sourceFileSchema,
  /** The document's title, as the text states it. */
  title: bilingualSchema,
  shortTitle: bilingualSchema,
  summary: bilingualSchema,
  /** For a document whose tasks name no body: the key of the section that says how responsibility is assigned. */
  responsibilitySection: sectionKeySchema.optional(),
  /** The date a person last checked the site's text against its source (content/documents.yaml). */
  checked: isoDateSchema,
  /** Where the official text was published, where known; null where it is not. */
  publication: publicationSchema.nullable(),
  /** Issuer, number and date, where the text states them (the manifest's claims, checked against it). */
  issuer: bilingualSchema.nullable(),
  number: bilingualSchema.nullable(),
  date: isoDateSchema.nullable(),
  parts: z.array(partEntrySchema).min(1),
  counts: z.strictObject({
    tasks: z.number().int().positive(),
    categories: z.number().int().positive(),
    /** Distinct registry bodies the document's tasks name, in any role. */
    agencies: z.number().int().nonnegative(),
    /** Distinct registry bodies its passages list (有关单位). */
    listed: z.number().int().nonnegative(),
  }),
});
export type DocumentEntry = z.output<typeof documentEntrySchema>;
