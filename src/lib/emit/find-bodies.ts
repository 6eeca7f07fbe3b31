import type { RegistryAgency } from '../schema/agency.ts';
import { LANGUAGES, type Lang } from '../schema/languages.ts';
import { earliestLongest, type BodyMark } from './marks.ts';
import { occurrencesOf } from '../text/occurrences.ts';

/** What {@link findBodies} needs of the registry (content/agencies.yaml). */
export interface BodyRegistry {
  agencies: readonly Pick<RegistryAgency, 'id' | 'names' | 'en'>[];
}

/**
 * The names of bodies in a paragraph, as body marks that link to the body's
 * page. Generic references (有关部门) name no body and are not marked.
 *
 * - Chinese: every occurrence of any of a body's `names`, as the documents
 *   write them.
 * - English: every occurrence of a body's `en`, as whole words and with its
 *   case, since it is a proper name. An English name that two entries share
 *   is not marked: it could not say which body it means.
 *
 * Where names overlap, the earliest wins, then the longest
 * (`earliestLongest`): 人民银行厦门市分行, not the 人民银行 inside it.
 *
 * @example
 * findBodies('由市商务局牵头', 'zh', { agencies: [{ id: 'xiamen-municipal-bureau-of-commerce', names: ['市商务局'], en: 'Xiamen Municipal Bureau of Commerce' }] })
 * // → [{ kind: 'body', start: 1, end: 5, agency: 'xiamen-municipal-bureau-of-commerce' }]
 */
export function findBodies(text: string, lang: Lang, registry: BodyRegistry): BodyMark[] {
  const mark = (agency: string, [start, end]: [number, number]): BodyMark => ({ kind: 'body', start, end, agency });
  // The original names a body as the documents write it; a translation by its English name.
  if (LANGUAGES[lang].original) {
    return earliestLongest(
      registry.agencies.flatMap((agency) => agency.names.flatMap((name) => occurrencesOf(text, name).map((span) => mark(agency.id, span)))),
    );
  }
  const owners = new Map<string, string[]>();
  for (const agency of registry.agencies) owners.set(agency.en, [...(owners.get(agency.en) ?? []), agency.id]);
  return earliestLongest(
    [...owners].flatMap(([name, ids]) => (ids.length === 1 ? occurrencesOf(text, name, { wholeWords: true }).map((span) => mark(ids[0]!, span)) : [])),
  );
}
