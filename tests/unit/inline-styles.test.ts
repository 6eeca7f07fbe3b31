import postcss from 'postcss';
import { describe, expect, test } from 'vitest';
import { pageWords, selectorWords, sheetToRules, splitPrint, styleHashes, usedCss, withStylePolicy } from '../../src/integrations/inline-styles.ts';

describe('pageWords', () => {
  test('names the elements, classes, ids and attributes of a page as selectors name them', () => {
    expect([...pageWords('<p class="a  b" id="x" hidden><a href="/" data-site-url=\'/zh/\'>x</a></p>')].sort()).toEqual(
      ['#x', '.a', '.b', '.visually-hidden', '[class', '[data-site-url', '[hidden', '[href', '[id', 'a', 'p'].sort(),
    );
  });
});

describe('selectorWords', () => {
  test('asks for what a selector names outside the arguments of pseudo-classes', () => {
    expect(selectorWords('.facts:not(.facts-compact) dd')).toEqual(['.facts', 'dd']);
    expect(selectorWords('.task-list>li:has(.parallel)>.task-number')).toEqual(['.task-list', 'li', '.task-number']);
    expect(selectorWords("input[type='search']")).toEqual(['input', '[type']);
    expect(selectorWords('.breadcrumbs li:nth-last-child(2):before')).toEqual(['.breadcrumbs', 'li']);
    expect(selectorWords(':lang(zh-CN)')).toEqual([]);
    expect(selectorWords(':root')).toEqual([]);
  });
});

describe('usedCss', () => {
  const rules = sheetToRules(
    postcss.parse(
      ':root{--a:1}:lang(en){font-family:x}.a,.b{color:red}.c .d{color:blue}@media (width>=48rem){.a{margin:0}.z{margin:1px}}@page{size:A4}@media print{.z{color:green}}:focus-visible{outline:3px solid}',
    ),
  );

  test('keeps what the page can use, drops the rest, and keeps @media around what it keeps', () => {
    expect(usedCss(rules, pageWords('<p class="a">'))).toBe(
      ':root{--a:1}:lang(en){font-family:x}.a{color:red}@media (width>=48rem){.a{margin:0}}@page{size:A4}:focus-visible{outline:3px solid}',
    );
  });

  test('keeps a rule whose parts stand in the wrong places (it never drops one that could apply)', () => {
    expect(usedCss(rules, pageWords('<div class="d"><p class="c">'))).toContain('.c .d{color:blue}');
  });

  test('is the whole sheet for a page that has every word', () => {
    const css = usedCss(rules, pageWords('<p class="a b c d z">'));
    for (const part of ['.a,.b{color:red}', '@media print{.z{color:green}}', '.z{margin:1px}']) expect(css).toContain(part);
  });
});

describe('the style policy', () => {
  test('names each <style> by its SHA-256, right after the charset', () => {
    const html = '<html><head><meta charset="utf-8"><style>p{}</style></head></html>';
    // echo -n 'p{}' | openssl dgst -sha256 -binary | base64
    expect(styleHashes(html)).toEqual(["'sha256-gG2yISYereRMiG2lMXrbiUgi0Ubw9p7QCeWcroOvy9Y='"]);
    expect(withStylePolicy(html)).toBe(
      `<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="style-src 'self' 'sha256-gG2yISYereRMiG2lMXrbiUgi0Ubw9p7QCeWcroOvy9Y='"><style>p{}</style></head></html>`,
    );
    expect(() => withStylePolicy('<html><head></head></html>')).toThrow('without <meta charset="utf-8">');
  });
});

describe('splitPrint', () => {
  test('puts @page and @media print in the print sheet and the rest in the screen’s, each in the source’s order, losing nothing', () => {
    const source =
      '.a{color:red}@page{size:A4;@top-left{content:"x"}}@media print{.a{color:#000}}@media (width>=48rem){.a{margin:0}}@page:first{@top-left{content:none}}@media PRINT and (orientation:portrait){.b{margin:0}}.b{color:blue}';
    const { screen, print } = splitPrint(source);
    expect(screen.toString()).toBe('.a{color:red}@media (width>=48rem){.a{margin:0}}.b{color:blue}');
    expect(print).toBe(
      '@page{size:A4;@top-left{content:"x"}}@media print{.a{color:#000}}@page:first{@top-left{content:none}}@media PRINT and (orientation:portrait){.b{margin:0}}',
    );
  });

  test('leaves a media query that only mentions print among others on the screen (it applies there too)', () => {
    expect(splitPrint('@media screen,print{.a{color:red}}').print).toBe('');
  });
});
