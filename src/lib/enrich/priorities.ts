import { quoteSource, SourceError } from '../text/source-error.ts';
import type { Priorities, SentenceLink } from '../schema/priority.ts';
import type { SectionEntry } from '../schema/section.ts';
import type { TaskEntry } from '../schema/task.ts';
import { TranslationError } from '../translate/lookup.ts';
import { TRANSLATIONS_DIR } from '../translate/units.ts';
import type { InputLines } from '../build/build-corpus.ts';
import type { Corpus } from '../schema/corpus.ts';
import type { Lang } from '../schema/languages.ts';

/** How each language ends a sentence and separates the clauses of a list in running text. */
const PRIORITIES_FILE = 'content/priorities.yaml';

const CLAUSES: Record<Lang, { end: string; separator: string }> = { zh: { end: '。', separator: '；' }, en: { end: '. ', separator: '; ' } };

const HAN_BIGRAM = /(?=(\p{Script=Han}{2}))/gu;
/** A heading that declares how many differentiated tasks a section names: 探索推动 5 项差异化试点任务. */
const DECLARED_DIFFERENTIATED = /(\d+)\s*项[^\s，。]*差异化[^\s，。]*任务/;

/** The Han bigrams of a text. */
const bigrams = (text: string) => new Set([...text.matchAll(HAN_BIGRAM)].map((m) => m[1] as string));

/**
 * How much of a clause a task's text contains: the share of the clause's Han
 * bigrams that also occur in the task.
 *
 * @example clauseCoverage('促进金砖国家服务贸易合作', '积极探索制度创新，促进金砖国家服务贸易合作。') // → 1
 */
export function clauseCoverage(clause: string, text: string): number {
  const wanted = bigrams(clause);
  const present = bigrams(text);
  if (wanted.size === 0) return 0;
  return [...wanted].filter((b) => present.has(b)).length / wanted.size;
}

/**
 * The clauses of a paragraph that lists tasks: after its first sentence, the
 * parts between "；" (Chinese) or "; " (English), without the final full stop.
 *
 * @example listedClauses('集中优势资源。打造离岸算力设施；支持…业务。', 'zh') // → ['打造离岸算力设施', '支持…业务']
 */
export function listedClauses(paragraph: string, lang: Lang): string[] {
  const { end, separator } = CLAUSES[lang];
  const start = paragraph.indexOf(end);
  if (start < 0) return [];
  return paragraph
    .slice(start + end.length)
    .replace(/[。.]\s*$/, '')
    .split(separator)
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '');
}

/** The least share of a clause's words a task must hold to be the task it names. */
const MIN_COVERAGE = 0.6;

/**
 * Finds, in the plan's own words, the tasks a section names without numbers:
 * the 差异化试点任务. The section is the one whose heading declares their
 * number; each of its listed clauses must match one task of the attachment,
 * a different one each, by the words they share.
 */
function findDifferentiated(corpus: Corpus, section: SectionEntry, declaredCount: number, file: string) {
  const documentId = section.document;
  const paragraph = section.paragraphs.map((p) => p.zh).join('');
  const clauses = listedClauses(paragraph, 'zh');
  if (clauses.length !== declaredCount) {
    throw new SourceError(file, section.line, `${declaredCount} clauses naming the differentiated tasks, separated by "；"`, `${clauses.length}`);
  }
  const tasks = corpus.tasks.filter((t) => t.document === documentId);
  const matches = clauses.map((clause) => {
    const ranked = tasks.map((task) => ({ task, coverage: clauseCoverage(clause, task.text.zh) })).sort((a, b) => b.coverage - a.coverage);
    const best = ranked[0];
    if (!best || best.coverage < MIN_COVERAGE)
      throw new SourceError(file, section.line, `a task of the attachment worded like “${clause}”`, 'none close enough');
    // Two tasks equally close would make the choice arbitrary: refuse rather than guess.
    const tied = ranked.filter((r) => r.coverage === best.coverage);
    if (tied.length > 1) throw new SourceError(file, section.line, `one task of the attachment worded like “${clause}”`, tied.map((r) => r.task.id).join(', '));
    return { clause, task: best.task };
  });
  const ids = matches.map((m) => m.task.id);
  if (new Set(ids).size !== ids.length) throw new SourceError(file, section.line, 'each differentiated clause to name a different task', ids.join(', '));
  return { section, matches };
}

