import { agencyEntrySchema, ROLES, type AgencyRef, type Registry } from '../schema/agency.ts';
import { categoryEntrySchema, type CategoryEntry } from '../schema/category.ts';
import type { Bilingual, Paragraph } from '../schema/common.ts';
import type { Corpus } from '../schema/corpus.ts';
import {
  documentEntrySchema,
  isBodyField,
  isDetailField,
  itemsParts,
  type DocumentEntry,
  type ParsedItemsPart,
  type ParsedPart,
  type PartEntry,
  type Passage,
  type PassageEntry,
} from '../schema/document.ts';
import type { Editorial } from '../schema/manifest.ts';
import { sectionEntrySchema, type SectionEntry } from '../schema/section.ts';
import { taskEntrySchema, type TaskEntry } from '../schema/task.ts';
import { SourceError, quoteSource } from '../text/source-error.ts';
import { taskAgencies } from '../text/task-agencies.ts';
import type { Translator } from '../translate/units.ts';
import { registryToNameIndex, type NameIndex } from './agency-names.ts';
import { textToNormalForm } from '../text/normal-form.ts';
import { seedTextToSha256 } from './seed-hash.ts';
import type { ParsedSeed } from './manifest-claims.ts';

/**
 * Where a value of a curated input stands: the line of `path` in `file`
 * (content/agencies.yaml, seeds/manifest.json …), for messages. The content
 * step builds it from the texts it read; without it every value is at line 1.
 */
export type InputLines = (file: string, path: readonly PropertyKey[]) => number;

/**
 * The English of one document's texts, kept under
 * content/translations/en/{document}/: `tasks.yaml` for what a task's row
 * says (by the task's key), `document.yaml` for everything else, each text
 * at the path of its place in the model (`parts.closing.copy-to.text`). The
 * paths come from the model's own keys and roles, so a new layout gets its
 * translation keys without a line of code.
 */
function translatorOf(seed: ParsedSeed, translate: Translator) {
  const at = (line: number | undefined) => (line === undefined ? {} : { at: `${seed.path}:${line}` });
  return {
    inDocument: (path: string[], zh: string, line?: number): Bilingual => translate({ file: `${seed.entry.slug}/document.yaml`, path, zh, ...at(line) }),
    inTasks: (path: string[], zh: string, line: number): Bilingual => translate({ file: `${seed.entry.slug}/tasks.yaml`, path, zh, ...at(line) }),
  };
}

/**
 * The key of each task in its document: its number where every list of the
 * document numbers its tasks apart, or the list's number and its own where
 * the lists each start again (2-3).
 */
function taskKeys(lists: readonly { part: ParsedItemsPart; attachment: number }[]): (attachment: number, number: number) => string {
  const numbers = lists.flatMap(({ part }) => part.tasks.map((t) => t.number));
  const apart = new Set(numbers).size === numbers.length;
  return (attachment, number) => (apart ? `${number}` : `${attachment}-${number}`);
}

/** Resolves the bodies a row names, by role, at the line of the cells that name them. */
function assignmentOf(task: ParsedItemsPart['tasks'][number], names: NameIndex, file: string): TaskEntry['assignment'] {
  if (!task.bodies) return null;
  const cells = task.cells.filter((cell) => isBodyField(cell.field));
  const lineOf = (role: string) =>
    cells.find((cell) => (role === 'supervising' ? cell.field === 'supervising' : cell.field !== 'supervising'))?.line ?? task.line;
  const resolve = (role: 'lead' | 'cooperating' | 'supervising') => (task.bodies?.[role] ?? []).map((name) => names.resolve(name, file, lineOf(role)));
  return { cells, lead: resolve('lead'), cooperating: resolve('cooperating'), supervising: resolve('supervising') };
}

interface DocumentRecords {
  document: DocumentEntry;
  sections: SectionEntry[];
  categories: CategoryEntry[];
  tasks: TaskEntry[];
}

