import type { ParsedDocument } from '../schema/document.ts';
import type { ParseOptions } from './source-lines.ts';

/**
 * A parser: a seed's text in, the document model out (see
 * parsedDocumentSchema). Pure; throws a SourceError at the line of any fault.
 *
 * Each layout's parser is a module of its own, `src/lib/parse/formats/{format}.ts`,
 * that exports it as `parse`; the manifest names the format of each seed, and
 * the content step loads the parsers of the formats the manifest uses and no
 * other. Adding a layout is adding one such file: nothing else reads a
 * format's name.
 */
export type DocumentParser = (text: string, file: string, options: ParseOptions) => ParsedDocument;

/** What a parser module exports. */
export interface ParserModule {
  parse: DocumentParser;
}
