import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import Beasties from 'beasties';

/**
 * Each page carries its own styles, inline, and asks for no stylesheet: on a
 * slow phone a stylesheet is one more round trip before anything shows (150
 * ms each on the bench's throttled network, see bench/throttled.ts). What a
 * page carries is the rules of site.css that its own HTML uses (Beasties,
 * which matches every selector against the page, pseudo-classes set aside,
 * and keeps @media, @page and the rest around what matches), so a task page
 * carries about a third of the sheet. A page whose script renders markup of
 * its own (the search page's results) says `data-styles="all"` on `<html>`
 * and carries the whole sheet.
 *
 * The Content-Security-Policy allows no inline style but these: each page
 * names the SHA-256 of each of its `<style>` elements in a
 * `<meta http-equiv="Content-Security-Policy">`, which the browser enforces
 * together with the header of deploy/nginx.conf (whose style-src therefore
 * admits inline styles, and leaves it to the page to say which).
 */

/** The page's own policy: styles from this origin, and the inline ones it carries, by hash. */
export function styleHashes(html: string): string[] {
  return [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)].map(([, css]) => `'sha256-${createHash('sha256').update(css!).digest('base64')}'`);
}

/** The `<meta>` that names a page's inline styles, put right after its charset, before any `<style>`. */
export function withStylePolicy(html: string): string {
  const policy = `<meta http-equiv="Content-Security-Policy" content="style-src 'self' ${styleHashes(html).join(' ')}">`;
  if (!/<meta charset="utf-8">/.test(html)) throw new Error('inline-styles: a page without <meta charset="utf-8"> to put its style policy after');
  return html.replace('<meta charset="utf-8">', `<meta charset="utf-8">${policy}`);
}

/** Every HTML page under `dir` but Pagefind's, as paths. */
const htmlPages = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html') && !join(e.parentPath, e.name).includes(`${dir}/pagefind/`))
    .map((e) => join(e.parentPath, e.name));

export function inlineStyles(): AstroIntegration {
  return {
    name: 'inline-styles',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir).replace(/\/$/, '');
        const quiet = { warn: (message: string) => logger.warn(message), error: (message: string) => logger.error(message) };
        // Beasties inlines, and moves the <link> to the end of the body, where it is removed below: the page asks for no stylesheet.
        const used = new Beasties({ path: root, publicPath: '/', preload: 'body', reduceInlineStyles: false, fonts: false, logger: quiet });
        const all = new Beasties({
          path: root,
          publicPath: '/',
          preload: 'body',
          reduceInlineStyles: false,
          fonts: false,
          inlineThreshold: Number.MAX_SAFE_INTEGER,
          logger: quiet,
        });
        const pages = htmlPages(root);
        for (const page of pages) {
          const html = readFileSync(page, 'utf8');
          const inlined = await (/<html[^>]*\sdata-styles="all"/.test(html) ? all : used).process(html);
          // Beasties marks the element it worked in; the page does not need to know.
          const linked = inlined.replace(/<link rel="stylesheet" href="\/_astro\/[^"]+\.css">/g, '').replace(' data-beasties-container', '');
          writeFileSync(page, withStylePolicy(linked));
        }
        logger.info(`inlined the styles of ${pages.length} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
