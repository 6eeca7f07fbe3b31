/**
 * The downloads of a page's citation, each a file of the reference managers'
 * formats. Apart from the library that writes them (./citation-files.ts), so
 * that a page, which only links to them, does not load it.
 */
export const CITATION_FORMATS = {
  /** CSL-JSON: what Zotero, Mendeley and pandoc read natively. */
  csl: { extension: 'json', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  /** BibLaTeX (`@online` with `urldate`; BibTeX's own @misc would drop the access date). */
  bib: { extension: 'bib', type: 'application/x-bibtex; charset=utf-8' },
  /** RIS, for EndNote and the reference managers that read only it. */
  ris: { extension: 'ris', type: 'application/x-research-info-systems; charset=utf-8' },
} as const;
export type CitationFormat = keyof typeof CITATION_FORMATS;
