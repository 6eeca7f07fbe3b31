/**
 * `npm run bench`: build time, page weight, search cost and scaling, each
 * against its budget. Prints a table and writes bench/results.json.
 *
 *   npm run bench                 everything (about two minutes)
 *   npm run bench -- --skip-scale without the 10× corpus build
 *   npm run bench -- --skip-starlight without the comparison with Starlight
 *   BENCH_RUNS=5 npm run bench    five alternating builds each against Starlight (default 3)
 *
 * Budgets are reported as pass or fail; no test asserts a timing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import yaml from 'js-yaml';
import { nginxAvailable, startNginx } from '../tests/helpers/nginx.ts';
import { distToLoadMix, loadToLine, runLoad, type LoadResult } from './load.ts';
import { measureRanking, type RankingResult } from './ranking.ts';
import { measureSearches, searchWeightBudgets, weightsToTable } from './search-weight.ts';
import { compareWithStarlight, timedStarlightBuild, writeStarlightSite, type StarlightComparison } from './starlight.ts';
import { measureThrottled } from './throttled.ts';
import { runPipeline, STAGES, type StageName } from '../src/lib/pipeline.ts';
import { readInputs } from '../src/scripts/inputs.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({ options: { 'skip-scale': { type: 'boolean' }, 'skip-starlight': { type: 'boolean' } } });
const ASTRO = join(ROOT, 'node_modules/.bin/astro');

interface BuildTiming {
  totalMs: number;
  contentMs: number;
  /** Astro's stages, from its own log: content sync and types, the Vite builds, page generation. */
  syncMs: number;
  viteMs: number;
  generateMs: number;
  /** Pagefind indexing the documents' prose (src/integrations/pagefind.ts). */
  pagefindMs: number;
  astroMs: number;
  compressMs: number;
  /** Files compressed afresh rather than taken from the compression cache. */
  compressedAnew: number;
  pages: number;
  msPerPage: number;
}

