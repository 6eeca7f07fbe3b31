import type { DocumentEntry } from '../schema/document.ts';
import type { Corpus } from '../validate/corpus.ts';

/**
 * One piece of Chinese a reader sees and the place its English is kept:
 * a file under content/translations/en/ and a key path within it.
 */
export interface Unit {
  /** e.g. `services-trade/tasks.yaml` */
  file: string;
  /** e.g. `['12', 'text']` or `['sections', '2-1', 'paragraphs', '0']` */
  path: string[];
  zh: string;
  /** Where the Chinese stands in its seed (the line of its record or section), for messages. */
  at?: string;
}

/** Where a unit's English lives, for messages: `services-trade/tasks.yaml: 12.text`. */
export const unitToName = (unit: Pick<Unit, 'file' | 'path'>) => `${unit.file}: ${unit.path.join('.')}`;

/** The seed a document comes from, as messages name it. */
const seedOf = (document: DocumentEntry) => `seeds/${document.file}`;

function documentUnits(document: DocumentEntry, corpus: Corpus): Unit[] {
  const file = `${document.id}/document.yaml`;
  const unit = (path: string[], zh: string, line?: number): Unit => ({ file, path, zh, ...(line === undefined ? {} : { at: `${seedOf(document)}:${line}` }) });
  const { header, planTitle, attachmentReference, closing, table } = document;
  const units: Unit[] = [
    unit(['title'], document.title.zh, header?.titleLine ?? table.title.line),
    ...(document.issuer ? [unit(['issuer'], document.issuer, header?.masthead.line)] : []),
    unit(['table', 'label'], table.label),
    unit(['table', 'title'], table.title.text, table.title.line),
    ...table.columns.map((column, i) => unit(['table', 'columns', String(i)], column)),
    ...corpus.categories.filter((c) => c.document === document.id).map((c) => unit(['categories', String(c.ordinal)], c.heading.zh, c.line)),
  ];
  if (header) {
    units.push(
      unit(['header', 'masthead'], header.masthead.text, header.masthead.line),
      unit(['header', 'number'], header.number.text, header.number.line),
      unit(['header', 'addressee'], header.addressee.text, header.addressee.line),
      unit(['header', 'publicity'], header.publicity.text, header.publicity.line),
    );
  }
  if (planTitle && attachmentReference) {
    units.push(
      unit(['plan', 'title'], planTitle.text, planTitle.line),
      unit(['plan', 'attachmentReference'], attachmentReference.text, attachmentReference.line),
    );
  }
  for (const section of corpus.sections.filter((s) => s.document === document.id && s.lang === 'zh')) {
    // A paragraph is placed by its section's first line: the records keep no line per paragraph.
    if (section.heading) units.push(unit(['sections', section.key, 'heading'], section.heading, section.line));
    section.paragraphs.forEach((paragraph, i) => units.push(unit(['sections', section.key, 'paragraphs', String(i)], paragraph, section.line)));
  }
  if (closing) {
    units.push(
      unit(['closing', 'relatedUnits', 'label'], closing.relatedUnits.label, closing.relatedUnits.line),
      unit(['closing', 'relatedUnits', 'text'], closing.relatedUnits.text, closing.relatedUnits.line),
      unit(['closing', 'copyTo', 'label'], closing.copyTo.label, closing.copyTo.line),
      unit(['closing', 'copyTo', 'text'], closing.copyTo.text, closing.copyTo.line),
      unit(['closing', 'issuingOffice'], closing.issuingOffice.text, closing.issuingOffice.line),
      unit(['closing', 'printed'], closing.printed.text, closing.printed.line),
    );
  }
  return units;
}

/**
 * Every piece of Chinese the English edition must translate, in reading
 * order: per document, its document.yaml (title, table, headings, narrative,
 * closing block) and its tasks.yaml (each task's text and remark). Agency
 * names are not here: their English is in the registry.
 */
export function corpusToUnits(corpus: Corpus): Unit[] {
  return corpus.documents.flatMap((document) => [
    ...documentUnits(document, corpus),
    ...corpus.tasks
      .filter((t) => t.document === document.id && t.lang === 'zh')
      .flatMap((task) => [
        { file: `${document.id}/tasks.yaml`, path: [String(task.number), 'text'], zh: task.text, at: `${seedOf(document)}:${task.line}` },
        ...(task.remark
          ? [{ file: `${document.id}/tasks.yaml`, path: [String(task.number), 'remark'], zh: task.remark, at: `${seedOf(document)}:${task.line}` }]
          : []),
      ]),
  ]);
}
