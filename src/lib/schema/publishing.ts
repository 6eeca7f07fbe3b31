import { z } from 'zod';
import { bilingualSchema, isoDateSchema, ordinalSchema, slugSchema } from './common.ts';
import { sectionKeySchema } from './section.ts';
import { taskKeySchema } from './task.ts';

/**
 * Who stands behind the site and how current its texts are: the publisher,
 * its contact and error-report channels (content/site.yaml), and the change
 * log of the texts and the translation (content/changes.yaml).
 */

/**
 * A date in a curated YAML file: YAML reads an unquoted 2026-11-29 as a
 * timestamp, so that is taken back to the date it wrote; anything else must
 * be an ISO date as text.
 */
export const curatedDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  isoDateSchema,
);

const webUrlSchema = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

/**
 * A value that is not known yet, marked as such: `placeholder: true` and
 * nothing else. A local build shows it as a placeholder that says it is one;
 * a deployment build stops on it (src/lib/site/publisher.ts). No value is
 * ever invented to fill the gap.
 */
const placeholderShape = { placeholder: z.literal(true).optional() };

type Issue = { code: 'custom'; path: PropertyKey[]; message: string; input: string };

/** A placeholder holds nothing else; a real value holds what `required` names. */
function placeholderOr<T extends { placeholder?: true }>(required: string, isComplete: (value: T) => boolean) {
  return (value: T, ctx: { addIssue: (issue: Issue) => void }) => {
    const keys = Object.keys(value).filter((key) => key !== 'placeholder');
    if (value.placeholder && keys.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: [keys[0] as string],
        message: 'nothing beside `placeholder: true` (a value is either known or a placeholder)',
        input: `the key ${keys[0]}`,
      });
    if (!value.placeholder && !isComplete(value))
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: `${required}, or \`placeholder: true\` while it is not known`,
        input: keys.length ? `only ${keys.join(', ')}` : 'nothing',
      });
  };
}

/** Who publishes the site: a body's name in both languages and, optionally, its website. */
export const publisherSchema = z
  .strictObject({ ...placeholderShape, name: bilingualSchema.optional(), url: webUrlSchema.optional() })
  .superRefine(placeholderOr('the publisher\u2019s name in both languages (name.zh, name.en)', (v) => v.name !== undefined));

/** A way to reach a person: an e-mail address, a web form or page, or both. */
export const channelSchema = z
  .strictObject({ ...placeholderShape, email: z.email().optional(), url: webUrlSchema.optional() })
  .superRefine(placeholderOr('an email or a url', (v) => v.email !== undefined || v.url !== undefined));
export type Channel = z.output<typeof channelSchema>;

/** content/site.yaml: who publishes the site, how to reach them, and where to report an error in a text. */
export const siteFileSchema = z.strictObject({
  publisher: publisherSchema,
  contact: channelSchema,
  errorReports: channelSchema,
});
export type SiteFile = z.output<typeof siteFileSchema>;

/**
 * Where a document's official text was published, where known: its address
 * (URL) or the channel (a gazette, a government website) in both languages.
 * Null in content/documents.yaml where it is not known; the pages then say
 * "not stated".
 */
export const publicationSchema = z
  .strictObject({ url: webUrlSchema.optional(), channel: bilingualSchema.optional() })
  .refine((p) => p.url !== undefined || p.channel !== undefined, 'a url or a channel (or null where neither is known)');
export type Publication = z.output<typeof publicationSchema>;

// ── The change log ──────────────────────────────────────────────────────────

/** What a change is to: the source texts as the site reproduces them, the translation, or both at first publication. */
export const CHANGE_KINDS = ['publication', 'text', 'translation'] as const;
export const changeKindSchema = z.enum(CHANGE_KINDS);
export type ChangeKind = z.output<typeof changeKindSchema>;

const semverSchema = z.string().regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, 'a version such as 1.2.0');

