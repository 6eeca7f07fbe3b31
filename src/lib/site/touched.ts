import type { Lang } from '../schema/languages.ts';
import type { ChangeEntry } from '../schema/publishing.ts';
import { headingName, sectionName } from '../text/localize.ts';
import { categoryPath, documentPath, partAnchor, sectionAnchor, taskPath } from '../text/paths.ts';
import type { TouchedText } from './changes.ts';
import { openingParts, partTitle, taskTitle } from './parts.ts';
import type { SiteIndex } from './site-index.ts';

/**
 * The texts a change touched, as links in a language: a whole document as
 * itself; otherwise each task, section, heading and part by the name its page
 * gives it. The changes page lists them, and each feed entry those within
 * its feed's scope.
 *
 * @example changeToTexts(change, site, 'zh')[0] // → { label: '服务贸易创新发展试点任务 第5项', path: '/zh/services-trade/tasks/5/' }
 */
export function changeToTexts(change: ChangeEntry, site: SiteIndex, lang: Lang): TouchedText[] {
  return change.affects.flatMap((scope) => {
    const document = site.document(scope.document);
    const short = document.shortTitle[lang];
    if (scope.whole) return [{ label: document.title[lang], path: documentPath(lang, document.id) }];
    const sections = site.sectionsOf(document.id);
    return [
      ...scope.parts.flatMap((key) => {
        const index = document.parts.findIndex((p) => p.key === key);
        const part = document.parts[index];
        // The parts that open the page (its front matter) are its top, with no anchor of their own.
        const anchor = index < openingParts(document) ? '' : `#${partAnchor(key)}`;
        return part ? [{ label: `${short} · ${partTitle(document, part, lang)}`, path: `${documentPath(lang, document.id)}${anchor}` }] : [];
      }),
      ...scope.sections.flatMap((id) => {
        const section = sections.find((s) => s.id === id);
        if (!section) return [];
        // Unnumbered prose (a preamble) has no heading of its own: it is named by, and linked at, its part (实施方案 / the plan).
        const part = document.parts.find((p) => p.key === section.part);
        const name = sectionName(lang, section);
        return name
          ? [{ label: `${short} · ${name}`, path: `${documentPath(lang, document.id)}#${sectionAnchor(section.key)}` }]
          : [
              {
                label: `${short} · ${part ? partTitle(document, part, lang) : section.key}`,
                path: `${documentPath(lang, document.id)}#${partAnchor(section.part)}`,
              },
            ];
      }),
      ...scope.categories.map((id) => {
        const category = site.categoriesOf(document.id).find((c) => c.id === id);
        if (!category) throw new Error(`changes: no category ${id}`);
        return { label: `${short} · ${headingName(lang, category)}`, path: categoryPath(lang, document.id, category.ordinal) };
      }),
      ...scope.tasks.map((id) => {
        const task = site.taskById(id);
        return { label: taskTitle(document, task, lang), path: taskPath(lang, task) };
      }),
    ];
  });
}
