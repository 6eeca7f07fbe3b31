import { codePointFromLabel } from '../parse/characters.ts';
import { parseMeasuresTable } from '../parse/measures-table.ts';
import { parseNotice } from '../parse/notice.ts';
import { SourceError, quoteSource } from '../parse/source-error.ts';
import type { ParseOptions } from '../parse/source-lines.ts';
import { agencyEntrySchema, ROLES, type AgencyEntry, type Registry } from '../schema/agency.ts';
import { categoryEntrySchema, type CategoryEntry } from '../schema/category.ts';
import { documentEntrySchema, type DocumentEntry, type Editorial, type Format, type ManifestEntry, type ParsedDocument } from '../schema/document.ts';
import type { PriorityEntry } from '../schema/priority.ts';
import { sectionEntrySchema, type SectionEntry } from '../schema/section.ts';
import { taskEntrySchema, type TaskEntry } from '../schema/task.ts';
import { taskAgencies } from '../task-agencies.ts';
import { registryToNameIndex, type NameIndex } from './agency-names.ts';

/** One seed as read from disk: its manifest entry, its path (for messages) and its text. */
export interface Seed {
  entry: ManifestEntry;
  path: string;
  text: string;
}

/** Every record the site is built from, validated and in a stable order. */
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

const PARSERS: Record<Format, (text: string, file: string, options: ParseOptions) => ParsedDocument> = {
  'measures-table': parseMeasuresTable,
  notice: parseNotice,
};

/**
 * Checks what the manifest claims against what the text says, so a number, an
 * issuer or a date can only be published if the text states it.
 */
