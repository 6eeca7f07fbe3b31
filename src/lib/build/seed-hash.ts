import { createHash } from 'node:crypto';
import { textToNormalForm } from '../text/normal-form.ts';
import { SourceError } from '../text/source-error.ts';
import type { Seed } from './manifest-claims.ts';

/**
 * The SHA-256 of a seed's text as served (see {@link textToNormalForm}), encoded as
 * UTF-8: the hash the manifest pins, and the one the site publishes. Any
 * change but the harmless ones, visible or not, gives another hash. For a
 * seed already in that form this is `sha256sum` of the file.
 *
 * @example seedTextToSha256('附件\r\n') === seedTextToSha256('\uFEFF附件  \n') // → true
 */
export function seedTextToSha256(text: string): string {
  return createHash('sha256').update(textToNormalForm(text), 'utf8').digest('hex');
}

/**
 * Refuses a seed whose text is not the one the manifest pins: the hash is
 * computed from the text read, never taken on the manifest's word.
 *
 * @param manifestLine the line of the seed's `sha256` in the manifest, for the message
 */
export function checkSeedHash(seed: Seed, manifestFile: string, manifestLine: number): void {
  const actual = seedTextToSha256(seed.text);
  if (actual !== seed.entry.sha256) {
    throw new SourceError(
      manifestFile,
      manifestLine,
      `sha256 ${seed.entry.sha256}, the hash of ${seed.path} as a person verified it`,
      `${actual}: the text has changed since; if the change is meant, record the new hash here`,
    );
  }
}
