/**
 * THE EXTENSION POINT, PROVED: a third document, in a layout neither real
 * document has (tests/fixtures/third-document/: a two-column 任务 | 牵头单位
 * list, the `lead-table` format), goes through the whole pipeline into a
 * built site. The overlay holds only what the README's "How to add a
 * document" asks for: the seed, its manifest entry, its editorial entry and
 * its translation files; the parser and its registry line are in src/.
 *
 * Unlike the other build tests, which read the project's own dist/, this one
 * copies the project into a scratch folder, adds the overlay and runs
 * `astro build` there once (about as long as a build of the real site).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { makeFixtureProject, THIRD_DOCUMENT } from '../helpers/fixture-project.ts';
import { ROOT } from '../helpers/paths.ts';

const SLUG = 'service-consumption';
const seedText = readFileSync(join(THIRD_DOCUMENT, 'seeds/010_service-consumption.txt'), 'utf8');
// What the seed says, read here without the parser: each task row is its text, a tab and its lead units.
const rows = seedText
  .split('\n')
  .filter((line) => line.includes('\t'))
  .slice(1)
  .map((line) => line.split('\t') as [string, string]);
const english = parseYaml(readFileSync(join(THIRD_DOCUMENT, `content/translations/en/${SLUG}/tasks.yaml`), 'utf8')) as Record<string, { text: { en: string } }>;

let dir = '';
let dist = '';
const page = (path: string): CheerioAPI => {
  const file = join(dist, path, 'index.html');
  expect(existsSync(file), `a page at ${path}`).toBe(true);
  return load(readFileSync(file, 'utf8'));
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'third-document-'));
  makeFixtureProject(THIRD_DOCUMENT, dir);
  const run = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    // The project's own Node (24) first, as `npm run` would put it.
    env: { ...process.env, LOCAL_BUILD: '1', PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}` },
  });
  if (run.status !== 0) throw new Error(`astro build of the fixture site failed:\n${run.stdout}\n${run.stderr}`);
  dist = join(dir, 'dist');
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a third document in a new layout, built into a fixture site', () => {
  test('the seed has the ten task rows the test reads', () => {
    expect(rows).toHaveLength(10);
  });

  test('its document page exists in both languages, with every task verbatim and, in English, translated', () => {
    const zh = page(`/zh/${SLUG}/`);
    const en = page(`/en/${SLUG}/`);
    expect(zh('html').attr('lang')).toBe('zh-CN');
    expect(en('html').attr('lang')).toBe('en');
    rows.forEach(([text], i) => {
      expect(zh('main').text()).toContain(text);
      expect(en('main').text()).toContain(text);
      expect(en('main').text()).toContain(english[String(i + 1)]?.text.en);
    });
  });

  test('every task has a page in both languages: the Chinese verbatim, the English, and its lead units linked to their agency pages', () => {
    rows.forEach(([text, lead], i) => {
      const n = i + 1;
      for (const lang of ['zh', 'en'] as const) {
        const $ = page(`/${lang}/${SLUG}/tasks/${n}/`);
        const main = $('main');
        expect(main.text()).toContain(text);
        if (lang === 'en') expect(main.text()).toContain(english[String(n)]?.text.en);
        // Each lead unit of the row links to a body's page; the body's page exists.
        const agencyLinks = main.find('dl.facts').first().find('a[href*="/agencies/"]');
        const units = lead.split('、');
        expect(agencyLinks).toHaveLength(units.length);
        // The Chinese names as the source writes them: the link itself on Chinese pages, beside it on English ones.
        for (const unit of units) expect(main.find('dl.facts').first().text()).toContain(unit);
        for (const href of agencyLinks.map((_, a) => $(a).attr('href')).get()) page(href);
      }
    });
  });

  test('a task page shows no column the document lacks: no higher authorities, co-operating units or remark', () => {
    const zh = page(`/zh/${SLUG}/tasks/1/`);
    const en = page(`/en/${SLUG}/tasks/1/`);
    const terms = (p: CheerioAPI) =>
      p('dl.facts')
        .first()
        .children('dt')
        .map((_, dt) => p(dt).text().trim())
        .get();
    expect(terms(zh)).toEqual(['类别', '牵头单位']);
    expect(terms(en)).toEqual(['Category', 'Lead units']);
  });

  test('the document is on the home page, in the open data (CSV and JSON) and its tasks have JSON of their own', () => {
    for (const lang of ['zh', 'en']) expect(page(`/${lang}/`)(`a[href="/${lang}/${SLUG}/"]`).length).toBeGreaterThan(0);
    const csv = readFileSync(join(dist, 'data/tasks.csv'), 'utf8');
    rows.forEach(([text], i) => {
      expect(csv).toContain(`${SLUG}-${i + 1},${SLUG},${i + 1},`);
      expect(csv).toContain(text);
    });
    const tasks = JSON.parse(readFileSync(join(dist, 'data/tasks.json'), 'utf8')) as {
      id: string;
      text: { zh: string };
      cells: { supervising: string | null } | null;
    }[];
    const ours = tasks.filter((t) => t.id.startsWith(`${SLUG}-`));
    expect(ours.map((t) => t.text.zh)).toEqual(rows.map(([text]) => text));
    expect(ours.every((t) => t.cells?.supervising === null)).toBe(true);
    const documents = JSON.parse(readFileSync(join(dist, 'data/documents.json'), 'utf8')) as { id: string }[];
    expect(documents.map((d) => d.id)).toContain(SLUG);
    expect(existsSync(join(dist, `data/tasks/${SLUG}-10.json`))).toBe(true);
  });

  test('the search index covers both languages, and the task pages are indexed', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
    expect(page(`/zh/${SLUG}/tasks/1/`)('[data-pagefind-body]').length).toBe(1);
  });

  test('the overview draws a matrix for it too, and the data page names it among the documents', () => {
    expect(page('/zh/overview/')(`#matrix-${SLUG}`).text()).toContain('促进服务消费重点任务');
    expect(page('/en/data/')('#identifiers').nextAll('ul').first().text()).toContain(`${SLUG} (Key Tasks for Promoting Service Consumption)`);
  });
});
