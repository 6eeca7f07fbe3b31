import type { AgencyRef } from '../schema/agency.ts';
import {
  openAgencySchema,
  openCategorySchema,
  openDocumentSchema,
  openPrioritySchema,
  openTaskSchema,
  type OpenAgency,
  type OpenCategory,
  type OpenDocument,
  type OpenPriority,
  type OpenTask,
} from '../schema/open-data.ts';
import { citableToEnglish, citableToGbt, pageToCitable } from '../text/citation.ts';
import { agencyName } from '../text/localize.ts';
import { agencyPath, categoryPath, documentPath, taskPath } from '../text/paths.ts';
import type { Corpus } from '../schema/corpus.ts';
import { LANGS, LANGUAGES, type Lang } from '../schema/languages.ts';

/** Everything at /data/, as records that the zod schemas have checked. */
export interface OpenData {
  documents: OpenDocument[];
  categories: OpenCategory[];
  tasks: OpenTask[];
  agencies: OpenAgency[];
  priorities: OpenPriority[];
}

/** A task's citation in each language: GB/T 7714-2015 for the original's page, the English form for a translation's. */
function citationsOf(document: Corpus['documents'][number], task: Corpus['tasks'][number], urls: Record<Lang, string>, citing: Citing) {
  return Object.fromEntries(
    LANGS.map((lang) => {
      const citable = pageToCitable(document, task, {
        lang,
        url: urls[lang],
        site: citing.site[lang],
        publisher: citing.publisher[lang],
        accessed: citing.accessed,
      });
      return [lang, LANGUAGES[lang].original ? citableToGbt(citable) : citableToEnglish(citable)];
    }),
  );
}

const refToOpen = (ref: AgencyRef) => ({ id: ref.agency, name: ref.name });

function required<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`open data: no ${what}`);
  return value;
}

/** What a task's citation in the data names besides the records: the site, its publisher and the access date (the data's release date). */
export interface Citing {
  site: Record<Lang, string>;
  publisher: Record<Lang, string | null>;
  /** The date of the latest change: the data's release, the same in every build. */
  accessed: string;
}

/**
 * Turns the translated corpus into the open data records, with absolute URLs
 * at `origin` (the configured site origin). Each task's citation is the one
 * its page gives (GB/T 7714-2015 for the Chinese page, the English form for
 * the English one), with the data's release date as the access date. Pure
 * and deterministic: records come in document and task order.
 */
export function corpusToOpenData(corpus: Corpus, origin: string | URL, citing: Citing): OpenData {
  const url = (path: string) => new URL(path, origin).href;
  const urls = (pathOf: (lang: Lang) => string) => ({ zh: url(pathOf('zh')), en: url(pathOf('en')) });
  const documents = [...corpus.documents].sort((a, b) => a.order - b.order);
  const documentOf = (id: string) =>
    required(
      documents.find((d) => d.id === id),
      `document ${id}`,
    );
  const order = new Map(documents.map((d) => [d.id, d.order]));

  const tasks = [...corpus.tasks]
    .sort((a, b) => (order.get(a.document) ?? 0) - (order.get(b.document) ?? 0) || a.attachment - b.attachment || a.number - b.number)
    .map((task) => {
      const document = documentOf(task.document);
      const category = required(
        corpus.categories.find((c) => c.document === task.document && c.ordinal === task.category),
        `category of ${task.id}`,
      );
      const taskUrls = urls((lang) => taskPath(lang, task));
      return openTaskSchema.parse({
        id: task.id,
        document: task.document,
        key: task.key,
        number: task.number,
        category: { id: category.id, ordinal: category.ordinal, label: category.label, heading: category.heading },
        text: task.text,
        details: task.details,
        lead: (task.assignment?.lead ?? []).map(refToOpen),
        cooperating: (task.assignment?.cooperating ?? []).map(refToOpen),
        supervising: (task.assignment?.supervising ?? []).map(refToOpen),
        cells: task.assignment && Object.fromEntries(task.assignment.cells.map((cell) => [cell.field, cell.text])),
        source: { file: `seeds/${document.file}`, line: task.line },
        priorities: task.priorities,
        related: task.related,
        citation: citationsOf(document, task, taskUrls, citing),
        url: taskUrls,
      });
    });

  return {
    documents: documents.map((d) =>
      openDocumentSchema.parse({
        id: d.id,
        title: d.title,
        shortTitle: d.shortTitle,
        issuer: d.issuer,
        number: d.number,
        date: d.date,
        counts: d.counts,
        checked: d.checked,
        publication: d.publication,
        // The one published hash of a source: of the bytes served at /data/sources/, as every page gives it.
        source: { file: `seeds/${d.file}`, url: url(d.source.path), sha256: d.source.sha256, bytes: d.source.bytes },
        url: urls((lang) => documentPath(lang, d.id)),
      }),
    ),
    categories: [...corpus.categories]
      .sort((a, b) => (order.get(a.document) ?? 0) - (order.get(b.document) ?? 0) || a.ordinal - b.ordinal)
      .map((c) =>
        openCategorySchema.parse({
          id: c.id,
          document: c.document,
          part: c.part,
          ordinal: c.ordinal,
          label: c.label,
          heading: c.heading,
          taskCount: c.taskCount,
          firstTask: c.firstTask,
          lastTask: c.lastTask,
          url: urls((lang) => categoryPath(lang, c.document, c.ordinal)),
        }),
      ),
    tasks,
    agencies: [...corpus.agencies]
      .sort((a, b) => a.order - b.order)
      .map((a) =>
        openAgencySchema.parse({
          id: a.id,
          name: agencyName(a),
          names: a.names,
          level: a.level,
          tasks: a.counts,
          listedIn: a.listedIn,
          note: a.note ?? null,
          succeeds: a.succeeds ? { id: a.succeeds.agency, source: a.succeeds.source } : null,
          succeededBy: a.succeededBy ? { id: a.succeededBy.agency, source: a.succeededBy.source } : null,
          url: urls((lang) => agencyPath(lang, a.id)),
        }),
      ),
    priorities: [...corpus.priorities]
      .sort((a, b) => a.order - b.order)
      .map((p) =>
        openPrioritySchema.parse({
          id: p.id,
          label: p.label,
          description: p.description,
          tasks: tasks.filter((t) => t.priorities.includes(p.id)).map((t) => t.id),
        }),
      ),
  };
}
