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
}

/** Where a unit's English lives, for messages: `services-trade/tasks.yaml: 12.text`. */
export const unitToName = (unit: Pick<Unit, 'file' | 'path'>) => `${unit.file}: ${unit.path.join('.')}`;

function documentUnits(document: DocumentEntry, corpus: Corpus): Unit[] {
  const file = `${document.id}/document.yaml`;
  const unit = (path: string[], zh: string): Unit => ({ file, path, zh });
  const units: Unit[] = [
    unit(['title'], document.title.zh),
    ...(document.issuer ? [unit(['issuer'], document.issuer)] : []),
    unit(['table', 'label'], document.table.label),
    unit(['table', 'title'], document.table.title.text),
    ...document.table.columns.map((column, i) => unit(['table', 'columns', String(i)], column)),
    ...corpus.categories.filter((c) => c.document === document.id).map((c) => unit(['categories', String(c.ordinal)], c.heading.zh)),
  ];
  const { header, planTitle, attachmentReference, closing } = document;
  if (header) {
    units.push(
      unit(['header', 'masthead'], header.masthead.text),
      unit(['header', 'number'], header.number.text),
      unit(['header', 'addressee'], header.addressee.text),
      unit(['header', 'publicity'], header.publicity.text),
    );
  }
  if (planTitle && attachmentReference) {
    units.push(unit(['plan', 'title'], planTitle.text), unit(['plan', 'attachmentReference'], attachmentReference.text));
  }
  for (const section of corpus.sections.filter((s) => s.document === document.id && s.lang === 'zh')) {
    if (section.heading) units.push(unit(['sections', section.key, 'heading'], section.heading));
    section.paragraphs.forEach((paragraph, i) => units.push(unit(['sections', section.key, 'paragraphs', String(i)], paragraph)));
  }
  if (closing) {
    units.push(
      unit(['closing', 'relatedUnits', 'label'], closing.relatedUnits.label),
      unit(['closing', 'relatedUnits', 'text'], closing.relatedUnits.text),
      unit(['closing', 'copyTo', 'label'], closing.copyTo.label),
      unit(['closing', 'copyTo', 'text'], closing.copyTo.text),
      unit(['closing', 'issuingOffice'], closing.issuingOffice.text),
      unit(['closing', 'printed'], closing.printed.text),
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
        { file: `${document.id}/tasks.yaml`, path: [String(task.number), 'text'], zh: task.text },
        ...(task.remark ? [{ file: `${document.id}/tasks.yaml`, path: [String(task.number), 'remark'], zh: task.remark }] : []),
      ]),
  ]);
}
