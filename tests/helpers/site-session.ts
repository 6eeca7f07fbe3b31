import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, serveSite } from './browser.ts';

/**
 * A served site and a browser for one test file. Every request any page makes
 * is recorded, so a test can assert that nothing left the site's origin, and
 * so is every Content-Security-Policy violation Chromium reports.
 */
export function useSiteSession() {
  const session = {
    origin: '',
    browser: undefined as unknown as Browser,
    requests: [] as string[],
    cspViolations: [] as string[],
    /** A fresh page in a fresh context; `javaScriptEnabled: false` reads the site as a no-JS reader would. */
    async open(
      path: string,
      options: { width?: number; javaScriptEnabled?: boolean; permissions?: string[]; stayOnRedirectingPage?: boolean } = {},
    ): Promise<{ page: Page; context: BrowserContext }> {
      const context = await session.browser.newContext({
        viewport: { width: options.width ?? 1280, height: 900 },
        javaScriptEnabled: options.javaScriptEnabled ?? true,
      });
      if (options.permissions) await context.grantPermissions(options.permissions, { origin: session.origin });
      context.on('request', (request: Request) => session.requests.push(request.url()));
      // Chromium reports some violations (WebAssembly compilation) only on the console.
      context.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) session.cspViolations.push(message.text());
      });
      await context.exposeBinding('__reportCspViolation', (_source, report: string) => void session.cspViolations.push(report));
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          (window as unknown as { __reportCspViolation: (r: string) => void }).__reportCspViolation(
            `${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`,
          );
        });
      });
      if (options.stayOnRedirectingPage) {
        // The entry page sends readers on at once with <meta http-equiv="refresh">;
        // to test the page itself, serve it without that one element.
        await context.route(session.origin + path, async (route) => {
          const response = await route.fetch();
          await route.fulfill({ response, body: (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') });
        });
      }
      const page = await context.newPage();
      await page.goto(session.origin + path);
      return { page, context };
    },
  };
  let close: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const server = await serveSite();
    session.origin = server.origin;
    close = server.close;
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await close();
  });
  return session;
}
