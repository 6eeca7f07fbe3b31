import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import postcss, { type ChildNode, type Root } from 'postcss';

/**
 * Each page carries its screen styles inline, and asks for no stylesheet
 * before it can show: on a slow phone a stylesheet is one more round trip
 * before anything shows (150 ms each on the bench's throttled network, see
 * bench/throttled.ts). What a page carries is the rules of site.css that its
 * HTML can use, so a task page carries about a third of the sheet. A page
 * whose script renders markup of its own (the search page's results) says
 * `data-styles="all"` on `<html>` and carries the whole sheet.
 *
 * What only paper uses (`@media print`, `@page`) is one shared stylesheet
 * instead, linked with `media="print"`: the browser fetches it without
 * holding the page back, once for the whole site, and has it when the reader
 * prints. Inline, it would cost every page about 0.5 KB (brotli) more.
 *
 * A rule is kept when every class, id, attribute and element its selector
 * names (outside :not(), :has() and the like) occurs in the page: a test on
 * the page's words, not its tree, so it keeps a rule whose parts stand in the
 * wrong places too, never drops one that could apply. Beasties, which matches
 * each selector against the page's tree, did the same job here at 7 ms a page
 * (4.4 s of the build); this takes well under one.
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
  if (!html.includes('<meta charset="utf-8">')) throw new Error('inline-styles: a page without <meta charset="utf-8"> to put its style policy after');
  return html.replace('<meta charset="utf-8">', `<meta charset="utf-8">${policy}`);
}

/**
 * The words a page's markup is made of: its elements' names, and its
 * classes, ids and attribute names, each marked as a selector would name it.
 *
 * @example pageWords('<p class="a b" id="x" hidden>') // → Set { '[hidden', '.visually-hidden', 'p', '[class', '.a', '.b', '[id', '#x' }
 */
export function pageWords(html: string): Set<string> {
  // Any element may be hidden by a script (a filter, a copy button): the rule for [hidden] always applies.
  // A script's status region for screen readers (a copy button's) is .visually-hidden: that rule too.
  const words = new Set<string>(['[hidden', '.visually-hidden']);
  for (const [, name, attributes] of html.matchAll(/<([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    words.add(name!.toLowerCase());
    for (const [, attribute, doubleQuoted, singleQuoted] of attributes!.matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|[^\s>]+))?/g)) {
      const value = doubleQuoted ?? singleQuoted;
      words.add(`[${attribute!.toLowerCase()}`);
      if (attribute === 'class') for (const name of (value ?? '').split(/\s+/)) if (name) words.add(`.${name}`);
      if (attribute === 'id' && value) words.add(`#${value}`);
    }
  }
  return words;
}

