import { createHash } from 'node:crypto';
import { SourceError } from '../text/source-error.ts';
import type { Seed } from './manifest-claims.ts';

/**
 * The SHA-256 the manifest pins for a seed (`textSha256`): the hash of its text after the
 * harmless normalisations every parser applies anyway (a byte-order mark
 * dropped, CRLF and CR line ends made LF, spaces at the end of a line
 * dropped), encoded as UTF-8. A copy that picked up only those changes has
 * the same hash, and gives the same site; any other change, visible or not,
 * gives another hash.
 *
 * For a seed already in that form (no BOM, LF, no trailing space) this is
 * `sha256sum` of the file.
 *
 * @example seedTextToSha256('附件\r\n') === seedTextToSha256('\uFEFF附件  \n') // → true
 */
export function seedTextToSha256(text: string): string {
  const normal = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/ +$/, ''))
    .join('\n');
  return createHash('sha256').update(normal, 'utf8').digest('hex');
}

/**
 * Refuses a seed whose text is not the one the manifest pins: the hash is
 * computed from the text read, never taken on the manifest's word.
 *
 * @param manifestLine the line of the seed's `textSha256` in the manifest, for the message
 */
export function checkSeedHash(seed: Seed, manifestFile: string, manifestLine: number): void {
  const actual = seedTextToSha256(seed.text);
  if (actual !== seed.entry.textSha256) {
    throw new SourceError(
      manifestFile,
      manifestLine,
      `textSha256 ${seed.entry.textSha256}, the hash of the text of ${seed.path} as a person verified it`,
      `${actual}: the text has changed since; if the change is meant, record the new hash here`,
    );
  }
}