/** A clean build (no dist/, no cache) in `root`, timed by stage from the integrations' own log lines. */
function timedBuild(root: string): BuildTiming {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  rmSync(join(root, '.astro'), { recursive: true, force: true });
  const started = performance.now();
  const run = spawnSync(ASTRO, ['build'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, LOCAL_BUILD: '1', PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}` },
  });
  const totalMs = performance.now() - started;
  if (run.status !== 0) throw new Error(`astro build failed in ${root}:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
  const ms = (pattern: RegExp) => Number(pattern.exec(run.stdout)?.[1] ?? Number.NaN);
  const contentMs = ms(/content step done in (\d+) ms/);
  const compressMs = ms(/compressed \d+ files in (\d+) ms/);
  const pagefindMs = ms(/indexed \d+ sections of \d+ pages in (\d+) ms/);
  const compressedAnew = ms(/\((\d+) compressed anew/);
  // Astro logs durations as "1.79s" or "36ms".
  const astroTimes = (pattern: RegExp) => [...run.stdout.matchAll(pattern)].reduce((sum, m) => sum + Number(m[1]) * (m[2] === 's' ? 1000 : 1), 0);
  const syncMs = astroTimes(/\[types\] Generated ([\d.]+)(m?s)/g);
  const viteMs = astroTimes(/\[vite\] ✓ built in ([\d.]+)(m?s)/g);
  const generateMs = astroTimes(/generating static routes[\s\S]*?✓ Completed in ([\d.]+)(m?s)/g);
  const pages = readdirSync(join(root, 'dist'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;
  return {
    totalMs,
    contentMs,
    syncMs,
    viteMs,
    generateMs,
    pagefindMs,
    compressMs,
    compressedAnew,
    astroMs: totalMs - contentMs - pagefindMs - compressMs,
    pages,
    msPerPage: totalMs / pages,
  };
}

/** Bytes a first visit to a page transfers: the HTML and the CSS and JS it links, raw and gzipped. */
function pageWeight(path: string) {
  const dist = join(ROOT, 'dist');
  const html = readFileSync(join(dist, path, 'index.html'));
  const $ = load(html.toString('utf8'));
  const assets = (selector: string, attribute: string) =>
    $(selector)
      .map((_, e) => $(e).attr(attribute))
      .get()
      .filter((href) => href?.startsWith('/'));
  const size = (files: Buffer[]) => ({ raw: files.reduce((n, f) => n + f.length, 0), gzip: files.reduce((n, f) => n + gzipSync(f, { level: 9 }).length, 0) });
  const css = assets('link[rel="stylesheet"]', 'href').map((href) => readFileSync(join(dist, href)));
  const js = assets('script[src]', 'src').map((src) => readFileSync(join(dist, src)));
  return { html: size([html]), css: size(css), js: size(js) };
}

const PAGE_TYPES = {
  home: '',
  overview: 'overview/',
  document: 'services-trade/',
  task: 'services-trade/tasks/8/',
  category: 'services-trade/categories/3/',
  agency: 'agencies/xiamen-municipal-bureau-of-commerce/',
  search: 'search/',
};

/** A copy of the project whose seeds list each document ten times: the same texts, each copy a seed file of its own under a new slug. */
function tenfoldCorpus(): string {
  const dir = join(ROOT, '.tmp/bench-10x');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const source of ['package.json', 'tsconfig.json', 'astro.config.mjs', 'src', 'content', 'seeds', 'public']) {
    cpSync(join(ROOT, source), join(dir, source), { recursive: true, filter: (path) => !path.includes(join('content', 'generated')) });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const manifest = JSON.parse(readFileSync(join(ROOT, 'seeds/manifest.json'), 'utf8')) as { documents: { slug: string; file: string }[] };
  // The core schema, as the content step reads it: a date stays the text it is.
  const editorial = yaml.load(readFileSync(join(ROOT, 'content/documents.yaml'), 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<
    string,
    { shortTitle: { zh: string; en: string }; summary: object }
  >;
  const copies = manifest.documents.flatMap((document) =>
    Array.from({ length: 10 }, (_, i) =>
      i === 0 ? document : { ...document, slug: `${document.slug}-copy-${i}`, file: document.file.replace(/\.txt$/, `-copy-${i}.txt`) },
    ),
  );
  // The manifest refuses one seed listed twice, so each copy is a file of its own.
  for (const copy of copies)
    if (!existsSync(join(dir, 'seeds', copy.file))) cpSync(join(ROOT, 'seeds', copy.file.replace(/-copy-\d+\.txt$/, '.txt')), join(dir, 'seeds', copy.file));
  writeFileSync(join(dir, 'seeds/manifest.json'), JSON.stringify({ documents: copies }, null, 2));
  const copiedEditorial = Object.fromEntries(
    copies.map(({ slug }) => {
      const original = editorial[slug.replace(/-copy-\d+$/, '')]!;
      const suffix = slug.match(/-copy-(\d+)$/)?.[1];
      return [
        slug,
        suffix ? { ...original, shortTitle: { zh: `${original.shortTitle.zh}（副本${suffix}）`, en: `${original.shortTitle.en} (copy ${suffix})` } } : original,
      ];
    }),
  );
  writeFileSync(join(dir, 'content/documents.yaml'), yaml.dump(copiedEditorial, { noRefs: true, schema: yaml.CORE_SCHEMA }));
  for (const { slug } of copies) {
    const original = slug.replace(/-copy-\d+$/, '');
    if (slug !== original) cpSync(join(ROOT, 'content/translations/en', original), join(dir, 'content/translations/en', slug), { recursive: true });
  }
  return dir;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pass = (ok: boolean) => (ok ? 'pass' : 'FAIL');

console.log('Timing the content step, stage by stage (src/lib/pipeline.ts)…');
const stageMs = new Map<StageName, number>();
runPipeline(await readInputs(ROOT), 'emit', (name, ms) => stageMs.set(name, ms));
console.log('Building the site (clean, the content step run afresh)…');
// The first build runs the content step in full; the builds compared with
// Starlight below reuse its output while no input changes, as every build does.
rmSync(join(ROOT, 'content/generated'), { recursive: true, force: true });
const build = timedBuild(ROOT);
const weights = Object.fromEntries(
  (['zh', 'en'] as const).flatMap((lang) => Object.entries(PAGE_TYPES).map(([type, path]) => [`${type} (${lang})`, pageWeight(`${lang}/${path}`)])),
);
console.log('Measuring search in Chromium…');
const searches = await measureSearches();
const searchBudgets = searchWeightBudgets(searches);
console.log('Timing a slow phone: a task page and a search, beside a trivial page and Starlight (bench/throttled.ts)…');
const throttled = await measureThrottled(ROOT, ASTRO, { starlight: !options['skip-starlight'] });
console.log('Measuring ranking (R-precision over words of the tasks)…');
const ranking: RankingResult = await measureRanking(ROOT);
// The load test (bench/load.ts): nginx with deploy/nginx.conf serving dist/ on loopback.
let loadTest: LoadResult | null = null;
if (nginxAvailable) {
  console.log('Load test against nginx…');
  const server = await startNginx();
  loadTest = await runLoad({ origin: server.origin, paths: distToLoadMix(), requests: 20_000, concurrency: 50 }).finally(() => server.close());
}
let starlight: StarlightComparison | null = null;
if (!options['skip-starlight']) {
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`BENCH_RUNS must be a whole number ≥ 1, not "${process.env.BENCH_RUNS}"`);
  console.log(`Building ours and a plain Starlight site of the same content in turn, ${runs} times each (clean)…`);
  const starlightDir = join(ROOT, '.tmp/bench-starlight');
  writeStarlightSite(ROOT, starlightDir);
  const env = { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}` };
  starlight = compareWithStarlight(
    runs,
    () => timedBuild(ROOT),
    () => timedStarlightBuild(starlightDir, ASTRO, env),
  );
  rmSync(starlightDir, { recursive: true, force: true });
}
let scale: (BuildTiming & { ratio: number }) | null = null;
if (!options['skip-scale']) {
  console.log('Building the 10× corpus (clean), after one untimed build that fills the compression cache for its pages…');
  // The 1× build above compresses from a cache that earlier builds of the
  // same pages filled; the copies' pages are new to it. Timing the 10× build
  // against a cold cache would measure brotli, not how the build scales, so it
  // is built once first, and timed on the second build (dist/, .astro and the
  // generated content removed, as for the 1× build).
  const tenfoldDir = tenfoldCorpus();
  timedBuild(tenfoldDir);
  rmSync(join(tenfoldDir, 'content/generated'), { recursive: true, force: true });
  const tenfold = timedBuild(tenfoldDir);
  scale = { ...tenfold, ratio: tenfold.msPerPage / build.msPerPage };
  rmSync(join(ROOT, '.tmp/bench-10x'), { recursive: true, force: true });
}

const taskWeights = ['task (zh)', 'task (en)'].map((key) => weights[key]!);
// Readable without JavaScript: the task's text is in the HTML as served, not put there by a script.
const tasks = JSON.parse(readFileSync(join(ROOT, 'dist/data/tasks.json'), 'utf8')) as { id: string; text: { zh: string; en: string } }[];
const task8 = tasks.find((t) => t.id === 'services-trade-8')!;
const inHtml = (lang: 'zh' | 'en') =>
  load(readFileSync(join(ROOT, `dist/${lang}/${PAGE_TYPES.task}index.html`), 'utf8'))('.task-text')
    .clone()
    .find('.term-card')
    .remove()
    .end()
    .text()
    .includes(task8.text[lang]);
const budgets = [
  {
    budget: 'task page HTML+CSS ≤ 15 KB gzip',
    value: kb(Math.max(...taskWeights.map((w) => w.html.gzip + w.css.gzip))),
    ok: taskWeights.every((w) => w.html.gzip + w.css.gzip <= 15 * 1024),
  },
  {
    budget: 'task page readable without JavaScript',
    value: inHtml('zh') && inHtml('en') ? 'text is in the HTML' : 'text missing from the HTML',
    ok: inHtml('zh') && inHtml('en'),
  },
  ...searchBudgets,
  {
    budget: 'search R-precision ≥ 0.95',
    value: `${ranking.meanRPrecision.toFixed(3)} over ${ranking.queries} words (weakest: ${ranking.worst.map((w) => `${w.term} ${w.rPrecision.toFixed(2)}`).join(', ')})`,
    ok: ranking.meanRPrecision >= 0.95,
  },
  // Starlight's ms per page, less the margin our build had when its architecture was reworked (0.86×): a budget that keeps it.
  ...(starlight ? [{ budget: 'ms per page ≤ 0.86 × Starlight’s', value: `${starlight.ratio.toFixed(2)}×`, ok: starlight.ratio <= 0.86 }] : []),
  { budget: 'full build ≤ 30 s', value: `${(build.totalMs / 1000).toFixed(1)} s`, ok: build.totalMs <= 30_000 },
  ...(scale ? [{ budget: '10× corpus ≤ 1.2× ms per page', value: `${scale.ratio.toFixed(2)}×`, ok: scale.ratio <= 1.2 }] : []),
  ...(loadTest ? [{ budget: 'load: 0 errors', value: loadToLine(loadTest), ok: loadTest.errors === 0 }] : []),
  ...throttled.budgets,
];

const machine = {
  os: `${platform()} ${release()}`,
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
  memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
  node: process.version,
};
const table = [
  '| stage | time |',
  '| --- | --- |',
  `| content step, run afresh | ${build.contentMs} ms (${STAGES.map(({ name }) => `${name} ${Math.round(stageMs.get(name) ?? 0)}`).join(', ')} ms; reading the inputs and writing the files the rest) |`,
  `| content sync and types | ${Math.round(build.syncMs)} ms |`,
  `| vite | ${Math.round(build.viteMs)} ms |`,
  `| page generation | ${Math.round(build.generateMs)} ms |`,
  `| rest of astro build | ${Math.round(build.astroMs - build.syncMs - build.viteMs - build.generateMs)} ms |`,
  `| Pagefind (the documents' prose) | ${build.pagefindMs} ms |`,
  `| precompression | ${build.compressMs} ms (${build.compressedAnew} files compressed anew, the rest from the cache) |`,
  `| total, ${build.pages} pages | ${(build.totalMs / 1000).toFixed(1)} s (${build.msPerPage.toFixed(1)} ms per page) |`,
  ...(starlight
    ? [
        `| ours, median of ${starlight.runs} | ${starlight.ours.median.toFixed(1)} ms per page (${starlight.ours.pages} pages; runs ${starlight.ours.msPerPage.map((m) => m.toFixed(1)).join(', ')}) |`,
        `| plain Starlight, median of ${starlight.runs} | ${starlight.starlight.median.toFixed(1)} ms per page (${starlight.starlight.pages} pages; runs ${starlight.starlight.msPerPage.map((m) => m.toFixed(1)).join(', ')}) |`,
        `| ours / Starlight | ${starlight.ratio.toFixed(2)}× |`,
        // The builds above reuse the content step's output (no input changed between them); this is the figure were it run afresh each time.
        `| ours / Starlight, the content step run afresh | ${((starlight.ours.median + build.contentMs / starlight.ours.pages) / starlight.starlight.median).toFixed(2)}× |`,
      ]
    : []),
  ...(scale
    ? [`| 10× corpus, ${scale.pages} pages | ${(scale.totalMs / 1000).toFixed(1)} s (${scale.msPerPage.toFixed(1)} ms per page, ${scale.ratio.toFixed(2)}×) |`]
    : []),
  '',
  '| page (first visit) | HTML raw / gzip | CSS raw / gzip | JS raw / gzip |',
  '| --- | --- | --- | --- |',
  ...Object.entries(weights).map(
    ([type, w]) => `| ${type} | ${kb(w.html.raw)} / ${kb(w.html.gzip)} | ${kb(w.css.raw)} / ${kb(w.css.gzip)} | ${kb(w.js.raw)} / ${kb(w.js.gzip)} |`,
  ),
  '',
  ...weightsToTable(searches),
  '',
  ...throttled.lines,
  '',
  '| budget | measured | |',
  '| --- | --- | --- |',
  ...budgets.map((b) => `| ${b.budget} | ${b.value} | ${pass(b.ok)} |`),
  '',
  `Measured on ${machine.os}, ${machine.cpus}, ${machine.memory}, Node ${machine.node}; search served by ${process.env.SITE_SERVER === 'nginx' ? 'nginx' : 'a static Node server'} on loopback.`,
].join('\n');
console.log(`\n${table}\n`);

const resultsPath = join(ROOT, 'bench/results.json');
mkdirSync(dirname(resultsPath), { recursive: true });
writeFileSync(
  resultsPath,
  `${JSON.stringify({ machine, build, starlight, scale, weights, searches, ranking, load: loadTest, throttled, budgets, table }, null, 2)}\n`,
);
console.log(`wrote ${relative(process.cwd(), resultsPath)}`);
if (existsSync(join(ROOT, '.tmp/bench-starlight'))) rmSync(join(ROOT, '.tmp/bench-starlight'), { recursive: true, force: true });
if (existsSync(join(ROOT, '.tmp/bench-10x'))) rmSync(join(ROOT, '.tmp/bench-10x'), { recursive: true, force: true });
process.exitCode = budgets.every((b) => b.ok) ? 0 : 1;