function checkManifestClaims(seed: Seed, parsed: ParsedDocument): void {
  const { entry, path } = seed;
  const fail = (line: number, expected: string, found: string) => {
    throw new SourceError(path, line, `${expected} (as seeds/manifest.json says)`, found);
  };
  if (parsed.format === 'notice') {
    const { header, closing } = parsed;
    const title = header.titleLines.join('');
    if (entry.title !== title) fail(header.titleLine, `the title ${entry.title}`, quoteSource(title));
    if (entry.number !== header.number.text) fail(header.number.line, `the document number ${entry.number}`, quoteSource(header.number.text));
    if (entry.issuer === null || !header.masthead.text.startsWith(entry.issuer))
      fail(header.masthead.line, `a masthead naming the issuer ${entry.issuer}`, quoteSource(header.masthead.text));
    if (entry.date !== closing.printed.date) fail(closing.printed.line, `the date ${entry.date}`, quoteSource(closing.printed.text));
  } else {
    const { title } = parsed.table;
    if (entry.title !== title.text) fail(title.line, `the title ${entry.title}`, quoteSource(title.text));
    // This format states no number, issuer or date: the manifest must not claim one.
    for (const key of ['number', 'issuer', 'date'] as const) {
      if (entry[key] !== null) fail(title.line, `${key}: null, since this text states no ${key}`, quoteSource(String(entry[key])));
    }
  }
  const { tasks, categories } = parsed.table;
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
  const { tasks, categories } = parsed.table;
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

function resolveTasks(seed: Seed, parsed: ParsedDocument, names: NameIndex): TaskEntry[] {
  return parsed.table.tasks.map((task) => {
    const { assignment } = task;
    const resolveAll = (list: string[], line: number) => list.map((name) => names.resolve(name, seed.path, line));
    return taskEntrySchema.parse({
      id: `${seed.entry.slug}-${task.number}`,
      lang: 'zh',
      document: seed.entry.slug,
      number: task.number,
      category: task.category,
      text: task.text,
      line: task.line,
      remark: task.remark,
      translation: null,
      assignment: assignment && {
        ...assignment,
        supervising: resolveAll(assignment.supervising, assignment.supervisingLine),
        lead: resolveAll(assignment.lead, assignment.responsibilityLine),
        cooperating: resolveAll(assignment.cooperating, assignment.responsibilityLine),
      },
    });
  });
}

/**
 * Parses every seed, checks it against the manifest, resolves every agency
 * name against the registry, adds the editorial titles and returns the
 * validated records. Pure: the
 * caller does the reading and the writing.
 *
 * Throws {@link SourceError} (file:line: expected …) for anything malformed,
 * a heading that does not stand where the manifest says, or a registry entry
 * no document names.
 */
export function buildCorpus(seeds: readonly Seed[], registry: Registry, editorial: Editorial, lines: InputLines = () => 1): Corpus {
  const names = registryToNameIndex(registry);
  const documents: DocumentEntry[] = [];
  const sections: SectionEntry[] = [];
  const categories: CategoryEntry[] = [];
  const tasks: TaskEntry[] = [];
  const relatedUnits = new Map<string, string[]>();

  seeds.forEach((seed, index) => {
    const { entry } = seed;
    const texts = editorial[entry.slug];
    if (!texts) throw new SourceError('content/documents.yaml', lines('content/documents.yaml', []), `a short title and summary for ${entry.slug}`, 'none');
    const admitted = new Set(entry.admit.map((a) => codePointFromLabel(a.codePoint)));
    const parsed = PARSERS[entry.format](seed.text, seed.path, { admitted });
    checkManifestClaims(seed, parsed);
    const documentTasks = resolveTasks(seed, parsed, names);
    tasks.push(...documentTasks);

    for (const category of parsed.table.categories) {
      const members = documentTasks.filter((t) => t.category === category.ordinal);
      categories.push(
        categoryEntrySchema.parse({
          id: `${entry.slug}/${category.ordinal}`,
          document: entry.slug,
          ordinal: category.ordinal,
          label: category.label,
          heading: { zh: category.heading },
          line: category.line,
          taskCount: members.length,
          firstTask: members[0]?.number,
          lastTask: members.at(-1)?.number,
        }),
      );
    }

    const bodies = new Set(documentTasks.flatMap((t) => Object.values(taskAgencies(t)).flat()));
    const recipients = new Set<string>();
    const relatedUnitRefs =
      parsed.format === 'notice' ? parsed.closing.relatedUnits.names.map((name) => names.resolve(name, seed.path, parsed.closing.relatedUnits.line)) : [];
    for (const { agency } of relatedUnitRefs) {
      if (!agency) continue;
      recipients.add(agency);
      relatedUnits.set(agency, [...(relatedUnits.get(agency) ?? []), entry.slug]);
    }
    if (parsed.format === 'notice') {
      parsed.plan.sections.forEach((section, order) =>
        sections.push(
          sectionEntrySchema.parse({
            ...section,
            lang: 'zh',
            document: entry.slug,
            order: order + 1,
            paragraphs: section.paragraphs.map((p) => p.text),
            translation: null,
          }),
        ),
      );
    }

    // Tasks that name no body must say where the plan assigns responsibility instead.
    const keys = new Set(sections.filter((s) => s.document === entry.slug).map((s) => s.key));
    if (texts.responsibilitySection !== undefined && !keys.has(texts.responsibilitySection)) {
      throw new Error(
        `content/documents.yaml: expected responsibilitySection of ${entry.slug} to be the key of one of its plan's sections (${[...keys].join(', ') || 'it has none'}), found ${texts.responsibilitySection}`,
      );
    }
    if (texts.responsibilitySection === undefined && documentTasks.some((t) => !t.assignment)) {
      throw new Error(`content/documents.yaml: expected a responsibilitySection for ${entry.slug}, whose tasks name no responsible body, found none`);
    }
    documents.push(
      documentEntrySchema.parse({
        id: entry.slug,
        order: index + 1,
        format: entry.format,
        file: entry.file,
        sha256: entry.sha256,
        title: { zh: entry.title },
        ...texts,
        issuer: entry.issuer,
        number: entry.number,
        date: entry.date,
        header: parsed.format === 'notice' ? parsed.header : null,
        planTitle: parsed.format === 'notice' ? parsed.plan.title : null,
        attachmentReference: parsed.format === 'notice' ? parsed.plan.attachmentReference : null,
        table: { label: parsed.table.label, title: parsed.table.title, columns: parsed.table.columns },
        closing: parsed.format === 'notice' ? parsed.closing : null,
        relatedUnits: relatedUnitRefs,
        declaredTasks: parsed.format === 'notice' ? parsed.declaredTasks : [],
        counts: { tasks: documentTasks.length, categories: parsed.table.categories.length, agencies: bodies.size, relatedUnits: recipients.size },
      }),
    );
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
