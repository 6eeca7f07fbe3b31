import { z } from 'zod';
import { bilingualSchema, langSchema, slugSchema } from './common.ts';
import { LANGUAGES } from './languages.ts';
import { ROLES, type Role } from './roles.ts';

export { ROLES, type Role };

/**
 * Where a body sits. Xiamen offices of national bodies (customs, the central
 * bank's branch, the financial regulators) are neither national nor municipal,
 * and readers need to know which one they are writing to.
 */
export const AGENCY_LEVELS = ['national', 'xiamen-municipal', 'xiamen-office-of-national', 'other'] as const;
export const agencyLevelSchema = z.enum(AGENCY_LEVELS);
export type AgencyLevel = z.output<typeof agencyLevelSchema>;

/** A link between two entries that are one body under successive names, with the source that makes it certain. */
const successionSchema = z.strictObject({
  agency: slugSchema,
  source: bilingualSchema,
});

/** The kinds of other name a body goes by; see {@link aliasSchema}. */
export const ALIAS_KINDS = ['official', 'short', 'former', 'later'] as const;

const HAN = /\p{Script=Han}/u;

/**
 * Another name of the same body, which the documents do not write but readers
 * type: the full official name, an abbreviation in use, or an earlier or later
 * name where the registry has no entry of its own for it. Never a name of a
 * higher or lower body: a ministry's abbreviation is not its Xiamen office's.
 *
 * @example
 * aliasSchema.parse({ name: '中国人民银行厦门市中心支行', lang: 'zh', kind: 'official', source: '…' })
 * aliasSchema.parse({ name: 'SAFE', lang: 'en', kind: 'short', source: 'www.safe.gov.cn/en' })
 */
export const aliasSchema = z
  .strictObject({
    name: z.string().trim().min(1),
    lang: langSchema,
    /** official: the full official name; short: an official short form or an abbreviation in use; former/later: an earlier or later name of this body. */
    kind: z.enum(ALIAS_KINDS),
    /** Where the name comes from: the body's own website, a State Council list, a named document, or the source text itself. */
    source: z.string().trim().min(1),
  })
  .refine((alias) => HAN.test(alias.name) === LANGUAGES[alias.lang].original, {
    message: 'a Chinese name for lang zh, an English one (no Chinese characters) for lang en',
    path: ['name'],
  });
export type Alias = z.output<typeof aliasSchema>;

/** One real body in the hand-curated registry (`content/agencies.yaml`). */
export const registryAgencySchema = z.strictObject({
  id: slugSchema,
  /** The name as the documents write it; the first is the one shown. */
  names: z.array(z.string().min(1)).min(1),
  /** Official English name: the body's own usage where it has one. Never a comma, which would read as a list separator. */
  en: z
    .string()
    .min(1)
    .regex(/^[^,]*$/, 'an English name without a comma (a comma reads as a list separator)'),
  /** Where the English name comes from, where there is a source: the body's own website, or the State Council's list. */
  enSource: z.string().optional(),
  level: agencyLevelSchema,
  /** Why the entry says what it says, when that is not obvious. */
  note: z.string().optional(),
  /** The same body under its earlier name, and the source that makes the link certain. */
  succeeds: successionSchema.optional(),
  /** Other names of this same body, with their sources, for search; none is written in a document's cells. */
  aliases: z.array(aliasSchema).default([]),
});
export type RegistryAgency = z.output<typeof registryAgencySchema>;

/**
 * A reference in a responsibility cell that is not a body, such as 有关部门 or
 * "-". It is kept verbatim and shown as plain text, never linked.
 */
export const genericReferenceSchema = z.strictObject({
  text: z.string().min(1),
  en: z.string().min(1),
});
export type GenericReference = z.output<typeof genericReferenceSchema>;

