import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentEntry } from '../schema/document.ts';

/** The published copy of a seed: where it is served, its bytes and their SHA-256. */
export interface SourceFile {
  path: string;
  bytes: Uint8Array;
  sha256: string;
  size: number;
}

/**
 * Where the original text of a document is served, byte for byte as the
 * site was built from it.
 *
 * @example sourcePath('services-opening') // → '/data/sources/services-opening.txt'
 */
export const sourcePath = (document: string) => `/data/sources/${document}.txt`;

const cache = new Map<string, SourceFile>();

/**
 * The original text of a document as published: the seed file's own bytes,
 * and a SHA-256 computed from those bytes here (never copied from a claim),
 * so a reader who downloads the file and hashes it gets the same value.
 */
export function documentToSourceFile(document: Pick<DocumentEntry, 'id' | 'file'>, root = process.cwd()): SourceFile {
  let source = cache.get(document.id);
  if (!source) {
    const bytes = readFileSync(join(root, 'seeds', document.file));
    source = { path: sourcePath(document.id), bytes, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.byteLength };
    cache.set(document.id, source);
  }
  return source;
}
