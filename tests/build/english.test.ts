import type { CheerioAPI } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { HAN } from '../../src/lib/translate/checks.ts';
import { taskHeadline } from '../../src/lib/text/headline.ts';
import { pathInLang, taskAnchor, taskPath } from '../../src/lib/text/paths.ts';
import { corpus } from '../helpers/corpus.ts';
import { allPages, readPage, shownText } from '../helpers/dist.ts';
const pages = allPages();
const zhPages = pages.filter((p) => p.startsWith('/zh/'));
const enPages = pages.filter((p) => p.startsWith('/en/'));

/** The text of a page's body with every part marked lang="zh-CN" taken out. */
function textOutsideChinese($: CheerioAPI): string {
  const body = $('body').clone();
  body.find('[lang="zh-CN"]').remove();
  body.find('script').remove();
  return body.text();
}

describe('the English edition', () => {
  test('mirrors every /zh/ page at the same path under /en/, and the twins link to each other', () => {
    expect(enPages).toHaveLength(zhPages.length);
    for (const zh of zhPages) {
      const en = pathInLang(zh, 'en');
      expect(enPages, zh).toContain(en);
      expect(readPage(zh)('a[data-lang-switch]').attr('href'), zh).toBe(en);
      expect(readPage(en)('a[data-lang-switch]').attr('href'), en).toBe(zh);
    }
  });

  test('declares hreflang alternates for zh, en and x-default, as absolute URLs', () => {
    for (const path of ['/zh/services-trade/tasks/7/', '/en/services-trade/tasks/7/', '/en/agencies/', '/zh/']) {
      const $ = readPage(path);
      const alternates = Object.fromEntries(
        $('link[rel="alternate"][hreflang]')
          .map((_, l) => [[$(l).attr('hreflang'), $(l).attr('href')]])
          .get(),
      );
      const suffix = path.replace(/^\/(zh|en)\//, '');
      expect(alternates, path).toEqual({
        'zh-CN': expect.stringMatching(new RegExp(`^https?://[^/]+/zh/${suffix}$`)),
        en: expect.stringMatching(new RegExp(`^https?://[^/]+/en/${suffix}$`)),
        'x-default': alternates['zh-CN'],
      });
    }
  });

  test('declares lang="en" on every English page', () => {
    for (const path of enPages) expect(readPage(path)('html').attr('lang'), path).toBe('en');
  });

  test('says on every English page that the English is an unofficial translation, the Chinese prevails and the official text is the issuer’s', () => {
    for (const path of enPages) {
      const notice = readPage(path)('.translation-notice').text();
      expect(notice, path).toContain('Unofficial translation');
      expect(notice, path).toContain('The Chinese original prevails');
      expect(notice, path).toContain('the one the issuing authority publishes');
    }
  });

  test('shows no Chinese outside the parts marked as the Chinese original', () => {
    const offenders = enPages.filter((path) => HAN.test(textOutsideChinese(readPage(path))));
    expect(offenders).toEqual([]);
  });

  test('shows each task in English with its Chinese original, marked lang="zh-CN"', () => {
    for (const task of corpus.tasks) {
      const $ = readPage(taskPath('en', task));
      expect(shownText($('.task-text .parallel-translation')).trim(), task.id).toBe(task.text.en);
      expect(shownText($('.task-text .parallel-original > [lang="zh-CN"]')).trim(), task.id).toBe(task.text.zh);
      expect($('h1').text()).toMatch(new RegExp(`Task ${task.number}$`));
      expect(
        $('title')
          .text()
          .startsWith(`Task ${task.number}: ${taskHeadline('en', task.text.en)} - `),
        task.id,
      ).toBe(true);
    }
  });

  test('shows the Chinese original beside the English on category and document pages', () => {
    const category = readPage('/en/services-opening/categories/8/');
    const item = category(`#${taskAnchor({ key: '70' })}`);
    expect(item.find('.parallel-translation').text()).toContain('Single Window');
    expect(item.find('.parallel-original [lang="zh-CN"]').text()).toContain('单一窗口');
    const document = readPage('/en/services-opening/');
    for (const section of corpus.sections) {
      for (const paragraph of section.paragraphs) expect(shownText(document('article'))).toContain(paragraph.en);
      for (const paragraph of section.paragraphs) expect(shownText(document('article .parallel-original > [lang="zh-CN"]'))).toContain(paragraph.zh);
    }
    expect(document('.closing [lang="zh-CN"]').text()).toContain('有关单位：');
  });

  test('names bodies by their official English names, with the Chinese beside them', () => {
    const $ = readPage('/en/services-trade/tasks/35/');
    const lead = $('dl.facts a[href="/en/agencies/pboc-xiamen-central-sub-branch/"]');
    expect(lead.text()).toBe("People's Bank of China Xiamen Central Sub-branch");
    expect($('dl.facts [lang="zh-CN"]').first().text()).toBe('人行厦门中心支行');
    expect(readPage('/en/agencies/xiamen-municipal-bureau-of-commerce/')('h1').text()).toBe('Xiamen Municipal Bureau of Commerce');
  });
});
