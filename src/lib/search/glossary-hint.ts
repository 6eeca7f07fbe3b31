import { queryNames, type AgencyName } from './facets.ts';

/** A glossary term as the search page knows it: its names (Chinese, English), its label, and `id` the address of its entry. */
export type GlossaryTermName = AgencyName;

/** A glossary term a search found: its label and the address of its entry. */
export interface GlossaryMatch {
  title: string;
  url: string;
}

/**
 * The glossary terms a query names, by the rule that finds a body by its
 * name (src/lib/search/facets.ts): the query is part of a term, or a term part
 * of the query, whole words in Latin letters. Longest terms first, at most
 * `limit`.
 *
 * @example glossaryMatches('外汇收支', [{ id: '/zh/glossary/#外汇', names: ['外汇', 'foreign exchange'], label: '外汇 foreign exchange' }]) // → [{ title: '外汇 foreign exchange', url: '/zh/glossary/#外汇' }]
 */
export function glossaryMatches(query: string, terms: readonly GlossaryTermName[], limit = 3): GlossaryMatch[] {
  return terms
    .filter((term) => queryNames(query, term.names))
    .sort((a, b) => b.names[0]!.length - a.names[0]!.length)
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