/** A selector's parts outside pseudo-classes' arguments (:not(.x) asks for no .x), as the words pageWords makes. */
export function selectorWords(selector: string): string[] {
  let outside = selector;
  // Arguments of pseudo-classes, innermost first: :is(), :not(), :has(), :lang(), :nth-child()…
  while (/\([^()]*\)/.test(outside)) outside = outside.replace(/\([^()]*\)/g, '');
  outside = outside.replace(/::?[\w-]+/g, ' ').replace(/\[\s*([\w-]+)[^\]]*\]/g, ' [$1 ');
  const words: string[] = [];
  for (const [token] of outside.matchAll(/\[[\w-]+|[.#][\w-]+|(?<![\w-])[a-zA-Z][\w-]*/g))
    words.push(token.startsWith('[') || token.startsWith('.') || token.startsWith('#') ? token : token.toLowerCase());
  return words;
}

/** Splits a selector list at its top-level commas (not those inside :is(…) or [attr="a,b"]). */
const selectorList = (selector: string) => {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < selector.length; i += 1) {
    const c = selector[i];
    if (c === '(' || c === '[') depth += 1;
    else if (c === ')' || c === ']') depth -= 1;
    else if (c === ',' && depth === 0) {
      parts.push(selector.slice(start, i));
      start = i + 1;
    }
  }
  return [...parts, selector.slice(start)];
};

/** One rule of the sheet, in order: its selectors with the words each needs, and its block; or an at-rule, kept whole. */
interface SheetRule {
  /** The @media/@supports around it, outermost first, as written. */
  wrappers: string[];
  /** Each selector of the rule's list and the words it needs; null for an at-rule (@page, @font-face…), always kept. */
  selectors: { selector: string; needs: string[] }[] | null;
  /** The declarations in their braces, or the whole at-rule. */
  css: string;
}

/** The sheet as a list of rules, each with the words it needs; at-rules other than grouping ones (@page, @font-face…) are kept whole. */
export function sheetToRules(root: Root): SheetRule[] {
  const rules: SheetRule[] = [];
  const walk = (nodes: ChildNode[], wrappers: string[]) => {
    for (const node of nodes) {
      if (node.type === 'atrule' && (node.name === 'media' || node.name === 'supports') && node.nodes) {
        walk(node.nodes, [...wrappers, `@${node.name} ${node.params}`]);
      } else if (node.type === 'rule') {
        const text = node.toString();
        rules.push({
          wrappers,
          selectors: selectorList(node.selector).map((selector) => ({ selector: selector.trim(), needs: selectorWords(selector) })),
          css: text.slice(text.indexOf('{', node.selector.length)),
        });
      } else if (node.type !== 'comment') {
        rules.push({ wrappers, selectors: null, css: node.toString() });
      }
    }
  };
  walk(root.nodes, []);
  return rules;
}

/**
 * The rules a page can use, written back as one sheet in the source's order:
 * of a rule's selectors, those the page can match; each @media around its
 * rules as in the source.
 */
export function usedCss(rules: readonly SheetRule[], words: ReadonlySet<string>): string {
  let css = '';
  let open: string[] = [];
  for (const rule of rules) {
    const selectors = rule.selectors?.filter(({ needs }) => needs.every((word) => words.has(word))).map(({ selector }) => selector);
    if (selectors?.length === 0) continue;
    let common = 0;
    while (common < open.length && open[common] === rule.wrappers[common]) common += 1;
    css +=
      '}'.repeat(open.length - common) +
      rule.wrappers
        .slice(common)
        .map((w) => `${w}{`)
        .join('');
    open = rule.wrappers;
    css += selectors ? `${selectors.join(',')}${rule.css}` : rule.css;
  }
  return css + '}'.repeat(open.length);
}

/** Whether a top-level node of the sheet is for paper only: `@page` (which PostCSS names "page:first" for `@page:first`), or `@media print…`. */
const isPrintOnly = (node: ChildNode) =>
  node.type === 'atrule' && (/^page(?::|$)/i.test(node.name) || (node.name === 'media' && /^print\b/i.test(node.params.trim())));

/**
 * The sheet in two: what a screen can use, and what only paper does, each as
 * CSS in the source's order. Nothing is lost: every top-level node goes to one
 * or the other.
 */
export function splitPrint(text: string): { screen: Root; print: string } {
  const screen = postcss.parse(text);
  const print: string[] = [];
  for (const node of [...screen.nodes]) {
    if (node.type === 'comment') node.remove();
    else if (isPrintOnly(node)) {
      print.push(node.toString());
      node.remove();
    }
  }
  return { screen, print: print.join('') };
}

/** Every HTML page under `dir` but Pagefind's, as paths. */
const htmlPages = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html') && !join(e.parentPath, e.name).startsWith(join(dir, 'pagefind')))
    .map((e) => join(e.parentPath, e.name));

export function inlineStyles(): AstroIntegration {
  return {
    name: 'inline-styles',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const sheets = new Map<string, { text: string; rules: SheetRule[]; print: string }>();
        const sheet = (href: string) => {
          let found = sheets.get(href);
          if (!found) {
            // The sheet's own source-map comment goes; a </style> cannot occur in Vite's minified CSS.
            const { screen, print } = splitPrint(readFileSync(join(root, href), 'utf8').replace(/\n?\/\*# sourceMappingURL=[^*]*\*\/\s*$/, ''));
            // Named by its content, so it can be cached for good as the rest of /_astro/ is.
            const printHref = `${dirname(href)}/print.${createHash('sha256').update(print).digest('hex').slice(0, 10)}.css`;
            writeFileSync(join(root, printHref), print);
            found = { text: screen.toString().trim(), rules: sheetToRules(screen), print: printHref };
            sheets.set(href, found);
          }
          return found;
        };
        const pages = htmlPages(root);
        for (const page of pages) {
          const html = readFileSync(page, 'utf8');
          const all = /<html[^>]*\sdata-styles="all"/.test(html);
          const words = all ? undefined : pageWords(html);
          // A page's own <style> just before the sheet (its print properties) joins it: one element, one hash in the policy.
          const inlined = html.replace(
            /(?:<style>([^<]*)<\/style>)?<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)">/g,
            (_, own: string | undefined, href: string) => {
              const { text, rules, print } = sheet(href);
              return `<style>${own ?? ''}${words ? usedCss(rules, words) : text}</style><link rel="stylesheet" href="${print}" media="print">`;
            },
          );
          writeFileSync(page, withStylePolicy(inlined));
        }
        logger.info(`inlined the styles of ${pages.length} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
