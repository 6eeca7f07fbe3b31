/**
 * THE EXTENSION POINT, PROVED: each fixture document (tests/fixtures/documents/),
 * in a layout the site's code has never seen, goes through the whole pipeline
 * into a built site of its own. Its folder holds everything adding it took: its
 * seed, its parser, its manifest and editorial entries, the bodies the
 * registry lacked, its translation. Nothing in src/ names it or its layout.
 *
 * Unlike the other build tests, which read the project's own dist/, this one
 * copies the project into a scratch folder per fixture, adds the overlay and
 * runs `astro build` there (about as long as a build of the real site, each).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { load, type CheerioAPI } from 'cheerio';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ParserModule } from '../../src/lib/parse/parser.ts';
import { BODY_FIELDS, isDetailField, type ParsedItemsPart } from '../../src/lib/schema/document.ts';
import { formatCount } from '../../src/lib/text/format.ts';
import { shownText } from '../helpers/dist.ts';
import { FIXTURE_DOCUMENTS, fixtureDocuments, makeFixtureProject } from '../helpers/fixture-project.ts';
import { ROOT } from '../helpers/paths.ts';

const LANGS = ['zh', 'en'] as const;

/** What a fixture says of itself, read without the site: its manifest entry, its parsed seed, its translation. */
async function fixtureOf(name: string) {
  const dir = join(FIXTURE_DOCUMENTS, name);
  const [entry] = (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { documents: { slug: string; file: string; format: string }[] }).documents;
  if (!entry) throw new Error(`tests: fixture ${name} has no manifest entry`);
  const own = join(dir, 'src/lib/parse/formats', `${entry.format}.ts`);
  const parserFile = existsSync(own) ? own : join(ROOT, 'src/lib/parse/formats', `${entry.format}.ts`);
  const { parse } = (await import(pathToFileURL(parserFile).href)) as ParserModule;
  const seed = `seeds/${entry.file}`;
  const parsed = parse(readFileSync(join(dir, seed), 'utf8'), seed, {});
  const lists = parsed.parts.filter((p): p is ParsedItemsPart => p.kind === 'items');
  const restart = new Set(lists.flatMap((l) => l.tasks.map((t) => t.number))).size !== lists.flatMap((l) => l.tasks).length;
  // Each task with its key, as the URL scheme gives it (docs/pages.md).
  const tasks = lists.flatMap((list, i) => list.tasks.map((task) => ({ ...task, list, key: restart ? `${i + 1}-${task.number}` : `${task.number}` })));
  const english = yaml.load(readFileSync(join(dir, `content/translations/en/${entry.slug}/tasks.yaml`), 'utf8')) as Record<
    string,
    Record<string, { en: string }>
  >;
  const newBodies = existsSync(join(dir, 'agencies.yaml'))
    ? (yaml.load(readFileSync(join(dir, 'agencies.yaml'), 'utf8')) as { agencies: { id: string; names: string[] }[] }).agencies
    : [];
  return { name, dir, slug: entry.slug, parsed, lists, tasks, english, newBodies };
}

const fixtures = await Promise.all(fixtureDocuments().map(fixtureOf));
const built = new Map<string, string>();

