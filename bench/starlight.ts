/**
 * The yardstick for build speed: a plain Starlight site of the same content,
 * built with the same Astro and Starlight's default Pagefind, alternated with
 * ours so both see the same machine load.
 *
 * The Starlight site is written into `.tmp/bench-starlight/` from the open
 * data of a finished build of ours (`dist/data/*.json`): the public, schema-
 * checked form of the records, so it follows the content whatever shape the
 * internal model takes. It has what our site has per language: a home page,
 * one page per category listing its tasks, and one page per task with its
 * text, category, bodies and remark (the English page with the Chinese
 * original beside it). Its sidebar lists the categories by document, as our
 * header and home page lead to them; Starlight's default sidebar would list
 * all 221 pages on every page and make its build slower than this one.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { openCategorySchema, openDocumentSchema, openTaskSchema, type OpenCategory, type OpenDocument, type OpenTask } from '../src/lib/schema/open-data.ts';
import { LANGS, type Lang } from '../src/lib/schema/languages.ts';

/** One timed clean build: wall time and the number of HTML pages it wrote. */
export interface Timed {
  totalMs: number;
  pages: number;
}

/** The comparison as `npm run bench` prints it: every run, the medians and their ratio. */
export interface StarlightComparison {
  runs: number;
  ours: { msPerPage: number[]; median: number; pages: number };
  starlight: { msPerPage: number[]; median: number; pages: number };
  /** Median ms per page of ours over Starlight's: the budget is ≤ 0.86 (bench/bench.ts). */
  ratio: number;
}

/** The UI words the generated pages need, per language. */
const WORDS = {
  zh: {
    task: (n: number) => `第${n}项`,
    category: '类别',
    lead: '牵头单位',
    cooperating: '配合单位',
    supervising: '上级指导部门',
    remark: '备注',
    colon: '：',
    sep: '、',
  },
  en: {
    task: (n: number) => `Task ${n}`,
    category: 'Category',
    lead: 'Lead',
    cooperating: 'Co-operating',
    supervising: 'Supervising national bodies',
    remark: 'Remark',
    colon: ': ',
    sep: '; ',
  },
} as const;

/**
 * Escapes text for Markdown: every ASCII punctuation character may be
 * backslash-escaped in CommonMark, so escaping all of them leaves nothing to
 * be read as markup.
 * @example markdownText('（一）*a*') // '（一）\\*a\\*'
 */
