import { codePointFromLabel } from '../parse/characters.ts';
import { parserOf, FORMAT_NAMES } from '../parse/registry.ts';
import { SourceError, quoteSource } from '../parse/source-error.ts';
import { agencyEntrySchema, ROLES, type AgencyEntry, type Registry } from '../schema/agency.ts';
import { categoryEntrySchema, type CategoryEntry } from '../schema/category.ts';
import type { Bilingual } from '../schema/common.ts';
import { documentEntrySchema, type DocumentEntry, type Editorial, type ManifestEntry, type ParsedDocument } from '../schema/document.ts';
import type { PriorityEntry } from '../schema/priority.ts';
import { sectionEntrySchema, type SectionEntry } from '../schema/section.ts';
import { taskEntrySchema, type TaskEntry } from '../schema/task.ts';
import { taskAgencies } from '../task-agencies.ts';
import type { Translator } from '../translate/units.ts';
import { registryToNameIndex, type NameIndex } from './agency-names.ts';

/** One seed as read from disk: its manifest entry, its path (for messages) and its text. */
export interface Seed {
  entry: ManifestEntry;
  path: string;
  text: string;
}

/** A seed and what its format's parser made of it. */
export interface ParsedSeed extends Seed {
  parsed: ParsedDocument;
}

/** Every record the site is built from, validated, in both languages and in a stable order. */
export interface Corpus {
  documents: DocumentEntry[];
  sections: SectionEntry[];
  categories: CategoryEntry[];
  tasks: TaskEntry[];
  agencies: AgencyEntry[];
  /** The priorities the site marks; filled by the enrich step. */
  priorities: PriorityEntry[];
}

/**
 * Where a value of a curated input stands: the line of `path` in `file`
 * (content/agencies.yaml, seeds/manifest.json …), for messages. The content
 * step builds it from the texts it read; without it every value is at line 1.
 */
export type InputLines = (file: string, path: readonly PropertyKey[]) => number;

/**
 * Parses one seed with the parser its manifest entry names (see
 * src/lib/parse/registry.ts) and checks what the manifest claims against it.
 *
 * @param manifestFile and `lines`, to place an unknown format at its line in the manifest
 */
export function parseSeed(seed: Seed, index: number, manifestFile = 'seeds/manifest.json', lines: InputLines = () => 1): ParsedSeed {
  const parse = parserOf(seed.entry.format);
  if (!parse)
    throw new SourceError(
      manifestFile,
      lines(manifestFile, ['documents', index, 'format']),
      `a format the parser registry knows (${FORMAT_NAMES.join(', ')})`,
      quoteSource(seed.entry.format),
    );
  const admitted = new Set(seed.entry.admit.map((a) => codePointFromLabel(a.codePoint)));
  const parsed = parse(seed.text, seed.path, { admitted });
  checkManifestClaims(seed, parsed);
  return { ...seed, parsed };
}

/**
 * Checks what the manifest claims against what the text says, so a number, an
 * issuer or a date can only be published if the text states it.
 */
function checkManifestClaims(seed: Seed, parsed: ParsedDocument): void {
  const { entry, path } = seed;
  const { stated } = parsed;
  const fail = (line: number, expected: string, found: string) => {
    throw new SourceError(path, line, `${expected} (as seeds/manifest.json says)`, found);
  };
  if (entry.title !== stated.title.text) fail(stated.title.line, `the title ${entry.title}`, quoteSource(stated.title.text));
  // A claim the text does not state is refused at the title, where a reader would look for it.
  const unstated = (key: 'number' | 'issuer' | 'date') => {
    if (entry[key] !== null) fail(stated.title.line, `${key}: null, since this text states no ${key}`, quoteSource(String(entry[key])));
  };
  if (!stated.number) unstated('number');
  else if (entry.number !== stated.number.text) fail(stated.number.line, `the document number ${entry.number}`, quoteSource(stated.number.text));
  if (!stated.issuer) unstated('issuer');
  else if (entry.issuer === null || !stated.issuer.text.startsWith(entry.issuer))
    fail(stated.issuer.line, `a masthead naming the issuer ${entry.issuer}`, quoteSource(stated.issuer.text));
  if (!stated.date) unstated('date');
  else if (entry.date !== stated.date.date) fail(stated.date.line, `the date ${entry.date}`, quoteSource(stated.date.text));

  const { tasks, categories } = parsed.attachment;
  const lastLine = tasks.at(-1)?.line ?? 1;
  if (tasks.length !== entry.expected.tasks) fail(lastLine, `${entry.expected.tasks} tasks`, `${tasks.length}, the last being number ${tasks.at(-1)?.number}`);
  if (categories.length !== entry.expected.categories)
    fail(categories.at(-1)?.line ?? lastLine, `${entry.expected.categories} headings`, `${categories.length}`);
  checkHeadings(seed, parsed);
}

