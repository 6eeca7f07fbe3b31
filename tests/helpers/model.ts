import { parse as parseMeasuresTable } from '../../src/lib/parse/formats/measures-table.ts';
import { parse as parseNoticeFormat } from '../../src/lib/parse/formats/notice.ts';
import type { ParseOptions } from '../../src/lib/parse/source-lines.ts';
import type { ParsedDocument, ParsedItemsPart, ParsedSection, Passage } from '../../src/lib/schema/document.ts';

/** The parsers the manifest uses, as the content step loads them. */
export const parseNotice = (text: string, file: string, options: ParseOptions = {}) => parseNoticeFormat(text, file, options);
export const parseTable = (text: string, file: string, options: ParseOptions = {}) => parseMeasuresTable(text, file, options);

/** The passage of a role, wherever it stands in the document. */
export function passage(document: ParsedDocument, role: string): Passage | undefined {
  for (const part of document.parts) for (const block of part.blocks) if (block.kind === 'passage' && block.role === role) return block;
  return undefined;
}

/** Every section of prose, in reading order. */
export const sectionsOf = (document: ParsedDocument): ParsedSection[] =>
  document.parts.flatMap((part) => (part.kind === 'text' ? part.blocks.filter((b): b is ParsedSection => b.kind === 'section') : []));

/** The document's lists of items, in order. */
export const listsOf = (document: ParsedDocument): ParsedItemsPart[] => document.parts.flatMap((part) => (part.kind === 'items' ? [part] : []));

/** The document's first (or only) list of items. */
export function listOf(document: ParsedDocument): ParsedItemsPart {
  const [list] = listsOf(document);
  if (!list) throw new Error('tests: the document has no list of items');
  return list;
}