/** The parts of one document a change touched: all of it, or the tasks, sections, headings and other parts named. */
export const changeScopeSchema = z
  .strictObject({
    document: slugSchema,
    /** Every text of the document (its first publication). */
    whole: z.literal(true).optional(),
    tasks: z
      .array(z.union([z.number().int().positive().transform(String), taskKeySchema]))
      .min(1)
      .optional(),
    /** By key (`preamble`, `2-1`; a top-level section's key, 4, may be written as a number). */
    sections: z
      .array(z.union([z.number().int().positive().transform(String), sectionKeySchema]))
      .min(1)
      .optional(),
    /** Headings (categories) of its lists of items, by ordinal. */
    categories: z.array(ordinalSchema).min(1).optional(),
    /** Parts outside sections and items whose passages changed (the front matter, the closing block). */
    parts: z.array(slugSchema).min(1).optional(),
  })
  .refine(
    (s) =>
      s.whole
        ? [s.tasks, s.sections, s.categories, s.parts].every((l) => l === undefined)
        : [s.tasks, s.sections, s.categories, s.parts].some((l) => l !== undefined),
    {
      message: '`whole: true`, or the tasks, sections, categories or parts it changed (not both)',
    },
  );
export type ChangeScope = z.output<typeof changeScopeSchema>;

/** One dated change, as content/changes.yaml records it. */
export const changeSchema = z.strictObject({
  /** Stable: the anchor of the change on the changes page and part of its feed entries' ids. */
  id: slugSchema,
  date: curatedDateSchema,
  /** The version of the texts (and of the data package) this change made. */
  version: semverSchema,
  kind: changeKindSchema,
  title: bilingualSchema,
  summary: bilingualSchema,
  affects: z.array(changeScopeSchema).min(1),
});
export type Change = z.output<typeof changeSchema>;

const versionParts = (v: string) => v.split('.').map(Number) as [number, number, number];
const newer = (a: string, b: string) => {
  const [x, y] = [versionParts(a), versionParts(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

/** content/changes.yaml: newest first; ids unique; dates never rising and versions always falling down the file. */
export const changeLogSchema = z
  .array(changeSchema)
  .min(1)
  .superRefine((changes, ctx) => {
    const ids = new Set<string>();
    changes.forEach((change, i) => {
      if (ids.has(change.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'an id no other change has', input: change.id });
      ids.add(change.id);
      const before = changes[i - 1];
      if (!before) return;
      if (change.date > before.date)
        ctx.addIssue({ code: 'custom', path: [i, 'date'], message: `a date no later than ${before.date} (newest first)`, input: change.date });
      if (newer(change.version, before.version) >= 0)
        ctx.addIssue({ code: 'custom', path: [i, 'version'], message: `a version below ${before.version} (newest first)`, input: change.version });
    });
  });
export type ChangeLog = z.output<typeof changeLogSchema>;

// ── The records the content step writes ─────────────────────────────────────

/** A change's scope in one document, resolved against the records: the ids of everything it touched. */
export const changeScopeEntrySchema = z.strictObject({
  document: slugSchema,
  whole: z.boolean(),
  /** Task ids (`services-trade-12`): every task of the document where `whole`. */
  tasks: z.array(z.string()),
  /** Section ids (`services-opening/2-1`). */
  sections: z.array(z.string()),
  /** Category ids (`services-opening/13`). */
  categories: z.array(z.string()),
  parts: z.array(slugSchema),
});
export type ChangeScopeEntry = z.output<typeof changeScopeEntrySchema>;

/** A change as the changes collection carries it, newest first by `order`. */
export const changeEntrySchema = changeSchema.omit({ affects: true }).extend({
  order: z.number().int().positive(),
  affects: z.array(changeScopeEntrySchema).min(1),
});
export type ChangeEntry = z.output<typeof changeEntrySchema>;

/** The site file as the `site` collection carries it: one entry. */
export const siteEntrySchema = siteFileSchema.extend({ id: z.literal('site') });
export type SiteEntry = z.output<typeof siteEntrySchema>;
