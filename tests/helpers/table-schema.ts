import { parse } from 'csv-parse/sync';

/**
 * A reader of a Data Package's tabular resources against their Table
 * Schemas, for the tests: Frictionless's own validator is Python (PyPI is
 * out of reach here), and its JavaScript library predates v2 and cannot read
 * a CSV that starts with a byte-order mark, which ours keep for Excel. It
 * checks what the Table Schema standard (v2) defines for the fields we use:
 * the header row equals the fields, every value is of its field's type
 * (`string`, `integer`; a missing value is one of `missingValues`), required
 * fields hold a value, the primary key is unique, and every foreign key
 * resolves to a row of the resource it references.
 */

export interface TableSchema {
  fields: { name: string; type: string; constraints?: { required?: boolean } }[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  missingValues?: string[];
}
export interface TableResource {
  name: string;
  path: string;
  type?: string;
  schema: TableSchema;
}

/** A value's conformance to a Table Schema type, as the standard's lexical forms have it. */
const TYPES: Record<string, (value: string) => boolean> = {
  string: () => true,
  integer: (value) => /^[+-]?\d+$/.test(value),
  number: (value) => /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$|^(?:NaN|INF|-INF)$/.test(value),
  boolean: (value) => ['true', 'false', 'True', 'False', 'TRUE', 'FALSE', '1', '0'].includes(value),
  date: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value),
};

/** Parses a CSV file as the descriptor says: UTF-8 (a leading byte-order mark dropped), a header row, RFC 4180 quoting. */
export function readTable(bytes: Buffer): { header: string[]; rows: string[][] } {
  const records = parse(bytes, { bom: true, relax_quotes: false, relax_column_count: false, skip_empty_lines: false }) as string[][];
  const [header = [], ...rows] = records;
  return { header, rows };
}

/** Every way the resources fail their schemas, as messages; empty if they hold. */
export function validateTables(resources: readonly TableResource[], read: (path: string) => Buffer): string[] {
  const problems: string[] = [];
  const tables = new Map(resources.map((r) => [r.name, { resource: r, ...readTable(read(r.path)) }]));
  for (const { resource, header, rows } of tables.values()) {
    const { schema } = resource;
    const names = schema.fields.map((f) => f.name);
    const missing = new Set(schema.missingValues ?? ['']);
    if (JSON.stringify(header) !== JSON.stringify(names))
      problems.push(`${resource.path}: header ${JSON.stringify(header)} is not the fields ${JSON.stringify(names)}`);
    const column = (name: string) => names.indexOf(name);
    rows.forEach((row, r) => {
      schema.fields.forEach((field, f) => {
        const value = row[f] ?? '';
        const where = `${resource.path}:${r + 2} ${field.name}`;
        if (missing.has(value)) {
          if (field.constraints?.required) problems.push(`${where}: required, but missing`);
          return;
        }
        const check = TYPES[field.type];
        if (!check) problems.push(`${where}: a type this reader does not know, ${field.type}`);
        else if (!check(value)) problems.push(`${where}: ${JSON.stringify(value)} is not of type ${field.type}`);
      });
    });
    const key = (row: string[], fields: string[]) => JSON.stringify(fields.map((name) => row[column(name)]));
    if (schema.primaryKey) {
      const seen = new Set<string>();
      rows.forEach((row, r) => {
        const k = key(row, schema.primaryKey as string[]);
        if (seen.has(k)) problems.push(`${resource.path}:${r + 2}: primary key ${k} is not unique`);
        seen.add(k);
      });
    }
    for (const fk of schema.foreignKeys ?? []) {
      const target = fk.reference.resource === '' ? tables.get(resource.name) : tables.get(fk.reference.resource);
      if (!target) {
        problems.push(`${resource.path}: foreign key to a resource the package does not have, ${fk.reference.resource}`);
        continue;
      }
      const targetColumn = (name: string) => target.header.indexOf(name);
      const keys = new Set(target.rows.map((row) => JSON.stringify(fk.reference.fields.map((name) => row[targetColumn(name)]))));
      rows.forEach((row, r) => {
        const k = key(row, fk.fields);
        // A foreign key whose fields are all missing refers to nothing, which the standard allows.
        if (fk.fields.every((name) => missing.has(row[column(name)] ?? ''))) return;
        if (!keys.has(k)) problems.push(`${resource.path}:${r + 2}: foreign key ${k} is not a row of ${target.resource.path}`);
      });
    }
  }
  return problems;
}
