/** A glossary term as the search page knows it: its names (Chinese, English), its label, and `id` the address of its entry. */
export interface GlossaryTermName {
  id: string;
  /** Its names: Chinese, English. */
  names: string[];
  /** The name in the page's language. */
  label: string;
}

/** Folds case and width so that ＳＡＦＥ, safe and SAFE compare equal. */
const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Whether a query names a glossary term: the whole query is part of one of its
 * names (外汇 → 外汇收支), or one of its names is part of the query.
 * Latin queries must match whole words, so "tax" does not match "taxi"; one
 * or two Latin letters match nothing.
 *
 * @example queryNames('外汇', ['外汇收支']) // → true
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

/** A glossary term a search found: its label and the address of its entry. */
export interface GlossaryMatch {
  title: string;
  url: string;
}

/**
 * The glossary terms a query names, by the rule that finds a body by its
 * name once did: the query is part of a term, or a term part
 * of the query, whole words in Latin letters. At most `limit`.
 *
 * @example glossaryMatches('外汇收支', [{ id: '/zh/glossary/#外汇', names: ['外汇', 'foreign exchange'], label: '外汇 foreign exchange' }]) // → [{ title: '外汇 foreign exchange', url: '/zh/glossary/#外汇' }]
 */
export function glossaryMatches(query: string, terms: readonly GlossaryTermName[], limit = 3): GlossaryMatch[] {
  // The term the reader typed first; then the terms the query holds, longest
  // first; then the longer terms that hold the query, shortest first.
  const q = query.trim().toLowerCase();
  const rank = (term: GlossaryTermName) => {
    const names = term.names.map((n) => n.toLowerCase());
    if (names.includes(q)) return [0, 0];
    if (names.some((n) => q.includes(n))) return [1, -term.names[0]!.length];
    return [2, term.names[0]!.length];
  };
  return terms
    .filter((term) => queryNames(query, term.names))
    .map((term) => ({ term, rank: rank(term) }))
    .sort((a, b) => a.rank[0]! - b.rank[0]! || a.rank[1]! - b.rank[1]!)
    .map(({ term }) => term)
    .slice(0, limit)
    .map((term) => ({ title: term.label, url: term.id }));
}

/**
 * Shows the glossary entries a search found above its task results, as
 * links to the glossary page after a label that ends with its colon
 * ("Glossary: 外汇 foreign exchange"), or hides the line when there are none.
 */
export function showGlossaryMatches(target: HTMLElement, matches: GlossaryMatch[], label: string): void {
  target.replaceChildren();
  target.hidden = matches.length === 0;
  if (matches.length === 0) return;
  target.append(label);
  matches.forEach((match, i) => {
    if (i > 0) target.append(' · ');
    const link = document.createElement('a');
    link.href = match.url;
    link.textContent = match.title;
    target.append(link);
  });
}
