import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser } from 'playwright-core';
import sirv from 'sirv';
import { DIST } from './dist.ts';
import { startNginx } from './nginx.ts';

/**
 * Serves dist/ on a loopback port. With SITE_SERVER=nginx (as in CI) that is
 * nginx with deploy/nginx.conf, Content-Security-Policy and all; otherwise a
 * plain static server that does what any static host does: clean URLs from
 * directories, and 404.html for anything missing. SITE_URL points the tests
 * at a site served elsewhere.
 */
export async function serveSite(): Promise<{ origin: string; close: () => Promise<void> }> {
  if (process.env.SITE_URL) return { origin: process.env.SITE_URL.replace(/\/$/, ''), close: async () => {} };
  if (process.env.SITE_SERVER === 'nginx') return startNginx();
  // Sends the precompressed .br and .gz files the build writes, as a real host would.
  const files = sirv(DIST, { dev: false, etag: true, extensions: ['html'], brotli: true, gzip: true });
  const notFound = readFileSync(join(DIST, '404.html'));
  const server: Server = createServer((req, res) =>
    files(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFound);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * Starts headless Chromium without downloading anything: the binary shipped
 * inside @sparticuz/chromium, or the one CHROMIUM_PATH names (e.g. Debian's
 * /usr/bin/chromium). The flags keep Chromium from calling home, which this
 * machine's closed network would refuse.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || (await chromium.executablePath());
  // Not @sparticuz/chromium's own `args`: they are tuned for AWS Lambda and
  // include --single-process and --disable-web-security, which would hide
  // exactly the cross-origin and CSP behaviour these tests check.
  const args = [
    '--no-sandbox',
    '--no-zygote',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--font-render-hinting=none',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
  return playwright.launch({ executablePath, args, headless: true });
}
