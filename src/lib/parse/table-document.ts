import { parsedDocumentSchema, type ParsedDocument, type ParsedItemsPart, type Passage } from '../schema/document.ts';
import type { Paragraph } from '../schema/common.ts';
import { checkRecords } from './check-records.ts';

/**
 * The document a list of items makes when it is the whole text: its label
 * (附件) and title as the front matter, then the list itself, and nothing
 * stated about itself but its title. The last step of the parsers of such
 * layouts: checked against the schema, a fault reported at its line.
 */
export function tableToDocument(
  label: Paragraph,
  title: Paragraph,
  items: Omit<ParsedItemsPart, 'kind' | 'key' | 'role' | 'blocks'>,
  file: string,
): ParsedDocument {
  const passage = (role: string, p: Paragraph): Passage => ({ kind: 'passage', role, text: p.text, line: p.line });
  const document: ParsedDocument = {
    stated: { title, issuer: null, number: null, date: null },
    parts: [
      { kind: 'text', key: 'front', role: 'front-matter', blocks: [passage('label', label), passage('title', title)] },
      { kind: 'items', key: 'attachment', role: 'attachment', blocks: [], ...items },
    ],
  };
  return checkRecords(parsedDocumentSchema, document, file);
}
