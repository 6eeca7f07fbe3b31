import type { AgencyRef, Registry } from '../schema/agency.ts';
import { SourceError, quoteSource } from '../text/source-error.ts';

/** Looks names up in the registry; built once per registry. */
export interface NameIndex {
  /** Resolves one name as written, or throws naming the seed file and line. */
  resolve(name: string, file: string, line: number): AgencyRef;
}

/**
 * Indexes every name the registry knows: each body's spellings, and the
 * generic references that name no body.
 *
 * @example
 * registryToNameIndex(registry).resolve('市商务局', 'seeds/000.txt', 64)
 * // → { name: { zh: '市商务局', en: 'Xiamen Municipal Bureau of Commerce' }, agency: 'xiamen-municipal-bureau-of-commerce' }
 * registryToNameIndex(registry).resolve('有关部门', 'seeds/000.txt', 189)
 * // → { name: { zh: '有关部门', en: 'the relevant departments' }, agency: null }
 */
export function registryToNameIndex(registry: Registry, registryFile = 'content/agencies.yaml'): NameIndex {
  const byName = new Map<string, AgencyRef>();
  for (const agency of registry.agencies) for (const name of agency.names) byName.set(name, { name: { zh: name, en: agency.en }, agency: agency.id });
  for (const ref of registry.generic) byName.set(ref.text, { name: { zh: ref.text, en: ref.en }, agency: null });
  return {
    resolve(name, file, line) {
      const ref = byName.get(name);
      if (ref === undefined) {
        throw new SourceError(file, line, `a body listed in ${registryFile}, or a generic reference such as 有关部门`, quoteSource(name));
      }
      return ref;
    },
  };
}
