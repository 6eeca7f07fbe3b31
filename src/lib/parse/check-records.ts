import type { z } from 'zod';
import { SourceError } from '../text/source-error.ts';

/** The line of the record nearest to a path in the parse result, or 1. */
function lineAt(value: unknown, path: readonly PropertyKey[]): number {
  let line = 1;
  let node = value;
  for (const key of path) {
    if (node !== null && typeof node === 'object') {
      const candidate = (node as { line?: unknown }).line;
      if (typeof candidate === 'number') line = candidate;
      node = (node as Record<PropertyKey, unknown>)[key];
    }
  }
  if (node !== null && typeof node === 'object' && typeof (node as { line?: unknown }).line === 'number') line = (node as { line: number }).line;
  return line;
}

/**
 * The last step of every parser: the records must match their schema. The
 * parsers check what they read as they read it; this catches whatever a
 * malformed text might still slip past them, and reports it as a SourceError
 * at the line of the record concerned, never as a crash.
 */
export function checkRecords<T extends z.ZodType>(schema: T, records: z.output<T>, file: string): z.output<T> {
  const result = schema.safeParse(records);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.join('.') || 'the top';
  throw new SourceError(file, lineAt(records, issue?.path ?? []), `${where} to be valid (${issue?.message ?? 'schema'})`);
}
