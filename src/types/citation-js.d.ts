/** The part of citation-js (whose packages ship no types) that the citation downloads use. */
declare module '@citation-js/core' {
  /** A set of bibliographic records, in CSL-JSON, that formats itself into other formats. */
  export class Cite {
    constructor(data: unknown);
    /** The records, as CSL-JSON items. */
    data: Record<string, unknown>[];
    /** The records in a registered output format: `data` (CSL-JSON), `bibtex`, `biblatex`, `ris` … */
    format(format: string, options?: Record<string, unknown>): string | object;
  }
  export const plugins: {
    config: { get(plugin: string): unknown };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
