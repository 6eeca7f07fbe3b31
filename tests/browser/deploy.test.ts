import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
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
  let close: () => Promise<void> = async () => {};
  let browser: Browser;
  beforeAll(async () => {
    ({ origin, close } = await startNginx());
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
    for (const path of ['/data/tasks/', '/_astro/', '/pagefind/fragment/']) {
      const response = await raw(path);
      expect(response.status, path).toBe(path === '/data/tasks/' ? 403 : 404);
      expect(response.body, path).toContain('找不到这个页面');
      expect(response.headers['cache-control'], path).toBe('no-store');
    }
  });

  test('answers a missing file with 404 and never caches it, under the hashed folders too', async () => {
    for (const path of ['/nope/', '/_astro/missing.css', '/pagefind/fragment/missing.pf_fragment', '/data/missing.csv']) {
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
      ['PATCH', '/pagefind/pagefind.js'],
    ] as const) {
      const response = await raw(path, method);
      expect(response.status, `${method} ${path}`).toBe(405);
      expect(response.headers['cache-control'], `${method} ${path}`).toBe('no-store');
    }
    expect((await raw('/zh/', 'HEAD')).status).toBe(200);
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
    for (const path of ['/zh/', '/en/search/', '/nope/', '/data/tasks/', '/_astro/', `/_astro/${css}`, '/pagefind/pagefind.js', '/data/tasks.csv']) {
      const response = await get(path);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), `${path} ${name}`).toBe(value);
    }
  });

  test('caches hashed files for a year, immutable, and pages and data for five minutes', async () => {
    const immutable = 'public, max-age=31536000, immutable';
    expect((await get(`/_astro/${css}`)).headers.get('cache-control')).toBe(immutable);
    const fragment = readdirSync(join(DIST, 'pagefind/fragment')).find((f) => f.endsWith('.pf_fragment'))!;
    expect((await get(`/pagefind/fragment/${fragment}`)).headers.get('cache-control')).toBe(immutable);
    for (const path of ['/zh/', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/data/tasks.csv', '/sitemap.xml']) {
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
