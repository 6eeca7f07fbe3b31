import type { Lang } from '../schema/common.ts';
import { glossaryPath, taskPath } from './paths.ts';

/**
 * Where the marks of annotated MDX link to, from the ids the MDX carries.
 * Built on paths.ts, the one place that makes the site's URLs.
 */

/**
 * A task's page from its id, `{document}-{number}`. Throws on anything else.
 * @example taskIdToPath('en', 'services-opening-12') // → '/en/services-opening/tasks/12/'
 */
export function taskIdToPath(lang: Lang, id: string): string {
  const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)-([1-9]\d*)$/.exec(id);
  if (!match) throw new Error(`taskIdToPath: “${id}” is not a task id such as services-opening-12`);
  return taskPath(lang, match[1] as string, Number(match[2]));
}

/**
 * A glossary entry on the glossary page, from its anchor (`glossaryAnchor` of its Chinese).
 * @example glossaryTermPath('en', '单一窗口') // → '/en/glossary/#单一窗口'
 */
export const glossaryTermPath = (lang: Lang, anchor: string) => `${glossaryPath(lang)}#${anchor}`;