beforeAll(() => {
  for (const fixture of fixtures) {
    const dir = mkdtempSync(join(tmpdir(), `fixture-${fixture.name}-`));
    makeFixtureProject(fixture.dir, dir);
    const run = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
      cwd: dir,
      encoding: 'utf8',
      // The project's own Node (24) first, as `npm run` would put it.
      env: { ...process.env, LOCAL_BUILD: '1', PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}` },
    });
    if (run.status !== 0) throw new Error(`astro build of the fixture site ${fixture.name} failed:\n${run.stdout}\n${run.stderr}`);
    built.set(fixture.name, dir);
  }
}, 600_000);

afterAll(() => {
  for (const dir of built.values()) rmSync(dir, { recursive: true, force: true });
});

test('there are fixture documents, one of them with several lists of items that each number from 1', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(2);
  expect(fixtures.some((f) => f.lists.length > 1 && f.tasks.some((t) => t.key.includes('-')))).toBe(true);
});

describe.each(fixtures)('the fixture document $name, built into a site of its own', (fixture) => {
  const { slug } = fixture;
  const dist = () => join(built.get(fixture.name) as string, 'dist');
  const page = (path: string): CheerioAPI => {
    const file = join(dist(), path, 'index.html');
    expect(existsSync(file), `a page at ${path}`).toBe(true);
    return load(readFileSync(file, 'utf8'));
  };

  test('every task has a page in both languages: the Chinese verbatim, the English, each body it names linked to a page that exists', () => {
    for (const task of fixture.tasks) {
      for (const lang of LANGS) {
        const $ = page(`/${lang}/${slug}/tasks/${task.key}/`);
        const main = $('main');
        expect(shownText(main)).toContain(task.text);
        if (lang === 'en') expect(shownText(main)).toContain(fixture.english[task.key]?.text?.en);
        const names = [...(task.bodies?.lead ?? []), ...(task.bodies?.cooperating ?? []), ...(task.bodies?.supervising ?? [])];
        for (const name of names) expect(main.find('dl.facts').first().text()).toContain(name);
        const links = main.find('dl.facts').first().find('a[href*="/agencies/"]');
        expect(links.length).toBeGreaterThanOrEqual(names.length);
        for (const href of links.map((_, a) => $(a).attr('href')).get()) page(href);
      }
    }
  });

  test('a task page shows the facts its list has columns for, and none it lacks', () => {
    for (const list of fixture.lists) {
      const task = fixture.tasks.find((t) => t.list === list)!;
      const $ = page(`/zh/${slug}/tasks/${task.key}/`);
      const terms = $('dl.facts')
        .first()
        .children('dt')
        .map((_, dt) => $(dt).text().trim())
        .get();
      const fields = list.columns.map((c) => c.field);
      const roles = new Set(fields.flatMap((f) => (Object.hasOwn(BODY_FIELDS, f) ? [...BODY_FIELDS[f as keyof typeof BODY_FIELDS]] : [])));
      expect(terms.includes('牵头单位')).toBe(roles.has('lead'));
      expect(terms.includes('配合单位')).toBe(roles.has('cooperating'));
      expect(terms.some((t) => t.includes('上级部门'))).toBe(roles.has('supervising'));
      // Each other column is shown under its own heading, with the row's cell.
      for (const column of list.columns.filter((c) => isDetailField(c.field))) {
        expect(terms).toContain(column.heading);
        const cell = task.cells.find((c) => c.field === column.field);
        if (cell) expect($('dl.facts').first().text()).toContain(cell.text);
      }
    }
  });

  test('its document page shows every part in reading order, every task in its list, and names each part in the contents', () => {
    for (const lang of LANGS) {
      const $ = page(`/${lang}/${slug}/`);
      expect($('h1').length).toBe(1);
      const text = $('main').text();
      for (const task of fixture.tasks) expect(text).toContain(task.text);
      const positions = fixture.tasks.map((t) => text.indexOf(t.text));
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      for (const part of fixture.parsed.parts.slice(1)) {
        expect($(`[id="${part.key}"]`).length, part.key).toBe(1);
        expect($(`.toc-aside a[href="#${part.key}"]`).length, part.key).toBe(1);
      }
    }
  });

  test('the bodies it brings have their pages, and the copy counts the documents from the data', () => {
    for (const body of fixture.newBodies) for (const lang of LANGS) expect(page(`/${lang}/agencies/${body.id}/`)('h1').text()).not.toBe('');
    const count = JSON.parse(readFileSync(join(dist(), 'data/documents.json'), 'utf8')).length as number;
    expect(count).toBe(3);
    expect(page('/zh/')('.lede').text()).toContain(`${formatCount(count, 'zh')}份`);
    expect(page('/en/')('.lede').text()).toContain(`${formatCount(count, 'en')} of Xiamen's policy documents`);
    for (const path of ['/zh/', '/en/', '/zh/overview/', '/en/overview/', '/zh/glossary/', '/en/agencies/']) {
      expect(page(path)('main').text(), path).not.toMatch(/两份|two documents|both documents/i);
    }
  });

  test('the document is on the home page and in the open data, and each task has JSON of its own', () => {
    for (const lang of LANGS) expect(page(`/${lang}/`)(`a[href="/${lang}/${slug}/"]`).length).toBeGreaterThan(0);
    const csv = readFileSync(join(dist(), 'data/tasks.csv'), 'utf8');
    for (const task of fixture.tasks) {
      expect(csv).toContain(`${slug}-${task.key},${slug},${task.key},${task.number},`);
      expect(existsSync(join(dist(), `data/tasks/${slug}-${task.key}.json`))).toBe(true);
    }
    const tasks = JSON.parse(readFileSync(join(dist(), 'data/tasks.json'), 'utf8')) as { id: string; text: { zh: string } }[];
    expect(tasks.filter((t) => t.id.startsWith(`${slug}-`)).map((t) => t.text.zh)).toEqual(fixture.tasks.map((t) => t.text));
  });

  test('the search data holds every task of every document, in both languages', () => {
    const tasks = JSON.parse(readFileSync(join(dist(), 'search/tasks.json'), 'utf8')) as { tasks: { id: string }[] };
    const english = JSON.parse(readFileSync(join(dist(), 'search/en.json'), 'utf8')) as { en: string[] };
    const taskPages = (lang: string) =>
      readdirSync(join(dist(), lang), { recursive: true }).filter((p) => /^[^/]+\/tasks\/[^/]+\/index\.html$/.test(String(p))).length;
    expect(tasks.tasks).toHaveLength(taskPages('zh'));
    expect(english.en).toHaveLength(taskPages('en'));
    expect(tasks.tasks.filter((t) => t.id.startsWith(`${slug}-`))).toHaveLength(fixture.tasks.length);
    expect(taskPages('zh')).toBe(199 + fixture.tasks.length);
  });
});
