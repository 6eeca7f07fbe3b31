import { z } from 'zod';
import { isoDateSchema, langSchema } from './common.ts';

/**
 * What a citation of a page says, once: the one record from which the page's
 * GB/T 7714-2015 and English citations and its CSL-JSON, BibTeX and RIS
 * downloads are all written (src/lib/text/citation.ts,
 * src/lib/site/citation-files.ts). Only what the text states: no author,
 * number or date where the document states none.
 */
export const citableSchema = z.strictObject({
  /** `{page id}-{lang}`: the task's or document's id and the page's language. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  lang: langSchema,
  /** The issuer, as the text states it, in the page's language; null where it states none. */
  author: z.string().min(1).nullable(),
  /** The document's title in the page's language. */
  title: z.string().min(1),
  /** The document number as the text states it, in the page's language; null where it states none. */
  number: z.string().min(1).nullable(),
  /** Where the page's text stands in the document (附件 第12项 / Attachment, item 12); null for the whole document. */
  locator: z.string().min(1).nullable(),
  /** The document's date as the text states it; null where it states none. */
  issued: isoDateSchema.nullable(),
  /** The date the page was consulted (see docs/publishing.md: a fixed date of the data, filled in with today's on the page). */
  accessed: isoDateSchema,
  /** The site's name in the page's language. */
  site: z.string().min(1),
  /** Who publishes the site; null while content/site.yaml holds a placeholder. */
  publisher: z.string().min(1).nullable(),
  /** What kind of text a translation's page is (Unofficial English translation); null for the original. */
  genre: z.string().min(1).nullable(),
  /** What a reader must know with it: which text is authoritative. */
  note: z.string().min(1),
  url: z.url(),
});
export type Citable = z.output<typeof citableSchema>;

const dateParts = z.strictObject({ 'date-parts': z.array(z.array(z.number().int())).length(1) });

/** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), with the variables this site writes. */
export const cslItemSchema = z.strictObject({
  id: z.string(),
  type: z.literal('webpage'),
  title: z.string(),
  author: z.array(z.strictObject({ literal: z.string() })).optional(),
  number: z.string().optional(),
  section: z.string().optional(),
  issued: dateParts.optional(),
  accessed: dateParts,
  'container-title': z.string(),
  publisher: z.string().optional(),
  genre: z.string().optional(),
  note: z.string(),
  language: z.string(),
  URL: z.url(),
});
export type CslItem = z.output<typeof cslItemSchema>;
