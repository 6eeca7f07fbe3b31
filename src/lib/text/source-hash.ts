import { createHash } from 'node:crypto';

/**
 * The fingerprint a translation keeps of the Chinese it translates: the first
 * 16 hex digits of its SHA-256.
 *
 * @example sourceHash('完善服务贸易重点企业联系制度。') // → 16 hex digits, the same every time
 */
export function sourceHash(zh: string): string {
  return createHash('sha256').update(zh, 'utf8').digest('hex').slice(0, 16);
}