/** The records of one document: the document with its parts, its sections, its headings and its tasks, each text in both languages. */
function documentToRecords(
  seed: ParsedSeed,
  order: number,
  editorial: Editorial[string],
  names: NameIndex,
  translate: Translator,
  lines: InputLines,
): DocumentRecords {
  const { entry, parsed, path: file } = seed;
  const slug = entry.slug;
  const { inDocument, inTasks } = translatorOf(seed, translate);
  const sections: SectionEntry[] = [];
  const categories: CategoryEntry[] = [];
  const tasks: TaskEntry[] = [];
  const lists = itemsParts(parsed);
  const keyOf = taskKeys(lists);
  const attachmentOf = new Map(lists.map(({ part, attachment }) => [part, attachment]));
  // The English of each passage, by its line and text: a stated value that is a passage (the title, the number) takes its English.
  const passages: PassageEntry[] = [];

  const passageEntry = (base: string[], passage: Passage): PassageEntry => {
    const path = [...base, passage.role];
    const labelled = passage.label !== undefined;
    const built: PassageEntry = {
      kind: 'passage',
      role: passage.role,
      text: inDocument(labelled ? [...path, 'text'] : path, passage.text, passage.line),
      line: passage.line,
      ...(labelled ? { label: inDocument([...path, 'label'], passage.label as string, passage.line) } : {}),
      ...(passage.printedLines ? { printedLines: passage.printedLines } : {}),
      ...(passage.date ? { date: passage.date } : {}),
      ...(passage.names ? { bodies: passage.names.map((name) => names.resolve(name, file, passage.line)) } : {}),
    };
    passages.push(built);
    return built;
  };

  const partEntry = (part: ParsedPart): PartEntry => {
    const base = ['parts', part.key];
    if (part.kind === 'text') {
      return {
        kind: 'text',
        key: part.key,
        role: part.role,
        blocks: part.blocks.map((block) => {
          if (block.kind === 'passage') return passageEntry(base, block);
          const sectionPath = [...base, 'sections', block.key];
          sections.push(
            sectionEntrySchema.parse({
              id: `${slug}/${block.key}`,
              document: slug,
              part: part.key,
              key: block.key,
              order: sections.length + 1,
              level: block.level,
              label: block.label,
              line: block.line,
              heading: block.heading && inDocument([...sectionPath, 'heading'], block.heading, block.line),
              // A paragraph is placed by its own line.
              paragraphs: block.paragraphs.map((p, i) => inDocument([...sectionPath, 'paragraphs', String(i)], p.text, p.line)),
            }),
          );
          return { kind: 'section' as const, key: block.key };
        }),
      };
    }
    const attachment = attachmentOf.get(part) as number;
    // In reading order: the list's own passages and its header row, then its headings and rows.
    const blocks = part.blocks.map((block) => passageEntry(base, block));
    const columns = part.columns.map((column) => ({ field: column.field, heading: inDocument([...base, 'columns', column.field], column.heading) }));
    for (const category of part.categories) {
      const members = part.tasks.filter((t) => t.category === category.ordinal);
      categories.push(
        categoryEntrySchema.parse({
          id: `${slug}/${category.ordinal}`,
          document: slug,
          part: part.key,
          ordinal: category.ordinal,
          label: category.label,
          heading: inDocument([...base, 'categories', String(category.ordinal)], category.heading, category.line),
          line: category.line,
          taskCount: members.length,
          firstTask: members[0]?.number,
          lastTask: members.at(-1)?.number,
        }),
      );
    }
    for (const task of part.tasks) {
      const key = keyOf(attachment, task.number);
      const text = inTasks([key, 'text'], task.text, task.line);
      const details = Object.fromEntries(
        task.cells.filter((cell) => isDetailField(cell.field)).map((cell) => [cell.field, inTasks([key, cell.field], cell.text, cell.line)]),
      );
      tasks.push(
        taskEntrySchema.parse({
          id: `${slug}-${key}`,
          document: slug,
          key,
          part: part.key,
          attachment,
          number: task.number,
          category: task.category,
          text,
          line: task.line,
          details,
          assignment: assignmentOf(task, names, file),
        }),
      );
    }
    return { kind: 'items', key: part.key, role: part.role, attachment, blocks, columns };
  };

  const parts = parsed.parts.map(partEntry);
  // A value the text states takes the English of the passage that states it, or is translated on its own.
  const stated = (paragraph: Paragraph, key: string): Bilingual =>
    passages.find((p) => p.line === paragraph.line && p.text.zh === paragraph.text)?.text ?? inDocument([key], paragraph.text, paragraph.line);

  const keys = new Set(sections.map((s) => s.key));
  if (editorial.responsibilitySection !== undefined && !keys.has(editorial.responsibilitySection)) {
    throw new SourceError(
      'content/documents.yaml',
      lines('content/documents.yaml', [slug, 'responsibilitySection']),
      `responsibilitySection of ${slug} to be the key of one of its sections (${[...keys].join(', ') || 'it has none'})`,
      quoteSource(editorial.responsibilitySection),
    );
  }
  const bodies = new Set(tasks.flatMap((t) => Object.values(taskAgencies(t)).flat()));
  const listed = new Set(passages.flatMap((p) => (p.bodies ?? []).flatMap((ref) => (ref.agency ? [ref.agency] : []))));
  const document = documentEntrySchema.parse({
    id: slug,
    order,
    file: entry.file,
    // The text as served: its hash is the one the manifest pins (checked by the hash stage).
    source: { path: `/data/sources/${slug}.txt`, sha256: seedTextToSha256(seed.text), bytes: Buffer.byteLength(textToNormalForm(seed.text), 'utf8') },
    title: stated(parsed.stated.title, 'title'),
    ...editorial,
    issuer: entry.issuer && inDocument(['issuer'], entry.issuer, parsed.stated.issuer?.line),
    number: parsed.stated.number && stated(parsed.stated.number, 'number'),
    date: entry.date,
    parts,
    counts: { tasks: tasks.length, categories: categories.length, agencies: bodies.size, listed: listed.size },
  });
  return { document, sections, categories, tasks };
}

