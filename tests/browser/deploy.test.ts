import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { load } from 'cheerio';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { DIST } from '../helpers/dist.ts';
import { nginxAvailable, startNginx } from '../helpers/nginx.ts';
import { ROOT } from '../helpers/paths.ts';

/**
 * deploy/nginx.conf, exactly as shipped, serving the built site. Skipped
 * where nginx is not installed; CI installs it (.ci/run).
 */
describe.skipIf(!nginxAvailable)('deploy/nginx.conf', () => {
  let origin = '';
  let errorLog = '';
  let close: () => Promise<void> = async () => {};
  let browser: Browser;
  beforeAll(async () => {
    ({ origin, errorLog, close } = await startNginx());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await close();
  });

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${origin}${path}`, { headers, redirect: 'manual' });

  /**
   * Sends a request with its path exactly as written: fetch() would resolve
   * `%2e%2e` and `..` itself before sending, and so never test the server.
   */
  const raw = (path: string, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> =>
    new Promise((resolve, reject) => {
      const { hostname, port } = new URL(origin);
      const req = request({ hostname, port, path, method }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });
  const css = readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.css'))!;

  const SECURITY_HEADERS = {
    'content-security-policy':
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'DENY',
  };

  test('serves clean URLs, and redirects a directory asked for without its slash', async () => {
    const page = await get('/zh/services-trade/tasks/12/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('服务贸易创新发展试点任务 第12项');
    const bare = await get('/zh/services-trade/tasks/12');
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/zh/services-trade/tasks/12/');
  });

  test('answers a missing page with the 404 page and status 404', async () => {
    const missing = await get('/zh/nope/');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('找不到这个页面');
  });

  test('never lets an encoded path climb out of the site', async () => {
    for (const path of [
      '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/_astro/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/zh/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/..%2f..%2f..%2fetc%2fpasswd',
      '/data/..%2f..%2fpackage.json',
      '/%2fetc%2fpasswd',
      '/zh/../../../etc/passwd',
    ]) {
      const response = await raw(path);
      expect([400, 404], `${path} → ${response.status}`).toContain(response.status);
      expect(response.body, path).not.toMatch(/root:|"devDependencies"/);
    }
    // Inside the site, an encoded slash or dot segment resolves as a plain one would.
    expect((await raw('/zh%2fservices-trade%2ftasks%2f12%2f')).status).toBe(200);
    expect((await raw('/zh/agencies/%2e%2e/services-trade/tasks/12/')).status).toBe(200);
  });

  test('answers a directory without a page with 403 and the 404 page, never a listing, and never cached', async () => {
    for (const path of ['/data/tasks/', '/_astro/', '/search/', '/pagefind/fragment/']) {
      const response = await raw(path);
      expect(response.status, path).toBe(path === '/_astro/' || path.startsWith('/pagefind/') ? 404 : 403);
      expect(response.body, path).toContain('找不到这个页面');
      expect(response.headers['cache-control'], path).toBe('no-store');
    }
  });

  test('answers a missing file with 404 and never caches it, under the hashed folders too', async () => {
    for (const path of [
      '/nope/',
      '/_astro/missing.css',
      '/search/missing.json',
      '/data/missing.csv',
      '/pagefind/fragment/missing.pf_fragment',
      '/pagefind/missing.pf_meta',
    ]) {
      const response = await raw(path);
      expect(response.status, path).toBe(404);
      expect(response.headers['cache-control'], path).toBe('no-store');
    }
  });

  test('answers any method but GET and HEAD with 405, never cached', async () => {
    for (const [method, path] of [
      ['POST', '/zh/'],
      ['PUT', `/_astro/${css}`],
      ['DELETE', '/data/tasks.csv'],
      ['OPTIONS', '/'],
      ['PATCH', '/search/tasks.json'],
      ['POST', '/pagefind/pagefind.js'],
    ] as const) {
      const response = await raw(path, method);
      expect(response.status, `${method} ${path}`).toBe(405);
      expect(response.headers['cache-control'], `${method} ${path}`).toBe('no-store');
      expect(response.headers.allow, `${method} ${path}`).toBe('GET, HEAD');
    }
    const head = await raw('/zh/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.allow).toBeUndefined();
  });

  /** Sends bytes as they are, for requests no HTTP client would send, and returns the status line and headers. */
  const rawBytes = (bytes: string): Promise<{ status: number; headers: Record<string, string> }> =>
    new Promise((resolve, reject) => {
      const { hostname, port } = new URL(origin);
      let answer = '';
      const socket = connect(Number(port), hostname, () => socket.write(bytes));
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (answer += chunk));
      socket.on('error', reject);
      socket.on('close', () => {
        const [statusLine = '', ...lines] = (answer.split('\r\n\r\n')[0] ?? '').split('\r\n');
        const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
        resolve({ status: Number(statusLine.split(' ')[1]), headers });
      });
    });

  test('answers a request it cannot read, a URI too long and an HTTP version it does not speak with their status, the security headers and no-store, and logs no warning', async () => {
    for (const [bytes, status] of [
      ['GARBAGE\r\n\r\n', 400],
      ['GET / HTTP/1.1\r\n\r\n', 400],
      [`GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`, 414],
      ['GET / HTTP/3.0\r\nHost: x\r\n\r\n', 505],
    ] as const) {
      const response = await rawBytes(bytes);
      expect(response.status, bytes.slice(0, 30)).toBe(status);
      expect(response.headers['cache-control'], bytes.slice(0, 30)).toBe('no-store');
      expect(response.headers, bytes.slice(0, 30)).toMatchObject(SECURITY_HEADERS);
    }
    // nginx logs a missing file at [error], as it should; a warning means a setting it could not apply.
    expect(readFileSync(errorLog, 'utf8')).not.toMatch(/\[(?:warn|crit|alert|emerg)\]/);
  });

  test('never caches a failed precondition on a hashed file, and answers a byte range with the whole file', async () => {
    for (const headers of [{ 'if-match': '"other"' }, { 'if-unmodified-since': 'Mon, 01 Jan 2001 00:00:00 GMT' }] as Record<string, string>[]) {
      const response = await get(`/_astro/${css}`, headers);
      expect(response.status, JSON.stringify(headers)).toBe(412);
      expect(response.headers.get('cache-control'), JSON.stringify(headers)).toBe('no-store');
    }
    for (const range of ['bytes=0-10', 'bytes=99999999-']) {
      const response = await get(`/_astro/${css}`, { range, 'accept-encoding': 'identity' });
      expect(response.status, range).toBe(200);
      expect(await response.text(), range).toBe(readFileSync(join(DIST, '_astro', css), 'utf8'));
    }
  });

  test('does not say which server or version it is', async () => {
    for (const path of ['/zh/', '/nope/']) {
      const response = await raw(path);
      expect(response.headers.server, path).toBe('nginx');
    }
    const error = await raw('/zh/', 'POST');
    expect(error.body).not.toMatch(/nginx\/\d/);
  });

  test('sends the security headers with every response, error pages and assets included', async () => {
    for (const path of [
      '/zh/',
      '/en/search/',
      '/nope/',
      '/data/tasks/',
      '/_astro/',
      `/_astro/${css}`,
      '/search/tasks.json',
      '/pagefind/pagefind.js',
      '/data/tasks.csv',
    ]) {
      const response = await get(path);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), `${path} ${name}`).toBe(value);
    }
  });

  test('caches hashed files for a year, immutable, and pages and data for five minutes', async () => {
    const immutable = 'public, max-age=31536000, immutable';
    expect((await get(`/_astro/${css}`)).headers.get('cache-control')).toBe(immutable);
    const pagefind = join(DIST, 'pagefind');
    for (const folder of ['fragment', 'index']) {
      const file = readdirSync(join(pagefind, folder))[0]!;
      expect((await get(`/pagefind/${folder}/${file}`)).headers.get('cache-control'), folder).toBe(immutable);
    }
    const meta = readdirSync(pagefind).find((f) => f.endsWith('.pf_meta'))!;
    expect((await get(`/pagefind/${meta}`)).headers.get('cache-control')).toBe(immutable);
    // Pagefind's entry points keep their names from build to build.
    for (const path of [
      '/zh/',
      '/search/tasks.json',
      '/search/en.json',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/data/tasks.csv',
      '/sitemap.xml',
    ]) {
      expect((await get(path)).headers.get('cache-control'), path).toBe('public, max-age=300');
    }
  });

  test('sends the precompressed brotli or gzip file the client accepts, byte for byte', async () => {
    const path = '/en/services-trade/';
    const file = join(DIST, 'en/services-trade/index.html');
    const brotli = await get(path, { 'accept-encoding': 'br' });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(Number(brotli.headers.get('content-length'))).toBe(readFileSync(`${file}.br`).length);
    const gzip = await get(path, { 'accept-encoding': 'gzip' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(Number(gzip.headers.get('content-length'))).toBe(readFileSync(`${file}.gz`).length);
    expect(gzip.headers.get('vary')).toContain('Accept-Encoding');
    const plain = await get(path, { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(readFileSync(file, 'utf8'));
  });

  test('labels the data files with their types and UTF-8', async () => {
    expect((await get('/data/tasks.csv')).headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect((await get('/data/tasks.json')).headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await get('/data/datapackage.json')).headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await get('/data/catalog.jsonld')).headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    expect((await get('/data/citations/zh/services-opening-12.bib')).headers.get('content-type')).toBe('application/x-bibtex; charset=utf-8');
    expect((await get('/data/citations/zh/services-opening-12.ris')).headers.get('content-type')).toBe('application/x-research-info-systems; charset=utf-8');
    expect((await get('/data/citations/zh/services-opening-12.json')).headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  test('labels the feeds as Atom, in UTF-8', async () => {
    for (const path of ['/zh/feed.atom', '/en/services-trade/feed.atom', '/zh/agencies/ministry-of-commerce/feed.atom'])
      expect((await get(path)).headers.get('content-type'), path).toBe('application/atom+xml; charset=utf-8');
  });

  test('in Chromium, every page type in both languages, searches included, satisfies the policy and asks nothing of another origin', async () => {
    const violations: string[] = [];
    const requests: string[] = [];
    const context = await browser.newContext();
    context.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    const queries = { zh: ['外汇'], en: ['BRICS', '外汇'] };
    // Searches of the documents' full text: Pagefind's script and WebAssembly, under the policy.
    const fullText = { zh: '高位统筹', en: 'closed-loop supervision' };
    for (const lang of ['zh', 'en'] as const) {
      for (const path of [
        '/',
        '/services-opening/',
        '/services-trade/',
        '/services-trade/tasks/8/',
        '/services-opening/categories/3/',
        '/agencies/',
        '/agencies/pboc-xiamen-branch/',
        '/data/',
      ]) {
        await page.goto(`${origin}/${lang}${path}`);
      }
      for (const query of queries[lang]) {
        await page.goto(`${origin}/${lang}/search/?q=${encodeURIComponent(query)}`);
        await page.waitForSelector('#search-results > li');
      }
      await page.goto(`${origin}/${lang}/search/?q=${encodeURIComponent(fullText[lang])}`);
      await page.waitForSelector('#search-text-results > li');
    }
    await page.goto(`${origin}/zh/services-trade/tasks/12/`);
    await context.close();
    expect(violations).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
  });
});

/**
 * The addresses a reader may type or paste, and how the site answers each:
 * the same under nginx as shipped and under `npm start` (`astro preview`,
 * which serves through src/integrations/static-server.ts).
 */
const ANSWERS: { path: string; status: number; location?: string; shows?: string }[] = [
  { path: '/zh/services-trade/tasks/7/', status: 200, shows: '服务贸易创新发展试点任务 第7项' },
  { path: '/zh/services-trade/tasks/7', status: 301, location: '/zh/services-trade/tasks/7/' },
  { path: '/en/services-opening/tasks/12', status: 301, location: '/en/services-opening/tasks/12/' },
  { path: '/zh/agencies', status: 301, location: '/zh/agencies/' },
  // A task number the document does not have: its own page, naming it, its numbers and its list.
  { path: '/zh/services-trade/tasks/999/', status: 404, shows: '《服务贸易创新发展试点任务》没有这一项' },
  { path: '/zh/services-trade/tasks/999', status: 404, shows: '编号为第1项至第88项' },
  { path: '/en/services-opening/tasks/0/', status: 404, shows: 'numbered 1 to 111' },
  { path: '/zh/services-trade/tasks/', status: 404, shows: '查看全部88项任务' },
  // A document that does not exist either: the site's 404 page.
  { path: '/zh/no-such-document/tasks/1/', status: 404, shows: '找不到这个页面' },
  { path: '/zh/nope/', status: 404, shows: '找不到这个页面' },
  { path: '/data/tasks/', status: 403, shows: '找不到这个页面' },
];

/** `astro preview` as `npm start` runs it, on a free port; stopped with the test. */
async function astroPreview(): Promise<{ origin: string; close: () => Promise<void> }> {
  const port = 4400 + Math.floor(Math.random() * 500);
  const child = spawn(join(ROOT, 'node_modules/.bin/astro'), ['preview', '--port', String(port), '--host', '127.0.0.1'], { cwd: ROOT, stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      await fetch(`${origin}/`);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { origin, close: () => new Promise((resolve) => (child.exitCode === null ? (child.once('exit', () => resolve()), child.kill()) : resolve())) };
}

describe.each([
  { server: 'nginx with deploy/nginx.conf', start: startNginx, skip: !nginxAvailable },
  { server: 'astro preview (npm start)', start: astroPreview, skip: false },
])('$server', ({ start, skip }) => {
  let origin = '';
  let close: () => Promise<void> = async () => {};
  beforeAll(async () => {
    if (!skip) ({ origin, close } = await start());
  });
  afterAll(async () => {
    await close();
  });

  test.skipIf(skip)('answers every address of the table as nginx does: slashes, missing tasks, missing pages', async () => {
    for (const { path, status, location, shows } of ANSWERS) {
      const response = await fetch(`${origin}${path}`, { redirect: 'manual' });
      expect(response.status, path).toBe(status);
      if (location) expect(response.headers.get('location'), path).toBe(location);
      if (shows) expect(await response.text(), path).toContain(shows);
      if (status >= 400) expect(response.headers.get('cache-control'), path).toBe('no-store');
      expect(response.headers.get('content-security-policy'), path).toContain("default-src 'none'");
    }
  });

  test.skipIf(skip)('links a missing task to its document’s list and to every category, and keeps it out of search engines', async () => {
    const response = await fetch(`${origin}/en/services-trade/tasks/89/`);
    const $ = load(await response.text());
    expect($('main a[href="/en/services-trade/#attachment"], main a[href^="/en/services-trade/#"]').length).toBeGreaterThan(0);
    expect($('main a[href^="/en/services-trade/categories/"]').length).toBe(8);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('link[rel="canonical"]').length).toBe(0);
  });
});
