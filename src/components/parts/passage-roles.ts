import type { UiKey } from '../../i18n/schema.ts';

/**
 * How a passage of each role is shown: the element it takes on its own
 * page's edition, its class, and how the original beside a translation shows
 * it (never as a heading: the page has one outline, in its own language).
 * A role not listed here is a plain paragraph. Roles are data, from an open
 * vocabulary (see textRoleSchema): a new layout's roles show as paragraphs
 * until someone gives them a look here.
 */
export const PASSAGE_ROLES: Readonly<
  Record<
    string,
    { element: 'h1' | 'h2'; class: string; originalClass: string } | { element: 'p'; class: string } | { element: 'quote'; class: string; caption: UiKey }
  >
> = {
  /** The document's own title: the page's h1. */
  title: { element: 'h1', class: 'doc-title', originalClass: 'doc-title' },
  /** A part's own heading: its h2, the part's anchor. */
  heading: { element: 'h2', class: 'section-heading', originalClass: 'h2' },
  /**
   * The issuer's name at the head of a notice (the 红头): shown as a
   * quotation of the original, captioned as such, never styled as if this
   * site were the issuer.
   */
  masthead: { element: 'quote', class: 'masthead-quote', caption: 'document.mastheadQuote' },
};