/**
 * The build stage: turns the parsed seeds into the site's records, each text
 * in both languages, resolving every body a row or a passage names against
 * the registry and adding the editorial titles. Pure: the caller does the
 * reading and the writing.
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
  const corpus: Corpus = { documents: [], sections: [], categories: [], tasks: [], agencies: [], priorities: [] };
  const slugs = new Set(seeds.map((seed) => seed.entry.slug));
  for (const slug of Object.keys(editorial)) {
    if (!slugs.has(slug))
      throw new SourceError(
        'content/documents.yaml',
        lines('content/documents.yaml', [slug]),
        `only documents the manifest lists (${[...slugs].join(', ')})`,
        slug,
      );
  }

  seeds.forEach((seed, index) => {
    const slug = seed.entry.slug;
    const texts = editorial[slug];
    if (!texts) throw new SourceError('content/documents.yaml', lines('content/documents.yaml', []), `a short title and summary for ${slug}`, 'none');
    const { document, sections, categories, tasks } = documentToRecords(seed, index + 1, texts, names, translate, lines);
    if (texts.responsibilitySection === undefined && tasks.some((t) => !t.assignment)) {
      throw new SourceError(
        'content/documents.yaml',
        lines('content/documents.yaml', [slug]),
        `a responsibilitySection for ${slug}, whose tasks name no responsible body`,
        'none',
      );
    }
    corpus.documents.push(document);
    corpus.sections.push(...sections);
    corpus.categories.push(...categories);
    corpus.tasks.push(...tasks);
  });

  const listedIn = (id: string) =>
    corpus.documents
      .filter((d) =>
        d.parts.some((part) => part.blocks.some((block) => block.kind === 'passage' && (block.bodies ?? []).some((ref: AgencyRef) => ref.agency === id))),
      )
      .map((d) => d.id);
  corpus.agencies = registry.agencies.map((agency, index) => {
    const counts = { lead: 0, cooperating: 0, supervising: 0 };
    for (const task of corpus.tasks) {
      const roles = taskAgencies(task);
      for (const role of ROLES) if (roles[role].includes(agency.id)) counts[role] += 1;
    }
    const listed = listedIn(agency.id);
    if (counts.lead + counts.cooperating + counts.supervising === 0 && listed.length === 0) {
      throw new SourceError(
        'content/agencies.yaml',
        lines('content/agencies.yaml', ['agencies', index]),
        `every agency to be named by a document`,
        `${agency.id} (${agency.names.join(', ')}), which none names`,
      );
    }
    const successor = registry.agencies.find((a) => a.succeeds?.agency === agency.id);
    const succeededBy = successor?.succeeds ? { agency: successor.id, source: successor.succeeds.source } : null;
    return agencyEntrySchema.parse({ ...agency, order: index + 1, counts, listedIn: listed, succeededBy });
  });
  return corpus;
}