/**
 * Checks each heading, and where its tasks begin and end, against what a
 * person verified (the manifest's `headings`). Headings are checked in order,
 * the first task of each before any last, so a heading moved one row down
 * is reported at its own line, not at the heading above it.
 */
function checkHeadings(seed: Seed, parsed: ParsedDocument): void {
  const { entry, path } = seed;
  const { tasks, categories } = parsed.attachment;
  const spans = categories.map((category, i) => {
    const members = tasks.filter((t) => t.category === category.ordinal);
    return { category, verified: entry.headings[i], first: members[0]?.number, last: members.at(-1)?.number };
  });
  for (const { category, verified } of spans) {
    const written = `${category.label}${category.heading}`;
    if (verified && verified.heading !== written)
      throw new SourceError(path, category.line, `the heading ${verified.heading} (as seeds/manifest.json records)`, quoteSource(written));
  }
  const range = (first: number | undefined, last: number | undefined) => (first === undefined ? 'no task' : `tasks ${first}–${last}`);
  for (const key of ['first', 'last'] as const) {
    for (const span of spans) {
      if (span.verified && span[key] !== span.verified[key]) {
        throw new SourceError(
          path,
          span.category.line,
          `heading ${span.verified.heading} over tasks ${span.verified.first}–${span.verified.last} (as seeds/manifest.json records)`,
          `it over ${range(span.first, span.last)}: a heading or a task has moved`,
        );
      }
    }
  }
}

/** The English of a document's texts: where each is kept under content/translations/en/{document}/. */
function translatorsOf(seed: Seed, translate: Translator) {
  const at = (line: number | undefined) => (line === undefined ? {} : { at: `${seed.path}:${line}` });
  const inDocument = (path: string[], zh: string, line?: number): Bilingual => translate({ file: `${seed.entry.slug}/document.yaml`, path, zh, ...at(line) });
  const inTasks = (path: string[], zh: string, line: number): Bilingual => translate({ file: `${seed.entry.slug}/tasks.yaml`, path, zh, ...at(line) });
  /** A paragraph of the seed, with its line, in both languages. */
  const paragraph = (path: string[], p: { text: string; line: number }) => ({ text: inDocument(path, p.text, p.line), line: p.line });
  return { inDocument, inTasks, paragraph };
}

function resolveTasks(seed: Seed, parsed: ParsedDocument, names: NameIndex, translate: Translator): TaskEntry[] {
  const { inTasks } = translatorsOf(seed, translate);
  return parsed.attachment.tasks.map((task) => {
    const { assignment } = task;
    const resolveAll = (list: string[], line: number) => list.map((name) => names.resolve(name, seed.path, line));
    return taskEntrySchema.parse({
      id: `${seed.entry.slug}-${task.number}`,
      document: seed.entry.slug,
      number: task.number,
      category: task.category,
      text: inTasks([String(task.number), 'text'], task.text, task.line),
      line: task.line,
      remark: task.remark && inTasks([String(task.number), 'remark'], task.remark, task.line),
      assignment: assignment && {
        ...assignment,
        supervising: resolveAll(assignment.supervising, assignment.supervisingLine ?? assignment.responsibilityLine),
        lead: resolveAll(assignment.lead, assignment.responsibilityLine),
        cooperating: resolveAll(assignment.cooperating, assignment.responsibilityLine),
      },
    });
  });
}

