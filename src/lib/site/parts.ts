import { isUiKey, useTranslations } from '../../i18n/index.ts';
import type { Bilingual } from '../schema/common.ts';
import type { DocumentEntry, PartEntry, PassageEntry } from '../schema/document.ts';
import type { TaskEntry } from '../schema/task.ts';
import { LANGS, type Lang } from '../schema/languages.ts';

/** A part's passages in order, without the references to its sections. */
export const passagesOf = (part: PartEntry): PassageEntry[] =>
  (part.blocks as readonly PartEntry['blocks'][number][]).filter((block): block is PassageEntry => block.kind === 'passage');

/** A part's passage of a role (its `label`, its `heading`), if it has one. */
export const passageOf = (part: PartEntry, role: string): PassageEntry | undefined => passagesOf(part).find((passage) => passage.role === role);

/**
 * What to call a part in a table of contents or a hidden heading, in order:
 * the label it prints (附件2), its own heading (the plan's title), the site's
 * name for its role where the UI strings have one (`part.notice` → 通知). A
 * part with none of them is called by its place.
 *
 * @example partName(notice.parts[3], (role) => ui[`part.${role}`]) // → { zh: '附件', en: 'Attachment' }
 */
export function partName(part: PartEntry, roleName: (role: string) => Bilingual | undefined): Bilingual | undefined {
  return passageOf(part, 'label')?.text ?? passageOf(part, 'heading')?.text ?? roleName(part.role);
}

/**
 * The parts that open the page, before its facts and contents: every part up
 * to and including the one that holds the document's title.
 *
 * @example openingParts(notice).length // → 1 (the front matter)
 */
export function openingParts(document: DocumentEntry): number {
  const index = document.parts.findIndex((part) => passageOf(part, 'title'));
  return index + 1;
}

/**
 * A part's name in a language (see {@link partName}), with the site's own
 * names for roles from the UI strings (`part.{role}`), and, for a part that
 * has none, its place: 第3部分 / Part 3.
 *
 * @example partTitle(notice, notice.parts[4], 'zh') // → '版记'
 */
export function partTitle(document: DocumentEntry, part: PartEntry, lang: Lang): string {
  const roleName = (role: string): Bilingual | undefined => {
    const key = `part.${role}`;
    return isUiKey(key) ? (Object.fromEntries(LANGS.map((l) => [l, useTranslations(l)(key)])) as Bilingual) : undefined;
  };
  return partName(part, roleName)?.[lang] ?? useTranslations(lang)('part.numbered', { number: document.parts.indexOf(part) + 1 });
}

/**
 * What to call a task in a list of one document's tasks, in a language: its
 * number as the source gives it (第12项 / Task 12), with its list's label
 * where the document has more than one list (附件2 第3项 / Attachment 2, task 3).
 *
 * @example taskName(notice, task12, 'zh') // → '第12项'
 */
export function taskName(document: DocumentEntry, task: Pick<TaskEntry, 'part' | 'number'>, lang: Lang): string {
  const t = useTranslations(lang);
  const lists = document.parts.filter((p) => p.kind === 'items');
  const label =
    lists.length > 1 ? lists.find((p) => p.key === task.part) && passageOf(lists.find((p) => p.key === task.part) as PartEntry, 'label') : undefined;
  return label ? t('task.numberInList', { list: label.text[lang], number: task.number }) : t('task.number', { number: task.number });
}

/**
 * What to call a task among tasks of several documents: the document's short
 * title and the task's name (服务业扩大开放综合试点任务 第12项 / …, task 12).
 *
 * @example taskTitle(notice, task12, 'en') // → "Xiamen's Comprehensive Pilot Tasks for Expanding the Opening-up of the Services Sector, task 12"
 */
export function taskTitle(document: DocumentEntry, task: Pick<TaskEntry, 'part' | 'number'>, lang: Lang): string {
  const t = useTranslations(lang);
  const several = document.parts.filter((p) => p.kind === 'items').length > 1;
  return several
    ? t('task.titleInList', { document: document.shortTitle[lang], task: taskName(document, task, lang) })
    : t('task.title', { document: document.shortTitle[lang], number: task.number });
}
