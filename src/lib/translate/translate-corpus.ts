import { categoryEntrySchema } from '../schema/category.ts';
import { documentEntrySchema, type DocumentEntry } from '../schema/document.ts';
import { sectionEntrySchema } from '../schema/section.ts';
import { taskEntrySchema } from '../schema/task.ts';
import type { Corpus } from '../validate/corpus.ts';
import type { Lookup } from './lookup.ts';

function documentEnglish(document: DocumentEntry, lookup: Lookup): DocumentEntry {
  const file = `${document.id}/document.yaml`;
  const en = (...path: string[]) => lookup({ file, path });
  const { header, planTitle, attachmentReference, closing } = document;
  return documentEntrySchema.parse({
    ...document,
    title: { ...document.title, en: en('title') },
    en: {
      issuer: document.issuer && en('issuer'),
      table: { label: en('table', 'label'), title: en('table', 'title'), columns: document.table.columns.map((_, i) => en('table', 'columns', String(i))) },
      header: header && {
        masthead: en('header', 'masthead'),
        number: en('header', 'number'),
        addressee: en('header', 'addressee'),
        publicity: en('header', 'publicity'),
      },
      planTitle: planTitle && en('plan', 'title'),
      attachmentReference: attachmentReference && en('plan', 'attachmentReference'),
      closing: closing && {
        relatedUnits: { label: en('closing', 'relatedUnits', 'label'), text: en('closing', 'relatedUnits', 'text') },
        copyTo: { label: en('closing', 'copyTo', 'label'), text: en('closing', 'copyTo', 'text') },
        issuingOffice: en('closing', 'issuingOffice'),
        printed: en('closing', 'printed'),
      },
    },
  });
}

/**
 * Adds the English edition to a Chinese corpus: English strings on documents
 * and categories, and an English entry beside every Chinese task and section,
 * each keeping the Chinese it translates.
 */
export function translateCorpus(corpus: Corpus, lookup: Lookup): Corpus {
  const zhSections = corpus.sections.filter((s) => s.lang === 'zh');
  const zhTasks = corpus.tasks.filter((t) => t.lang === 'zh');
  return {
    documents: corpus.documents.map((d) => documentEnglish(d, lookup)),
    categories: corpus.categories.map((c) =>
      categoryEntrySchema.parse({
        ...c,
        heading: { ...c.heading, en: lookup({ file: `${c.document}/document.yaml`, path: ['categories', String(c.ordinal)] }) },
      }),
    ),
    sections: [
      ...zhSections,
      ...zhSections.map((s) => {
        const en = (...path: string[]) => lookup({ file: `${s.document}/document.yaml`, path: ['sections', s.key, ...path] });
        return sectionEntrySchema.parse({
          ...s,
          lang: 'en',
          translation: { heading: s.heading && en('heading'), paragraphs: s.paragraphs.map((_, i) => en('paragraphs', String(i))) },
        });
      }),
    ],
    tasks: [
      ...zhTasks,
      ...zhTasks.map((t) => {
        const en = (field: string) => lookup({ file: `${t.document}/tasks.yaml`, path: [String(t.number), field] });
        return taskEntrySchema.parse({ ...t, lang: 'en', translation: { text: en('text'), remark: t.remark && en('remark') } });
      }),
    ],
    agencies: corpus.agencies,
    priorities: corpus.priorities,
  };
}