/**
 * Marks the plan's own priorities on the tasks, from content/priorities.yaml:
 * the differentiated tasks, found by their wording, and the remarks a
 * document's table gives. Links the plan's clauses to the tasks they name, in
 * Chinese and in English: the translation keeps the same clauses, in the same
 * order, or the step stops. Every remark the file lists must be a task's.
 */
export function markPriorities(corpus: Corpus, priorities: Priorities, lines: InputLines = () => 1): Corpus {
  const marks = new Map<string, string[]>();
  const mark = (taskId: string, priority: string) => marks.set(taskId, [...(marks.get(taskId) ?? []), priority]);
  const links = new Map<string, SentenceLink[]>();

  const fileOf = (document: string) => `seeds/${corpus.documents.find((d) => d.id === document)?.file}`;
  // A section whose heading declares a number of differentiated tasks (（二）探索推动 5 项差异化试点任务) names them in its text.
  const declared = corpus.sections.flatMap((section) => {
    const match = section.heading && DECLARED_DIFFERENTIATED.exec(section.heading.zh);
    return match ? [{ section, count: Number(match[1]) }] : [];
  });
  for (const entry of declared) {
    const { section, matches } = findDifferentiated(corpus, entry.section, entry.count, fileOf(entry.section.document));
    for (const { task } of matches) mark(task.id, 'differentiated');
    const englishClauses = listedClauses(section.paragraphs.map((p) => p.en).join(' '), 'en');
    if (englishClauses.length !== matches.length) {
      throw new TranslationError([
        `${TRANSLATIONS_DIR}/${section.document}/document.yaml: expected parts.${section.part}.sections.${section.key} to keep the ${matches.length} clauses that name the differentiated tasks, separated by "; ", found ${englishClauses.length}`,
      ]);
    }
    links.set(
      `${section.document}/${section.key}`,
      matches.map(({ clause, task }, i) => ({ text: { zh: clause, en: englishClauses[i] as string }, task: task.id, document: task.document, key: task.key })),
    );
  }

  const byRemark = new Map(Object.entries(priorities.remarks).map(([id, p]) => [p.remark, id]));
  for (const task of corpus.tasks) {
    const remark = task.details.remark;
    if (!remark) continue;
    const id = byRemark.get(remark.zh);
    if (!id) throw new SourceError(fileOf(task.document), task.line, `a remark listed in content/priorities.yaml`, quoteSource(remark.zh));
    mark(task.id, id);
  }
  // A remark that no task has would be published as a priority with no tasks: a misspelt remark, most likely.
  const used = new Set([...marks.values()].flat());
  for (const [id, { remark }] of Object.entries(priorities.remarks)) {
    if (!used.has(id))
      throw new SourceError(
        PRIORITIES_FILE,
        lines(PRIORITIES_FILE, ['remarks', id, 'remark']),
        `a remark that a task of a document has at remarks.${id}.remark`,
        quoteSource(remark),
      );
  }

  const withMarks = (task: TaskEntry): TaskEntry => ({ ...task, priorities: marks.get(task.id) ?? [] });
  const withLinks = (section: SectionEntry): SectionEntry => ({ ...section, links: links.get(`${section.document}/${section.key}`) ?? [] });
  return {
    ...corpus,
    tasks: corpus.tasks.map(withMarks),
    sections: corpus.sections.map(withLinks),
    priorities: [
      { id: 'differentiated', order: 1, ...priorities.differentiated },
      ...Object.entries(priorities.remarks).map(([id, { label, description }], i) => ({ id, order: i + 2, label, description })),
    ],
  };
}
