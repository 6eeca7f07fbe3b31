/**
 * A bounded load test of the built site served by nginx with
 * deploy/nginx.conf, on loopback: a fixed number of GET requests, a fixed
 * number at a time, over a mix of pages, search files and data. It reports
 * requests per second, p50 and p99 latency, and errors (any status but 200,
 * or a failed connection); the budget is zero errors.
 *
 *   node bench/load.ts                          20,000 requests at concurrency 50
 *   node bench/load.ts --requests 2000 --concurrency 10
 *
 * `npm run bench` runs it too. It needs a built dist/ and nginx.
 */
import { readdirSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');

export interface LoadOptions {
  origin: string;
  paths: readonly string[];
  requests: number;
  concurrency: number;
  /** Stop sending new requests after this long, whatever is left: the run always ends. */
  maxSeconds?: number;
}

export interface LoadResult {
  requests: number;
  concurrency: number;
  errors: number;
  /** The first few errors, as `status path` or `error path: message`. */
  errorSamples: string[];
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  bytes: number;
}

/**
 * What the site serves, weighted like real use: mostly pages (task pages
 * above all), then the search files a search fetches, then the data files.
 * Every path is a file of dist/, in a fixed order, so each run is the same.
 */
export function distToLoadMix(dist = DIST): string[] {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !/\.(br|gz)$/.test(e.name))
    .map((e) => `/${relative(dist, join(e.parentPath, e.name)).split(sep).join('/')}`)
    .sort();
  const pages = files.filter((f) => f.endsWith('/index.html')).map((f) => f.slice(0, -'index.html'.length));
  const search = files.filter((f) => f.startsWith('/search/'));
  const data = files.filter((f) => /^\/data\/[^/]+\.(?:csv|json)$/.test(f));
  const assets = files.filter((f) => f.startsWith('/_astro/'));
  // Pages twice over: they are what most visits ask for.
  return [...pages, ...pages, ...search, ...data, ...assets];
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

/** Runs the load: `concurrency` workers over keep-alive connections, each taking the next request until `requests` are sent. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { hostname, port } = new URL(options.origin);
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  let bytes = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + (options.maxSeconds ?? 300) * 1000;

  const one = (path: string) =>
    new Promise<void>((resolve) => {
      const sent = performance.now();
      const fail = (what: string) => {
        errors += 1;
        if (errorSamples.length < 5) errorSamples.push(what);
      };
      const req = request({ hostname, port, path, agent, headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => {
          latencies.push(performance.now() - sent);
          if (res.statusCode !== 200) fail(`${res.statusCode} ${path}`);
          resolve();
        });
        res.on('error', (error) => {
          fail(`error ${path}: ${error.message}`);
          resolve();
        });
      });
      req.on('error', (error) => {
        fail(`error ${path}: ${error.message}`);
        resolve();
      });
      req.end();
    });

  const worker = async () => {
    while (next < options.requests && performance.now() < deadline) {
      const path = options.paths[next % options.paths.length] as string;
      next += 1;
      await one(path);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  // Requests never sent because the deadline passed count as errors: the run did not do its work.
  errors += options.requests - next;
  return {
    requests: next,
    concurrency: options.concurrency,
    errors,
    errorSamples,
    seconds,
    perSecond: next / seconds,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    bytes,
  };
}

/** One line for the bench table. */
export const loadToLine = (r: LoadResult) =>
  `${r.requests.toLocaleString('en')} requests at concurrency ${r.concurrency}: ${Math.round(r.perSecond).toLocaleString('en')} req/s, p50 ${r.p50Ms.toFixed(1)} ms, p99 ${r.p99Ms.toFixed(1)} ms, ${r.errors} errors`;

if (import.meta.main) {
  const { values } = parseArgs({ options: { requests: { type: 'string', default: '20000' }, concurrency: { type: 'string', default: '50' } } });
  const { nginxAvailable, startNginx } = await import('../tests/helpers/nginx.ts');
  if (!nginxAvailable) throw new Error('the load test needs nginx (see .ci/run)');
  const server = await startNginx();
  try {
    const result = await runLoad({ origin: server.origin, paths: distToLoadMix(), requests: Number(values.requests), concurrency: Number(values.concurrency) });
    console.log(loadToLine(result));
    for (const sample of result.errorSamples) console.log(`  ${sample}`);
    process.exitCode = result.errors === 0 ? 0 : 1;
  } finally {
    await server.close();
  }
}
