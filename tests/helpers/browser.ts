import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser } from 'playwright-core';
import { serveStatic } from '../../src/integrations/static-server.ts';
import { DIST } from './dist.ts';
import { startNginx } from './nginx.ts';

/**
 * Serves dist/ on a loopback port. With SITE_SERVER=nginx (as in CI) that is
 * nginx with deploy/nginx.conf; otherwise the server `npm start` uses, which
 * answers as that file does (src/integrations/static-server.ts: redirects,
 * not-found pages, the Content-Security-Policy and the other headers).
 * SITE_URL points the tests at a site served elsewhere.
 */
export async function serveSite(): Promise<{ origin: string; close: () => Promise<void> }> {
  if (process.env.SITE_URL) return { origin: process.env.SITE_URL.replace(/\/$/, ''), close: async () => {} };
  if (process.env.SITE_SERVER === 'nginx') return startNginx();
  const { origin, close } = await serveStatic(DIST);
  return { origin, close };
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
