import { describe, expect, test } from 'vitest';
import { htmlToSections } from '../../src/integrations/page-sections.ts';
import { proseToRecords } from '../../src/integrations/pagefind.ts';
import { indexTokens } from '../../src/lib/search/full-text.ts';
import { textToLengths } from '../../src/lib/search/match.ts';

/** A document page as the site builds it, cut down to one of each thing the reader of its prose meets. */
const page = (lang: string, body: string) => `<!doctype html><html lang="${lang}"><head><title>x</title></head><body>
<header><p>网站名称</p></header>
<main id="main"><nav class="toc"><a href="#plan">目录</a></nav>
<article data-pagefind-body data-pagefind-meta="document:services-opening">${body}</article></main></body></html>`;

const ZH = page(
  'zh-CN',
  `<header class="front-matter"><p class="masthead"><span>厦门市人民政府</span><span>文件</span></p><h1 class="doc-title">关于印发方案的通知</h1></header>
<dl class="facts" data-pagefind-ignore><dt>文号</dt><dd>厦府〔2026〕88号</dd></dl>
<section aria-labelledby="notice"><h2 id="notice" class="visually-hidden" data-pagefind-ignore>通知</h2>
  <p>各区人民政府：</p>
  <p>《<a class="term" href="/zh/glossary/#x" title="pilot">综合试点</a>实施方案》现印发给你们。</p></section>
<section aria-labelledby="plan"><p>附件</p><h2 id="plan" class="section-heading">实施方案</h2>
  <h2 id="section-1" class="section-heading">一、聚焦制度型开放<a class="anchor-link" href="#section-1" data-pagefind-ignore>#</a></h2>
  <h3 id="section-1-1" class="section-heading">（一）先行先试<a class="anchor-link" href="#section-1-1" data-pagefind-ignore>#</a></h3>
  <p>建立“高位统筹”机制。</p>
  <section aria-labelledby="category-1" data-pagefind-ignore><h3 id="category-1">一、类别</h3><ol><li id="task-1">第1项任务</li></ol></section>
</section>
<section class="provenance" aria-labelledby="provenance-heading" data-pagefind-ignore><h2 id="provenance-heading">出处与核对</h2><p>SHA-256</p></section>`,
);

const EN = page(
  'en',
  `<section aria-labelledby="section-6-2"><div class="parallel"><div class="parallel-translation"><h3 id="section-6-2">(2) Holding each body to its responsibilities<a class="anchor-link" href="#section-6-2" data-pagefind-ignore>#</a></h3></div>
  <div class="parallel-original" role="group"><div lang="zh-CN"><p class="h3">（二）压实责任</p></div></div></div>
  <div class="parallel"><div class="parallel-translation"><p>Each body shall refine its measures.</p></div><div class="parallel-original"><div lang="zh-CN"><p>各责任部门要细化举措。</p></div></div></div></section>`,
);

describe('htmlToSections', () => {
  const zh = htmlToSections(ZH, 'zh.html');

  test('reads the page’s language and its name, and starts a section at each heading with an id, the front matter before them', () => {
    expect(zh.lang).toBe('zh');
    expect(zh.meta).toEqual({ document: 'services-opening' });
    expect(zh.sections.map((s) => [s.anchor, s.title, s.part, s.parent])).toEqual([
      [null, '关于印发方案的通知', '', ''],
      ['notice', '通知', '', ''],
      ['plan', '实施方案', '', ''],
      ['section-1', '一、聚焦制度型开放', '实施方案', ''],
      ['section-1-1', '（一）先行先试', '实施方案', '一、聚焦制度型开放'],
    ]);
  });

  test('keeps the words of the text, a block a line, and leaves out what is marked to be left out', () => {
    expect(zh.sections.map((s) => s.texts.zh)).toEqual([
      '厦门市人民政府文件\n关于印发方案的通知',
      '各区人民政府：\n《综合试点实施方案》现印发给你们。',
      // A label above a part's heading is the part's own.
      '附件\n实施方案',
      '一、聚焦制度型开放',
      '（一）先行先试\n建立“高位统筹”机制。',
    ]);
  });

  test('keeps the original beside a translation apart, as the same section’s text in its language', () => {
    const en = htmlToSections(EN, 'en.html');
    expect(en.lang).toBe('en');
    expect(en.sections).toEqual([
      {
        anchor: 'section-6-2',
        title: '(2) Holding each body to its responsibilities',
        part: '',
        parent: '',
        texts: { en: '(2) Holding each body to its responsibilities\nEach body shall refine its measures.', zh: '（二）压实责任\n各责任部门要细化举措。' },
      },
    ]);
  });

  test('refuses a page without a published language or without one indexed element, naming the page', () => {
    expect(() => htmlToSections(ZH.replace('lang="zh-CN"', 'lang="fr"'), 'a.html')).toThrow('a.html: expected <html lang> of a published language, found "fr"');
    expect(() => htmlToSections(ZH.replace(' data-pagefind-body', ''), 'b.html')).toThrow('b.html: expected one element with data-pagefind-body, found 0');
    expect(() => htmlToSections(ZH.replace('document:services-opening', 'services-opening'), 'c.html')).toThrow(
      'c.html: expected data-pagefind-meta="key:value", found "services-opening"',
    );
  });
});

describe('proseToRecords', () => {
  test('makes a record per section at its anchor, in the index of the page’s tag as Pagefind keys it, with tokens and metadata', () => {
    const records = proseToRecords(htmlToSections(ZH, 'zh.html'), '/zh/services-opening/');
    expect(records.map((r) => r.url)).toEqual([
      '/zh/services-opening/',
      '/zh/services-opening/#notice',
      '/zh/services-opening/#plan',
      '/zh/services-opening/#section-1',
      '/zh/services-opening/#section-1-1',
    ]);
    expect(new Set(records.map((r) => r.language))).toEqual(new Set(['zh-cn']));
    const last = records.at(-1)!;
    expect(last.content).toBe(indexTokens('（一）先行先试\n建立“高位统筹”机制。'));
    expect(last.meta).toMatchObject({ document: 'services-opening', position: '4', title: '（一）先行先试', parent: '一、聚焦制度型开放' });
    expect(textToLengths(last.meta!.words!).reduce((a, b) => a + b, 0)).toBe(last.meta!.zh!.length);
    expect(last.meta!.en).toBeUndefined();
    const [en] = proseToRecords(htmlToSections(EN, 'en.html'), '/en/services-opening/');
    expect(en).toMatchObject({
      url: '/en/services-opening/#section-6-2',
      language: 'en',
      meta: { en: expect.stringContaining('refine'), zh: expect.stringContaining('压实责任') },
    });
  });

  test('refuses a page that does not say which document it is', () => {
    expect(() => proseToRecords(htmlToSections(ZH.replace(' data-pagefind-meta="document:services-opening"', ''), 'zh.html'), '/zh/x/')).toThrow(
      '/zh/x/: expected data-pagefind-meta="document:…" on the indexed element',
    );
  });
});
