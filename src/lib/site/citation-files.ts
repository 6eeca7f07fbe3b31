import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { cslItemSchema, type Citable } from '../schema/citation.ts';
import { LANGS } from '../schema/languages.ts';
import { citableToCsl } from '../text/citation.ts';
import { citationFilePath } from '../text/paths.ts';
import { editionDate } from './changes.ts';
import { CITATION_FORMATS, type CitationFormat } from './citation-formats.ts';
import { pageCitable } from './page-citation.ts';
import type { RecordFile, SiteRecords } from './records.ts';

// Keep the Chinese as it is in BibTeX (not LaTeX escapes, which drop what they
// cannot spell) and key each entry by the record's id (a key made from the
// author and title would be empty for a Chinese title).
const bibtex = plugins.config.get('@bibtex') as { format: { useIdAsLabel: boolean; asciiOnly: boolean } };
bibtex.format.useIdAsLabel = true;
bibtex.format.asciiOnly = false;

/**
 * Writes a page's citation record in one format with citation-js, from the
 * CSL-JSON item of {@link citableToCsl}. Offline and deterministic: nothing
 * is fetched and nothing depends on the clock.
 *
 * @example citableToFile(citable, 'ris') // → 'TY  - ELEC\nAU  - 厦门市人民政府\n…'
 */
export function citableToFile(citable: Citable, format: CitationFormat): string {
  const item = cslItemSchema.parse(citableToCsl(citable));
  if (format === 'csl') return `${JSON.stringify([item], null, 2)}\n`;
  const cite = new Cite([item]);
  const text = format === 'bib' ? (cite.format('biblatex') as string) : unwrapRis(cite.format('ris') as string);
  return `${text.trim()}\n`;
}

/** A line of RIS that starts a field: its tag, two spaces, a hyphen and a space. */
const RIS_TAG = /^[A-Z][A-Z0-9] {2}- ?/;

/**
 * Undoes the line breaks plugin-ris puts into every value after each 70
 * characters: readers join a continuation line to its field with a space (or
 * not at all), which would cut a word or a URL, or put a space inside Chinese.
 * Our values hold no line break of their own, so every line that does not
 * start a field continues the one before it, exactly.
 *
 * @example unwrapRis('TI  - abc\ndef\nER  - ') // → 'TI  - abcdef\nER  - '
 */
export function unwrapRis(ris: string): string {
  return ris
    .split('\n')
    .reduce<string[]>((lines, line) => {
      if (lines.length > 0 && !RIS_TAG.test(line) && line !== '') lines[lines.length - 1] += line;
      else lines.push(line);
      return lines;
    }, [])
    .join('\n');
}

/**
 * Every citation file of the site: for each document and task page, in each
 * language, its record in each format, at its path under the site's root
 * (`/data/citations/{lang}/{id}.{json,bib,ris}`), written from the same
 * record as the page's own citations (src/components/Citation.astro). The
 * access date is the date of the site's latest revision, the same in every
 * build (see docs/publishing.md).
 */
export function citationFiles({ corpus: { documents, tasks }, changes, publisher }: SiteRecords, origin: URL): RecordFile[] {
  const accessed = editionDate(changes);
  const pages = [
    ...documents.map((document) => ({ id: document.id, document, task: null })),
    ...tasks.map((task) => ({ id: task.id, document: documents.find((d) => d.id === task.document)!, task })),
  ];
  return LANGS.flatMap((lang) =>
    pages.flatMap(({ id, document, task }) => {
      let citable: Citable | undefined;
      return (Object.keys(CITATION_FORMATS) as CitationFormat[]).map((format) => ({
        path: citationFilePath(lang, id, CITATION_FORMATS[format].extension),
        type: CITATION_FORMATS[format].type,
        text: () => citableToFile((citable ??= pageCitable(document, task, lang, { origin, publisher, accessed })), format),
      }));
    }),
  );
}
