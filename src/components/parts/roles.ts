import BackMatter from './BackMatter.astro';
import FrontMatter from './FrontMatter.astro';
import ItemsPart from './ItemsPart.astro';
import TextPart from './TextPart.astro';

/**
 * The one role → component map of a document's parts. A page renders each
 * part with the component of its role, and a role it does not know with the
 * component of its shape: a part of text as a named section, a list of items
 * as its headings and tasks. No page or component asks which layout or which
 * document it has. (Passages have their own map: passage-roles.ts.)
 */
const PART_ROLES = { 'front-matter': FrontMatter, 'back-matter': BackMatter } as const;

/** The component of a part: its role's, or its shape's. Every one takes the same props: the document and the part. */
export function partComponent(part: { kind: 'text' | 'items'; role: string }): typeof TextPart {
  if (Object.hasOwn(PART_ROLES, part.role)) return PART_ROLES[part.role as keyof typeof PART_ROLES];
  return part.kind === 'items' ? ItemsPart : TextPart;
}
