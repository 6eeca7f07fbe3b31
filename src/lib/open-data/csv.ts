import { stringify } from 'csv-stringify/sync';
import type { OpenData } from './records.ts';
import type { Table } from './tables.ts';

/**
 * What a spreadsheet reads as the start of a formula: `=`, `+`, `-`, `@`, a tab
 * or a line break (OWASP's list for CSV injection), and the full-width forms
 * of the four signs, which Chinese input methods type.
 */
const FORMULA_START = /^[=+\-@\t\r\n＝＋－＠]/;

/**
 * Neutralises a cell that a spreadsheet would run as a formula, as OWASP
 * recommends for CSV files: a single quote before it, so Excel and its peers
 * show it as text (the quote itself is not shown). Every other cell is left
 * exactly as it is. Only the CSV files do this; the JSON files carry the text
 * verbatim.
 *
 * @example csvCell('=HYPERLINK("http://x")') // → '\'=HYPERLINK("http://x")'
 * @example csvCell('-') // → "'-"
 * @example csvCell('市商务局') // → '市商务局'
 */
export function csvCell(value: string | number): string | number {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * Writes a table as CSV: UTF-8 with a byte-order mark, so that Excel opens
 * the Chinese correctly; a header row of the field names; CRLF line endings
 * as RFC 4180 has them; every value quoted where it needs to be, and every
 * neutralised cell ({@link csvCell}) quoted as well, as OWASP recommends.
 */
export function tableToCsv<Row>(table: Table<Row>, data: OpenData): string {
  const rows = table.rows(data).map((row) => table.fields.map((field) => csvCell(field.value(row))));
  return stringify([table.fields.map((field) => field.name), ...rows], { bom: true, record_delimiter: 'windows', quoted_match: /^'[=+\-@\t\r\n＝＋－＠]/ });
}
