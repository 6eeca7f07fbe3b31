import { LANGUAGES, type Lang } from '../schema/languages.ts';
import { agencyName, headingName } from '../text/localize.ts';
import { agencyPath, categoryPath } from '../text/paths.ts';
import type { SiteIndex } from '../site/site-index.ts';
import { taskAgencies } from '../text/task-agencies.ts';

/** One bar: its label, where it links, and its values (one per series, stacked). */
export interface Bar {
  label: string;
  href: string;
  values: number[];
}

/** A grid of counts: rows by columns. */
export interface Matrix {
  rows: { label: string; href: string }[];
  columns: { label: string; title: string; href: string }[];
  cells: number[][];
}

/**
 * Tasks per category of a document, in the document's order.
 *
 * @example tasksPerCategory(site, 'zh', 'services-trade')[0] // → { label: '（一）完善管理体制', href: '/zh/services-trade/categories/1/', values: [8] }
 */
export function tasksPerCategory(site: SiteIndex, lang: Lang, document: string): Bar[] {
  return site
    .categoriesOf(document)
    .map((c) => ({ label: headingName(lang, c), href: categoryPath(lang, document, c.ordinal), values: [site.tasksIn(c).length] }));
}

/**
 * The bodies with the most tasks as lead or co-operating unit: values are
 * [lead, co-operating]. Ties go to the registry's order.
 */
export function topResponsibleAgencies(site: SiteIndex, lang: Lang, limit: number): Bar[] {
  return site.agencies
    .map((agency) => {
      const roles = site.tasksByRole(agency.id);
      return { agency, values: [roles.lead.length, roles.cooperating.length] };
    })
    .filter(({ values }) => values[0]! + values[1]! > 0)
    .sort((a, b) => b.values[0]! + b.values[1]! - (a.values[0]! + a.values[1]!) || b.values[0]! - a.values[0]! || a.agency.order - b.agency.order)
    .slice(0, limit)
    .map(({ agency, values }) => ({ label: agencyName(agency)[lang], href: agencyPath(lang, agency.id), values }));
}

/** The national bodies named as supervising the most measures. */
export function topSupervisors(site: SiteIndex, lang: Lang, limit: number): Bar[] {
  return site.agencies
    .map((agency) => ({ agency, count: site.tasksByRole(agency.id).supervising.length }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count || a.agency.order - b.agency.order)
    .slice(0, limit)
    .map(({ agency, count }) => ({ label: agencyName(agency)[lang], href: agencyPath(lang, agency.id), values: [count] }));
}

/**
 * Who works on what: for each body that leads or co-operates on a task of
 * the document, its tasks (either role) per category. Rows go by total,
 * most first.
 */
export function agencyCategoryMatrix(site: SiteIndex, lang: Lang, document: string): Matrix {
  const categories = site.categoriesOf(document);
  const tasks = site.tasksOf(document);
  const rows = site.agencies
    .map((agency) => ({
      agency,
      cells: categories.map(
        (c) => tasks.filter((t) => t.category === c.ordinal && [...taskAgencies(t).lead, ...taskAgencies(t).cooperating].includes(agency.id)).length,
      ),
    }))
    .filter(({ cells }) => cells.some((n) => n > 0))
    .sort((a, b) => b.cells.reduce((x, y) => x + y, 0) - a.cells.reduce((x, y) => x + y, 0) || a.agency.order - b.agency.order);
  return {
    rows: rows.map(({ agency }) => ({ label: agencyName(agency)[lang], href: agencyPath(lang, agency.id) })),
    columns: categories.map((c) => ({
      // The original's own numbering; a translation numbers the columns (1), (2) …
      label: LANGUAGES[lang].original ? c.label : `(${c.ordinal})`,
      title: c.heading[lang],
      href: categoryPath(lang, document, c.ordinal),
    })),
    cells: rows.map(({ cells }) => cells),
  };
}
