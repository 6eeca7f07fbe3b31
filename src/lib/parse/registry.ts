import type { Format, ParsedDocument } from '../schema/document.ts';
import { parseLeadTable } from './lead-table.ts';
import { parseMeasuresTable } from './measures-table.ts';
import { parseNotice } from './notice.ts';
import type { ParseOptions } from './source-lines.ts';

/**
 * A parser: a seed's text in, the format-free document model out (see
 * parsedDocumentSchema). Pure; throws a SourceError at the line of any fault.
 */
export type DocumentParser = (text: string, file: string, options: ParseOptions) => ParsedDocument;

/**
 * Every layout the site can read, by the name the manifest gives it
 * (`format` in seeds/manifest.json). Adding a document in a new layout means
 * one parser and one line here; nothing else reads the name.
 */
export const PARSERS: Readonly<Record<Format, DocumentParser>> = {
  'lead-table': parseLeadTable,
  'measures-table': parseMeasuresTable,
  notice: parseNotice,
};

/** The formats the registry knows, for the manifest's error messages. */
export const FORMAT_NAMES = Object.keys(PARSERS);

/** The parser of a format, or undefined for a name the registry does not know. */
export const parserOf = (format: Format): DocumentParser | undefined => (Object.hasOwn(PARSERS, format) ? PARSERS[format] : undefined);