export const registrySchema = z
  .strictObject({
    agencies: z.array(registryAgencySchema).min(1),
    generic: z.array(genericReferenceSchema),
  })
  .superRefine((registry, ctx) => {
    // Each issue names the value at fault, so the message can give its line.
    const seenIds = new Set<string>();
    const seenNames = new Map<string, string>();
    registry.agencies.forEach((agency, i) => {
      if (seenIds.has(agency.id)) ctx.addIssue({ code: 'custom', path: ['agencies', i, 'id'], message: 'an id no other entry has', input: agency.id });
      seenIds.add(agency.id);
      agency.names.forEach((name, j) => {
        const owner = seenNames.get(name);
        if (owner)
          ctx.addIssue({ code: 'custom', path: ['agencies', i, 'names', j], message: 'a name no other entry has', input: `${name}, a name of ${owner} too` });
        seenNames.set(name, agency.id);
      });
    });
    registry.generic.forEach((ref, i) => {
      const owner = seenNames.get(ref.text);
      if (owner)
        ctx.addIssue({ code: 'custom', path: ['generic', i, 'text'], message: 'a reference that names no body', input: `${ref.text}, a name of ${owner}` });
    });
    // An alias leads a search to one body: it is no entry's name, no generic reference, and no other alias.
    const generic = new Set(registry.generic.map((ref) => ref.text));
    const seenAliases = new Map<string, string>();
    registry.agencies.forEach((agency, i) => {
      agency.aliases.forEach((alias, j) => {
        const path = ['agencies', i, 'aliases', j, 'name'];
        const nameOwner = seenNames.get(alias.name);
        const aliasOwner = seenAliases.get(alias.name);
        if (nameOwner)
          ctx.addIssue({ code: 'custom', path, message: 'an alias that is not already a name in `names`', input: `${alias.name}, a name of ${nameOwner}` });
        else if (aliasOwner)
          ctx.addIssue({ code: 'custom', path, message: 'an alias listed once in the registry', input: `${alias.name}, an alias of ${aliasOwner} too` });
        else if (generic.has(alias.name)) ctx.addIssue({ code: 'custom', path, message: 'an alias that is not a generic reference', input: alias.name });
        seenAliases.set(alias.name, agency.id);
      });
    });
    const succeeded = new Set<string>();
    registry.agencies.forEach((agency, i) => {
      if (!agency.succeeds) return;
      const earlier = agency.succeeds.agency;
      const path = ['agencies', i, 'succeeds', 'agency'];
      if (!seenIds.has(earlier) || earlier === agency.id) ctx.addIssue({ code: 'custom', path, message: 'the id of another entry', input: earlier });
      if (succeeded.has(earlier)) ctx.addIssue({ code: 'custom', path, message: 'an entry no other entry succeeds', input: earlier });
      succeeded.add(earlier);
    });
  });
export type Registry = z.output<typeof registrySchema>;

export const roleSchema = z.enum(ROLES);

/**
 * A name as it stands in a cell, resolved against the registry: `agency` is the
 * registry id, or null for a generic reference that names no body.
 */
export const agencyRefSchema = z.strictObject({
  /** The Chinese exactly as the cell writes it; the English is the body's official name, or the generic reference's rendering. */
  name: bilingualSchema,
  agency: slugSchema.nullable(),
});
export type AgencyRef = z.output<typeof agencyRefSchema>;

/** An agency as the site shows it: the registry entry plus what the documents say of it. */
export const agencyEntrySchema = registryAgencySchema.extend({
  /** Position in the registry, which lists bodies in a considered order. */
  order: z.number().int().positive(),
  /** Task counts per role, over all documents. */
  counts: z.object({ lead: z.number().int(), cooperating: z.number().int(), supervising: z.number().int() }),
  /** Documents that list this body in a passage of their own (the 有关单位 of a notice's closing block). */
  listedIn: z.array(slugSchema),
  /** The entry of the same body under its later name, where one succeeds it. */
  succeededBy: successionSchema.nullable(),
});
export type AgencyEntry = z.output<typeof agencyEntrySchema>;