/** A document's record: its parts in both languages, with what the manifest and the editors add. */
function documentOf(
  seed: ParsedSeed,
  order: number,
  texts: Editorial[string],
  translate: Translator,
  relatedUnits: DocumentEntry['relatedUnits'],
  counts: DocumentEntry['counts'],
): DocumentEntry {
  const { entry, parsed } = seed;
  const { notice, plan, attachment, closing } = parsed;
  const { inDocument, paragraph } = translatorsOf(seed, translate);
  return documentEntrySchema.parse({
    id: entry.slug,
    order,
    file: entry.file,
    sha256: entry.sha256,
    title: inDocument(['title'], entry.title, parsed.stated.title.line),
    ...texts,
    issuer: entry.issuer && inDocument(['issuer'], entry.issuer, parsed.stated.issuer?.line),
    // A document number stands in the notice header, the one part that states it.
    number: notice && entry.number ? { zh: entry.number, en: inDocument(['header', 'number'], notice.number.text, notice.number.line).en } : null,
    date: entry.date,
    notice: notice && {
      masthead: paragraph(['header', 'masthead'], notice.masthead),
      number: paragraph(['header', 'number'], notice.number),
      titleLines: notice.titleLines,
      titleLine: notice.titleLine,
      addressee: paragraph(['header', 'addressee'], notice.addressee),
      publicity: paragraph(['header', 'publicity'], notice.publicity),
    },
    plan: plan && {
      title: paragraph(['plan', 'title'], plan.title),
      attachmentReference: paragraph(['plan', 'attachmentReference'], plan.attachmentReference),
      declaredTasks: plan.declaredTasks,
    },
    attachment: {
      label: inDocument(['table', 'label'], attachment.label),
      title: paragraph(['table', 'title'], attachment.title),
      columns: attachment.columns.map((column, i) => ({ field: column.field, heading: inDocument(['table', 'columns', String(i)], column.heading) })),
    },
    closing: closing && {
      relatedUnits: {
        label: inDocument(['closing', 'relatedUnits', 'label'], closing.relatedUnits.label, closing.relatedUnits.line),
        text: inDocument(['closing', 'relatedUnits', 'text'], closing.relatedUnits.text, closing.relatedUnits.line),
        line: closing.relatedUnits.line,
        names: closing.relatedUnits.names,
      },
      copyTo: {
        label: inDocument(['closing', 'copyTo', 'label'], closing.copyTo.label, closing.copyTo.line),
        text: inDocument(['closing', 'copyTo', 'text'], closing.copyTo.text, closing.copyTo.line),
        line: closing.copyTo.line,
      },
      issuingOffice: paragraph(['closing', 'issuingOffice'], closing.issuingOffice),
      printed: { ...paragraph(['closing', 'printed'], closing.printed), date: closing.printed.date },
    },
    relatedUnits,
    counts,
  });
}

/**
 * The build stage: turns the parsed seeds into the site's records, each in
 * both languages, resolving every agency name against the registry and
 * adding the editorial titles. Pure: the caller does the reading and the
 * writing.
 *
 * Every text a reader sees gets its English through `translate`, which
 * names where that English is kept; run with {@link unitRecorder}, the stage
 * lists the units to translate instead.
 *
 * Throws {@link SourceError} (file:line: expected …) for a name the registry
 * lacks, a registry entry no document names, or editorial metadata missing.
 */
