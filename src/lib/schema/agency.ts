import { z } from 'zod';
import { ROLES, type Role } from './roles.ts';
import { bilingualSchema, slugSchema } from './common.ts';

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
