import { ROLES, type Role } from '../schema/roles.ts';

/** A body the search page can match by name: its names in both languages, and the one to show. */
export interface AgencyName {
  id: string;
  /** Every name the registry knows for the body, Chinese and English. */
  names: string[];
  /** The name in the page's language. */
  label: string;
}

/** A named thing a query matched through its name rather than a task's own words. */
export interface FacetMatch {
  /** The Pagefind filter that lists its tasks, e.g. `agency` or `category`. */
  filter: 'agency' | 'category';
  id: string;
  label: string;
}

/** Folds case and width so that ＳＡＦＥ, safe and SAFE compare equal. */
const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Whether a query names something: the whole query is part of one of its
 * names (外汇 → 外汇局厦门市分局), or one of its names is part of the query.
 * Latin queries must match whole words, so "tax" does not match "taxi"; one
 * or two Latin letters match nothing.
 *
 * @example queryNames('外汇', ['外汇局厦门市分局']) // → true
 * @example queryNames('commerce', ['Xiamen Municipal Bureau of Commerce']) // → true
 * @example queryNames('com', ['Xiamen Municipal Bureau of Commerce']) // → false
 */
export function queryNames(query: string, names: readonly string[]): boolean {
  const q = fold(query);
  if (!q) return false;
  const latin = /^[\p{Script=Latin}\d\s.&'-]+$/u.test(q);
  if (latin && q.replace(/\s/g, '').length < 3) return false;
  if (!latin && Array.from(q).length < 2) return false;
  return names.some((name) => {
    const n = fold(name);
    if (!latin) return n.includes(q) || (Array.from(n).length >= 2 && q.includes(n));
    return new RegExp(`(^|[^\\p{L}\\d])${q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\d])`, 'u').test(n);
  });
}

/**
 * The bodies and categories a query names. A task found only through one of
 * them is listed after every task whose own words hold the query, with a
 * labelled line that says why it was found.
 *
 * @example
 * queryToFacets('外汇局', [{ id: 'safe-xiamen-branch', names: ['外汇局厦门市分局'], label: '外汇局厦门市分局' }], [])
 * // → [{ filter: 'agency', id: 'safe-xiamen-branch', label: '外汇局厦门市分局' }]
 */
export function queryToFacets(query: string, agencies: readonly AgencyName[], categories: readonly AgencyName[]): FacetMatch[] {
  return [
    ...agencies.filter((a) => queryNames(query, a.names)).map((a) => ({ filter: 'agency' as const, id: a.id, label: a.label })),
    ...categories.filter((c) => queryNames(query, c.names)).map((c) => ({ filter: 'category' as const, id: c.id, label: c.label })),
  ];
}

/**
 * The roles in which a task names a body, from the task's Pagefind filters.
 *
 * @example rolesOf({ lead: ['safe-xiamen-branch'], cooperating: [] }, 'safe-xiamen-branch') // → ['lead']
 */
export function rolesOf(filters: Record<string, string[] | undefined>, agency: string): Role[] {
  return ROLES.filter((role) => filters[role]?.includes(agency));
}
