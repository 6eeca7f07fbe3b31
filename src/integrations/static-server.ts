import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

/**
 * A static server that answers as deploy/nginx.conf does, for `npm start`
 * (`astro preview`, see preview.ts), the browser tests and the bench:
 *
 * - a file is sent as it is, its precompressed .br or .gz where the browser
 *   takes them;
 * - a page asked for without its trailing slash is redirected to it
 *   (301, a relative Location, as `absolute_redirect off`);
 * - a missing page under a document's tasks (/zh/services-trade/tasks/999/)
 *   gets that document's not-found page, which names its tasks, and
 *   anything else missing the site's 404 page, both with status 404 (403
 *   for a folder without a page, which is never listed);
 * - every response carries the headers nginx adds (Content-Security-Policy
 *   and the rest), read from deploy/nginx.conf itself, so what the policy
 *   blocks is blocked here too.
 *
 * The rules are written twice, here and in nginx.conf; tests/browser/deploy.test.ts
 * holds both to the same table of addresses.
 */

/** A missing address under a document's tasks/ finds that document's not-found page, /zh/services-trade/not-found/. */
export const TASK_NOT_FOUND = /^\/([a-z]{2})\/([a-z0-9-]+)\/tasks\//;

/** The page a missing address is answered with, as a path under the site's root. */
export function notFoundPage(root: string, pathname: string): string {
  const task = TASK_NOT_FOUND.exec(pathname);
  const page = task ? `/${task[1]}/${task[2]}/not-found/index.html` : undefined;
  return page && existsSync(join(root, page)) ? page : '/404.html';
}

/**
 * The headers deploy/nginx.conf adds to every response (`add_header Name "value" always;`
 * at the top level of the file), but Cache-Control, whose value nginx chooses per location.
 */
export function nginxHeaders(conf: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [, name, value] of conf.matchAll(/^add_header\s+([\w-]+)\s+"([^"]*)"\s+always;/gm)) if (name !== 'Cache-Control') headers[name!] = value!;
  return headers;
}

/** Serves `root` on a loopback port (or `port`) as nginx would; `close` stops it. */
export async function serveStatic(
  root: string,
  options: { port?: number; host?: string } = {},
): Promise<{ origin: string; server: Server; close: () => Promise<void> }> {
  const headers = nginxHeaders(readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8'));
  const files = sirv(root, {
    dev: false,
    etag: true,
    brotli: true,
    gzip: true,
    setHeaders: (res) => Object.entries(headers).forEach(([k, v]) => res.setHeader(k, v)),
  });
  const send = (res: ServerResponse, status: number, extra: Record<string, string>, body: Buffer | string = '') => {
    res.writeHead(status, { ...headers, ...extra });
    res.end(body);
  };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return send(res, 400, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Bad Request');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { 'Cache-Control': 'no-store' });
    const file = join(root, pathname);
    if (!file.startsWith(root)) return send(res, 400, {});
    // A directory asked for without its slash: to the directory, as nginx does.
    if (!pathname.endsWith('/') && existsSync(file) && statSync(file).isDirectory()) return send(res, 301, { Location: `${url.pathname}/${url.search}` });
    // A directory is served only by its index.html, never listed.
    const servable = pathname.endsWith('/') ? existsSync(join(file, 'index.html')) : existsSync(file) && statSync(file).isFile();
    if (servable) {
      if (pathname.endsWith('/')) req.url = `${url.pathname}index.html${url.search}`;
      return files(req, res, () => send(res, 404, {}));
    }
    const page = notFoundPage(root, pathname);
    // A directory without a page is forbidden, never listed (nginx's 403), and shows the 404 page like any miss.
    const status = page === '/404.html' && pathname.endsWith('/') && existsSync(file) && statSync(file).isDirectory() ? 403 : 404;
    send(res, status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }, req.method === 'HEAD' ? '' : readFileSync(join(root, page)));
  };
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
  return {
    origin: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
