import type { FilterValue } from './query-forms.ts';

/** The filter that finds the glossary page, and nothing else. */
export const GLOSSARY_FILTER: Record<string, FilterValue> = { kind: 'glossary' };

/** A glossary term a search found: its heading on the glossary page and the address of its entry. */
export interface GlossaryMatch {
  title: string;
  url: string;
}

/**
 * The glossary entries of a Pagefind result for the glossary page: its
 * sub-results, one per term heading that holds the words searched, best
 * first, at most `limit`.
 *
 * @example glossaryMatches({ sub_results: [{ title: '外汇 foreign exchange', url: '/zh/glossary/#外汇' }] }) // → [{ title: '外汇 foreign exchange', url: '/zh/glossary/#外汇' }]
 */
export function glossaryMatches(data: { url: string; sub_results?: { title: string; url: string }[] } | undefined, limit = 3): GlossaryMatch[] {
  return (data?.sub_results ?? [])
    .filter((sub) => sub.url.includes('#'))
    .slice(0, limit)
    .map(({ title, url }) => ({ title, url }));
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