export function markdownText(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** Escapes text for an HTML element's content. */
const htmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Frontmatter with a title (JSON strings are valid YAML) and an optional sidebar order. */
const frontmatter = (title: string, order?: number) =>
  ['---', `title: ${JSON.stringify(title)}`, ...(order === undefined ? [] : ['sidebar:', `  order: ${order}`]), '---', ''].join('\n');

const categoryTitle = (category: OpenCategory, lang: Lang) => `${category.label}${category.heading[lang]}`;
const bodies = (refs: OpenTask['lead'], lang: Lang) => refs.map((r) => r.name[lang]).join(WORDS[lang].sep);

function taskPage(task: OpenTask, document: OpenDocument, category: OpenCategory, lang: Lang): string {
  const w = WORDS[lang];
  const lines = [frontmatter(`${document.shortTitle[lang]} ${w.task(task.number)}`), markdownText(task.text[lang]), ''];
  if (lang === 'en') lines.push(`<p lang="zh-CN">${htmlText(task.text.zh)}</p>`, '');
  lines.push(`**${w.category}**${w.colon}[${markdownText(categoryTitle(category, lang))}](/${lang}/${task.document}/categories/${category.ordinal}/)`, '');
  for (const role of ['lead', 'cooperating', 'supervising'] as const) {
    if (task[role].length > 0) lines.push(`- **${w[role]}**${w.colon}${markdownText(bodies(task[role], lang))}`);
  }
  if (task.details.remark) lines.push(`- **${w.remark}**${w.colon}${markdownText(task.details.remark[lang])}`);
  return `${lines.join('\n')}\n`;
}

function categoryPage(category: OpenCategory, tasks: OpenTask[], lang: Lang): string {
  const w = WORDS[lang];
  const items = tasks.map(
    (t) =>
      `- [${w.task(t.number)}](/${lang}/${t.document}/tasks/${t.number}/) ${markdownText(t.text[lang])}${t.lead.length > 0 ? ` (${w.lead}${w.colon}${markdownText(bodies(t.lead, lang))})` : ''}`,
  );
  return `${frontmatter(categoryTitle(category, lang), category.ordinal)}${items.join('\n')}\n`;
}

function homePage(documents: OpenDocument[], categories: OpenCategory[], lang: Lang): string {
  const sections = documents.map((d) =>
    [
      `## ${markdownText(d.title[lang])}`,
      '',
      ...categories.filter((c) => c.document === d.id).map((c) => `- [${markdownText(categoryTitle(c, lang))}](/${lang}/${d.id}/categories/${c.ordinal}/)`),
      '',
    ].join('\n'),
  );
  return `${frontmatter(lang === 'zh' ? '服务业扩大开放' : 'Opening up the services sector')}${sections.join('\n')}`;
}

/**
 * Writes the Starlight project into `dir` from the open data of the last
 * build of the project at `root`.
 * `dir` must lie inside this project: it has no `node_modules` of its own, so
 * Node and Vite find ours by walking up, and it builds with the same Astro.
 * (A symlinked `node_modules` would not do: Vite would then leave Starlight's
 * own files unbundled, and their `astro:` imports fail.)
 * Returns the number of content pages written.
 */
export function writeStarlightSite(root: string, dir: string): number {
  const dataDir = join(root, 'dist/data');
  const read = <T extends z.ZodType>(file: string, schema: T) => z.array(schema).parse(JSON.parse(readFileSync(join(dataDir, file), 'utf8')));
  const documents = read('documents.json', openDocumentSchema);
  const categories = read('categories.json', openCategorySchema);
  const tasks = read('tasks.json', openTaskSchema);

  rmSync(dir, { recursive: true, force: true });
  const files = new Map<string, string>();
  const note = 'Generated by bench/starlight.ts from dist/data/ for `npm run bench`; do not edit.';
  // Astro bundles the packages the project depends on that build on Astro
  // (Starlight imports `astro:` modules); it finds them in package.json.
  const ours = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const dependencies = Object.fromEntries(['astro', '@astrojs/starlight'].map((name) => [name, ours.devDependencies[name]]));
  files.set('package.json', `${JSON.stringify({ name: 'bench-starlight', private: true, type: 'module', description: note, dependencies }, null, 2)}\n`);
  files.set(
    'astro.config.mjs',
    `// ${note}
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: { 'zh-CN': '服务业扩大开放', en: 'Opening up the services sector' },
      defaultLocale: 'zh',
      locales: { zh: { label: '简体中文', lang: 'zh-CN' }, en: { label: 'English', lang: 'en' } },
      sidebar: ${JSON.stringify(documents.map((d) => ({ label: d.shortTitle.zh, translations: { en: d.shortTitle.en }, items: [{ autogenerate: { directory: `${d.id}/categories` } }] })))},
    }),
  ],
});
`,
  );
  files.set(
    'src/content.config.ts',
    `// ${note}
import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  let pages = 0;
  const page = (path: string, text: string) => {
    files.set(`src/content/docs/${path}`, text);
    pages += 1;
  };
  for (const lang of LANGS) {
    page(`${lang}/index.md`, homePage(documents, categories, lang));
    for (const category of categories) {
      page(
        `${lang}/${category.document}/categories/${category.ordinal}.md`,
        categoryPage(
          category,
          tasks.filter((t) => t.category.id === category.id),
          lang,
        ),
      );
    }
    for (const task of tasks) {
      const document = documents.find((d) => d.id === task.document);
      const category = categories.find((c) => c.id === task.category.id);
      if (!document || !category)
        throw new Error(`bench/starlight: task ${task.id} names document ${task.document} and category ${task.category.id}, which the open data lacks`);
      page(`${lang}/${task.document}/tasks/${task.number}.md`, taskPage(task, document, category, lang));
    }
  }
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return pages;
}

/** A clean `astro build` of the project in `dir`, timed from outside. */
export function timedStarlightBuild(dir: string, astro: string, env: NodeJS.ProcessEnv): Timed {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, '.astro'), { recursive: true, force: true });
  const started = performance.now();
  const run = spawnSync(astro, ['build'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env });
  const totalMs = performance.now() - started;
  if (run.status !== 0) throw new Error(`astro build failed in ${dir}:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
  const pages = readdirSync(join(dir, 'dist'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;
  return { totalMs, pages };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * Builds ours and the Starlight site in turn, `runs` times each, and compares
 * their median ms per page. Alternating, rather than all of one then all of
 * the other, spreads any change in the machine's load over both.
 */
export function compareWithStarlight(runs: number, buildOurs: () => Timed, buildStarlight: () => Timed): StarlightComparison {
  const ours: Timed[] = [];
  const starlight: Timed[] = [];
  for (let run = 1; run <= runs; run += 1) {
    console.log(`  run ${run} of ${runs}: ours…`);
    ours.push(buildOurs());
    console.log(`  run ${run} of ${runs}: Starlight…`);
    starlight.push(buildStarlight());
  }
  const summary = (builds: Timed[]) => {
    const msPerPage = builds.map((b) => b.totalMs / b.pages);
    return { msPerPage, median: median(msPerPage), pages: builds[0]?.pages ?? 0 };
  };
  const result = { runs, ours: summary(ours), starlight: summary(starlight) };
  return { ...result, ratio: result.ours.median / result.starlight.median };
}
