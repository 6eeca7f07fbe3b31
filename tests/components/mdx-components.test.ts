import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { beforeAll, describe, expect, test } from 'vitest';
import Body from '../../src/components/mdx/Body.astro';
import Cited from '../../src/components/mdx/Cited.astro';
import Clause from '../../src/components/mdx/Clause.astro';
import Edition from '../../src/components/mdx/Edition.astro';
import { MDX_COMPONENT_NAMES, mdxComponents } from '../../src/components/mdx/index.ts';
import Term from '../../src/components/mdx/Term.astro';
import { pageLanguage } from '../../src/i18n/page-language.ts';
import type { Lang } from '../../src/lib/schema/languages.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** Renders a component around a text, and returns the rendered HTML parsed, with the HTML itself. */
async function render(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>, text = '单一窗口', page: Lang = 'zh') {
  // The page's language is decided by the middleware; here, by the test.
  const html = await container.renderToString(component, { props, slots: { default: text }, locals: { language: pageLanguage(page) } });
  return { html, $: load(html, null, false) };
}

describe('mdxComponents', () => {
  test('names every component annotated MDX writes', () => {
    expect(MDX_COMPONENT_NAMES).toEqual(['Clause', 'Term', 'Body', 'Cited', 'Edition']);
    expect(Object.keys(mdxComponents)).toEqual(MDX_COMPONENT_NAMES);
  });
});

describe('Clause', () => {
  test('links the clause to its task in the language given, adding not one character', async () => {
    const { $ } = await render(Clause, { document: 'services-opening', task: '12' }, 'build offshore computing power facilities', 'en');
    expect($('a.clause').attr('href')).toBe('/en/services-opening/tasks/12/');
    expect($.root().text()).toBe('build offshore computing power facilities');
  });
});

describe('Term', () => {
  test('is a focusable term, not a link, with a card of its other language, its note and its glossary entry, adding not one character to the text', async () => {
    const { $ } = await render(Term, { term: '国际贸易单一窗口', hint: 'international trade “Single Window”', note: 'The 单一窗口 of the customs.' });
    const term = $('span.term');
    expect(term.attr('tabindex')).toBe('0');
    expect($('a').not('.term-card a').length).toBe(0);
    const card = term.children('.term-card');
    expect(card.attr('data-pagefind-ignore')).toBe('');
    expect(card.children('.term-hint').text()).toBe('international trade “Single Window”');
    expect(card.children('.term-hint').attr('lang')).toBe('en');
    // The note is English, with the Chinese it quotes marked as Chinese.
    expect(card.children('.term-note').attr('lang')).toBe('en');
    expect(card.find('.term-note [lang="zh-CN"]').text()).toBe('单一窗口');
    expect(card.find('a').attr('href')).toBe('/zh/glossary/#国际贸易单一窗口');
    expect(card.find('a').text()).toBe('术语表条目');
    term.children('.term-card').remove();
    expect($.root().text()).toBe('单一窗口');
  });

  test('gives the Chinese of an English term its language, and no note where the entry has none', async () => {
    const { $ } = await render(Term, { term: '单一窗口', hint: '单一窗口' }, 'Single Window', 'en');
    expect($('.term-hint').attr('lang')).toBe('zh-CN');
    expect($('.term-note').length).toBe(0);
    expect($('.term-card a').attr('href')).toBe('/en/glossary/#单一窗口');
  });

  test('inside a clause is a span, not a link inside a link', async () => {
    const { $ } = await render(Term, { term: '单一窗口', hint: 'single window', inClause: true });
    expect($('a').length).toBe(0);
    expect($('span.term').attr('title')).toBe('single window');
    expect($.root().text()).toBe('单一窗口');
  });

  test('escapes a hint and a note, so neither can add an attribute or an element', async () => {
    const hostile = '"><script>alert(1)</script>';
    const { $ } = await render(Term, { term: '单一窗口', hint: hostile, note: hostile });
    expect($('script').length).toBe(0);
    expect($('.term-hint').text()).toBe(hostile);
    expect($('.term-note').text()).toBe(hostile);
  });
});

describe('Body', () => {
  test('links the name to the body’s page', async () => {
    const { $ } = await render(Body, { agency: 'ministry-of-commerce' }, 'Ministry of Commerce', 'en');
    expect($('a.body-name').attr('href')).toBe('/en/agencies/ministry-of-commerce/');
    expect($.root().text()).toBe('Ministry of Commerce');
  });

  test('inside a clause is the name alone', async () => {
    const { html } = await render(Body, { agency: 'ministry-of-commerce', inClause: true }, '商务部');
    expect(html).toBe('商务部');
  });
});

describe('Cited', () => {
  test('is a cite holding the citation as written, with the number as data and no link', async () => {
    const text = '《国务院关于〈加快推进服务业扩大开放综合试点工作方案〉的批复》（国函〔2025〕39号）';
    const { $ } = await render(Cited, { number: '国函〔2025〕39号', title: '国务院关于〈加快推进服务业扩大开放综合试点工作方案〉的批复' }, text);
    expect($('cite.cited').attr('data-document-number')).toBe('国函〔2025〕39号');
    expect($('a').length).toBe(0);
    expect($.root().text()).toBe(text);
  });
});

describe('Edition', () => {
  test('renders its children on the page of its language only', async () => {
    expect((await render(Edition, { lang: 'zh', current: 'zh' }, '第一段。')).html).toBe('第一段。');
    expect((await render(Edition, { lang: 'zh', current: 'en' }, '第一段。')).html).toBe('');
  });
});