export function buildCorpus(
  seeds: readonly ParsedSeed[],
  registry: Registry,
  editorial: Editorial,
  translate: Translator,
  lines: InputLines = () => 1,
): Corpus {
  const names = registryToNameIndex(registry);
  const documents: DocumentEntry[] = [];
  const sections: SectionEntry[] = [];
  const categories: CategoryEntry[] = [];
  const tasks: TaskEntry[] = [];
  const relatedUnits = new Map<string, string[]>();

  seeds.forEach((seed, index) => {
    const { entry, parsed } = seed;
    const texts = editorial[entry.slug];
    if (!texts) throw new SourceError('content/documents.yaml', lines('content/documents.yaml', []), `a short title and summary for ${entry.slug}`, 'none');
    const { inDocument } = translatorsOf(seed, translate);
    const documentTasks = resolveTasks(seed, parsed, names, translate);
    tasks.push(...documentTasks);

    for (const category of parsed.attachment.categories) {
      const members = documentTasks.filter((t) => t.category === category.ordinal);
      categories.push(
        categoryEntrySchema.parse({
          id: `${entry.slug}/${category.ordinal}`,
          document: entry.slug,
          ordinal: category.ordinal,
          label: category.label,
          heading: inDocument(['categories', String(category.ordinal)], category.heading, category.line),
          line: category.line,
          taskCount: members.length,
          firstTask: members[0]?.number,
          lastTask: members.at(-1)?.number,
        }),
      );
    }

    const bodies = new Set(documentTasks.flatMap((t) => Object.values(taskAgencies(t)).flat()));
    const recipients = new Set<string>();
    const { closing } = parsed;
    const relatedUnitRefs = closing ? closing.relatedUnits.names.map((name) => names.resolve(name, seed.path, closing.relatedUnits.line)) : [];
    for (const { agency } of relatedUnitRefs) {
      if (!agency) continue;
      recipients.add(agency);
      relatedUnits.set(agency, [...(relatedUnits.get(agency) ?? []), entry.slug]);
    }
    const documentSections = (parsed.plan?.sections ?? []).map((section, order) =>
      sectionEntrySchema.parse({
        id: `${entry.slug}/${section.key}`,
        key: section.key,
        level: section.level,
        label: section.label,
        line: section.line,
        document: entry.slug,
        order: order + 1,
        // A paragraph is placed by its section's first line: the records keep no line per paragraph.
        heading: section.heading && inDocument(['sections', section.key, 'heading'], section.heading, section.line),
        paragraphs: section.paragraphs.map((p, i) => inDocument(['sections', section.key, 'paragraphs', String(i)], p.text, section.line)),
      }),
    );
    sections.push(...documentSections);

    // Tasks that name no body must say where the plan assigns responsibility instead.
    const keys = new Set(documentSections.map((s) => s.key));
    if (texts.responsibilitySection !== undefined && !keys.has(texts.responsibilitySection)) {
      throw new SourceError(
        'content/documents.yaml',
        lines('content/documents.yaml', [entry.slug, 'responsibilitySection']),
        `responsibilitySection of ${entry.slug} to be the key of one of its plan's sections (${[...keys].join(', ') || 'it has none'})`,
        quoteSource(texts.responsibilitySection),
      );
    }
    if (texts.responsibilitySection === undefined && documentTasks.some((t) => !t.assignment)) {
      throw new SourceError(
        'content/documents.yaml',
        lines('content/documents.yaml', [entry.slug]),
        `a responsibilitySection for ${entry.slug}, whose tasks name no responsible body`,
        'none',
      );
    }
    const counts = { tasks: documentTasks.length, categories: parsed.attachment.categories.length, agencies: bodies.size, relatedUnits: recipients.size };
    documents.push(documentOf(seed, index + 1, texts, translate, relatedUnitRefs, counts));
  });

  const agencies = registry.agencies.map((agency, index) => {
    const counts = { lead: 0, cooperating: 0, supervising: 0 };
    for (const task of tasks) {
      const roles = taskAgencies(task);
      for (const role of ROLES) if (roles[role].includes(agency.id)) counts[role] += 1;
    }
    const listedAsRelatedUnitIn = relatedUnits.get(agency.id) ?? [];
    if (counts.lead + counts.cooperating + counts.supervising === 0 && listedAsRelatedUnitIn.length === 0) {
      throw new SourceError(
        'content/agencies.yaml',
        lines('content/agencies.yaml', ['agencies', index]),
        `every agency to be named by a document`,
        `${agency.id} (${agency.names.join(', ')}), which none names`,
      );
    }
    const successor = registry.agencies.find((a) => a.succeeds?.agency === agency.id);
    const succeededBy = successor?.succeeds ? { agency: successor.id, source: successor.succeeds.source } : null;
    return agencyEntrySchema.parse({ ...agency, order: index + 1, counts, listedAsRelatedUnitIn, succeededBy });
  });

  return { documents, sections, categories, tasks, agencies, priorities: [] };
}
