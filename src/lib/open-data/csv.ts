import { stringify } from 'csv-stringify/sync';
import type { OpenData } from './records.ts';
import type { Table } from './tables.ts';

/**
 * Writes a table as CSV: UTF-8 with a byte-order mark, so that Excel opens
 * the Chinese correctly; a header row of the field names; CRLF line endings
 * as RFC 4180 has them; every value quoted where it needs to be.
 */
export function tableToCsv<Row>(table: Table<Row>, data: OpenData): string {
  const rows = table.rows(data).map((row) => table.fields.map((field) => field.value(row)));
  return stringify([table.fields.map((field) => field.name), ...rows], { bom: true, record_delimiter: 'windows' });
}
