import type { TaskEntry } from '../schema/task.ts';
import type { Glossary } from '../schema/translation.ts';

/** One entry of content/glossary.yaml: a Chinese term, its fixed English, perhaps a note. */
export type GlossaryTerm = Glossary[number];

/**
 * The glossary terms a Chinese text uses, in the glossary's order. A longer
 * term takes precedence over the shorter terms inside it, as in the
 * translation check: 港澳台 uses 港澳台, not 港澳 as well.
 *
 * @example glossaryTermsIn('支持港澳台医师开办诊所', [{ zh: '港澳台', en: 'Hong Kong, Macao and Taiwan' }, { zh: '港澳', en: 'Hong Kong and Macao' }]) // → [{ zh: '港澳台', … }]
 */
export function glossaryTermsIn(text: string, glossary: readonly GlossaryTerm[]): GlossaryTerm[] {
  let rest = text;
  const used = new Set<GlossaryTerm>();
  for (const term of [...glossary].sort((a, b) => b.zh.length - a.zh.length)) {
    if (!rest.includes(term.zh)) continue;
    used.add(term);
    // A character no term holds, so no shorter term is found across or inside what matched.
    rest = rest.split(term.zh).join('\u0000');
  }
  return glossary.filter((term) => used.has(term));
}

/** The glossary terms a task uses, in its text or its other cells (a remark, a deadline: the Chinese, which is authoritative), in the glossary's order. */
export function taskGlossaryTerms(task: Pick<TaskEntry, 'text' | 'details'>, glossary: readonly GlossaryTerm[]): GlossaryTerm[] {
  // Each text is matched once (matching per term made every task page cost 143 × 143 searches).
  const used = new Set([task.text, ...Object.values(task.details)].flatMap((text) => glossaryTermsIn(text.zh, glossary)));
  return glossary.filter((term) => used.has(term));
}

/**
 * Every glossary term with the tasks that use it, in the glossary's order
 * and the tasks' order as given.
 *
 * @example glossaryToTasks(glossary, site.tasks).find((e) => e.term.zh === '金砖国家')?.tasks.map((t) => t.id) // → ['services-trade-68', 'services-opening-67']
 */
export function glossaryToTasks(glossary: readonly GlossaryTerm[], tasks: readonly TaskEntry[]): { term: GlossaryTerm; tasks: TaskEntry[] }[] {
  const byTask = new Map(tasks.map((task) => [task, new Set(taskGlossaryTerms(task, glossary))]));
  return glossary.map((term) => ({ term, tasks: tasks.filter((task) => byTask.get(task)!.has(term)) }));
}

/**
 * A text cut into runs of Chinese and of everything else, so that an English
 * note can mark the Chinese it quotes with its language.
 *
 * @example textToScriptRuns('厦门自贸片区 is the Xiamen Area') // → [{ text: '厦门自贸片区', chinese: true }, { text: ' is the Xiamen Area', chinese: false }]
 */
export function textToScriptRuns(text: string): { text: string; chinese: boolean }[] {
  return (text.match(/[\p{Script=Han}，、。“”（）]+|[^\p{Script=Han}，、。“”（）]+/gu) ?? []).map((run) => ({
    text: run,
    chinese: /\p{Script=Han}/u.test(run),
  }));
}
