import { parsedDocumentSchema, type ParsedAttachment, type ParsedDocument } from '../schema/document.ts';
import { checkRecords } from './check-records.ts';

/**
 * The document a table makes when it is the whole text: no notice, plan or
 * closing block, and nothing stated about itself but its title. The last
 * step of the parsers of such layouts (measures-table.ts, lead-table.ts):
 * checked against the schema, a fault reported at its line.
 */
export function tableToDocument(table: ParsedAttachment, file: string): ParsedDocument {
  const document: ParsedDocument = {
    stated: { title: table.title, issuer: null, number: null, date: null },
    notice: null,
    plan: null,
    attachment: table,
    closing: null,
  };
  return checkRecords(parsedDocumentSchema, document, file);
}
