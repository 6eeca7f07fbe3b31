import Body from './Body.astro';
import Cited from './Cited.astro';
import Clause from './Clause.astro';
import Edition from './Edition.astro';
import Term from './Term.astro';
import TermUnmarked from './TermUnmarked.astro';

/**
 * The components annotated MDX uses (src/lib/emit/annotate.ts), by the name
 * the MDX calls them: pass them to `<Content components={mdxComponents} />`.
 */
export const mdxComponents = { Clause, Term, Body, Cited, Edition };

/** The names annotated MDX may use, and nothing else. */
export const MDX_COMPONENT_NAMES = Object.keys(mdxComponents) as (keyof typeof mdxComponents)[];

/**
 * The components for the original shown beside a translation: the same, but
 * a term is its text alone. The translation beside it marks the same terms,
 * and one card per term is enough for a page (and for its weight).
 */
export const originalBesideTranslationComponents = { ...mdxComponents, Term: TermUnmarked };
