import { describe, expect, test } from 'vitest';
import { cslItemSchema } from '../../src/lib/schema/citation.ts';
import { citableToCsl, citableToEnglish, citableToGbt, pageToCitable } from '../../src/lib/text/citation.ts';
import { originProblem, siteOrigin } from '../../src/lib/site/origin.ts';
import { corpus } from '../helpers/corpus.ts';
const notice = corpus.documents.find((d) => d.id === 'services-opening')!;
const table = corpus.documents.find((d) => d.id === 'services-trade')!;

const context = (lang: 'zh' | 'en', path: string) => ({
  lang,
  url: `https://example.org/${lang}/${path}`,
  site: lang === 'en' ? 'Xiamen Services Sector Opening-up Policies' : '厦门服务业开放政策',
  publisher: null,
  accessed: '2026-12-02',
});
const task12 = (document: typeof notice) => corpus.tasks.find((t) => t.document === document.id && t.number === 12)!;

describe('citableToGbt', () => {
  test('cites a task of the notice as GB/T 7714-2015 has an online resource: issuer, title, number and item, [EB/OL], site, date, access date, URL', () => {
    expect(citableToGbt(pageToCitable(notice, task12(notice), context('zh', 'services-opening/tasks/12/')))).toBe(
      '厦门市人民政府. 厦门市人民政府关于印发服务业扩大开放综合试点实施方案的通知: 厦府〔2026〕88号 附件 第12项[EB/OL]. 厦门服务业开放政策, (2026-03-24)[2026-12-02]. https://example.org/zh/services-opening/tasks/12/.',
    );
  });

  test('invents no issuer, number or date for a document that states none', () => {
    const citation = citableToGbt(pageToCitable(table, task12(table), context('zh', 'services-trade/tasks/12/')));
    expect(citation).toBe(
      '厦门市全面深化服务贸易创新发展试点任务、具体举措及责任分工: 附件 第12项[EB/OL]. 厦门服务业开放政策[2026-12-02]. https://example.org/zh/services-trade/tasks/12/.',
    );
  });

  test('says of the English page that it is an unofficial English translation, the name of the language capitalised', () => {
    expect(citableToGbt(pageToCitable(table, task12(table), context('en', 'services-trade/tasks/12/')))).toContain(
      'Attachment, item 12, unofficial English translation[EB/OL]. ',
    );
  });

  test('cites a whole document without an item', () => {
    expect(citableToGbt(pageToCitable(notice, null, context('zh', 'services-opening/')))).toMatch(/通知: 厦府〔2026〕88号\[EB\/OL\]\. /);
  });
});

describe('citableToEnglish', () => {
  test('says, in the citation of the English page, that the translation is unofficial, with the access date and the URL', () => {
    expect(citableToEnglish(pageToCitable(notice, task12(notice), context('en', 'services-opening/tasks/12/')))).toBe(
      "Xiamen Municipal People's Government. “Notice of the Xiamen Municipal People's Government on Issuing the Implementation Plan for the Comprehensive Pilot for Expanding the Opening-up of the Services Sector in Xiamen”, Xia Fu [2026] No. 88, Attachment, item 12. 24 March 2026. Unofficial English translation; the Chinese text is authoritative. Xiamen Services Sector Opening-up Policies. Accessed 2 December 2026. https://example.org/en/services-opening/tasks/12/",
    );
  });

  test('cites the Chinese page in English: the Chinese title with its English in brackets, "In Chinese", the Chinese page', () => {
    const en = pageToCitable(notice, task12(notice), context('en', 'services-opening/tasks/12/'));
    const zh = pageToCitable(notice, task12(notice), context('zh', 'services-opening/tasks/12/'));
    const citation = citableToEnglish(en, zh);
    expect(citation).toMatch(/^Xiamen Municipal People's Government\. 厦门市人民政府关于印发服务业扩大开放综合试点实施方案的通知 \[Notice of /);
    expect(citation).toContain('. In Chinese. ');
    expect(citation.endsWith(' https://example.org/zh/services-opening/tasks/12/')).toBe(true);
  });

  test('states no date for the services-trade table', () => {
    const citation = citableToEnglish(pageToCitable(table, task12(table), context('en', 'services-trade/tasks/12/')));
    // Before the access date, no year at all: the table states none.
    expect(citation.split('. Accessed ')[0]).not.toMatch(/\d{4}/);
    expect(citation).toMatch(/^“Xiamen's Pilot Tasks, .*”, Attachment, item 12\. Unofficial English translation; the Chinese text is authoritative\. /);
  });
});

describe('citableToCsl', () => {
  test('is one CSL-JSON webpage item holding the place in its title, the access date and no date the text does not state', () => {
    const item = citableToCsl(pageToCitable(table, task12(table), context('zh', 'services-trade/tasks/12/')));
    expect(cslItemSchema.parse(item)).toEqual(item);
    expect(item).toMatchObject({
      type: 'webpage',
      title: '厦门市全面深化服务贸易创新发展试点任务、具体举措及责任分工: 附件 第12项',
      accessed: { 'date-parts': [[2026, 12, 2]] },
    });
    expect(item).not.toHaveProperty('issued');
    expect(item).not.toHaveProperty('number');
    expect(item).not.toHaveProperty('author');
  });
});

describe('siteOrigin', () => {
  test('defaults to where npm start serves the site, and takes SITE_ORIGIN', () => {
    expect(siteOrigin({})).toBe('http://localhost:4321');
    expect(siteOrigin({ SITE_ORIGIN: 'https://policy.example.gov.cn/' })).toBe('https://policy.example.gov.cn');
  });

  test('never throws: a value that names no origin gives the local one, and originProblem stops the build', () => {
    for (const value of ['https://example.org/site/', 'not a url', 'ftp://example.org', 'https://user@example.org', 'https://example.org/?q', '::'])
      expect(siteOrigin({ SITE_ORIGIN: value }), value).toBe('http://localhost:4321');
  });
});

describe('originProblem', () => {
  test('a build for deployment without SITE_ORIGIN is refused, and the message says what to set', () => {
    expect(originProblem({})).toMatch(
      /^SITE_ORIGIN: expected the public origin of the site, found nothing.*http:\/\/localhost:4321.*SITE_ORIGIN=https:\/\/policy\.example\.gov\.cn npm run build.*npm start/,
    );
  });

  test('a loopback origin is refused for deployment, in any of its spellings', () => {
    for (const origin of ['http://localhost:4321', 'http://127.0.0.1:8080', 'http://[::1]', 'http://app.localhost']) {
      expect(originProblem({ SITE_ORIGIN: origin }), origin).toMatch(/^SITE_ORIGIN: expected a public origin, found .*, a loopback address/);
    }
  });

  test('a public origin is accepted, and a local build may use the loopback default', () => {
    expect(originProblem({ SITE_ORIGIN: 'https://policy.example.gov.cn' })).toBeNull();
    expect(originProblem({ LOCAL_BUILD: '1' })).toBeNull();
    expect(originProblem({ LOCAL_BUILD: '1', SITE_ORIGIN: 'http://127.0.0.1:8080' })).toBeNull();
  });

  test('a value that names no origin is refused, in a local build too, saying what it found', () => {
    for (const env of [{ SITE_ORIGIN: 'https://example.org/site/' }, { SITE_ORIGIN: 'not a url', LOCAL_BUILD: '1' }, { SITE_ORIGIN: 'ftp://example.org' }])
      expect(originProblem(env), env.SITE_ORIGIN).toMatch(
        new RegExp(`^SITE_ORIGIN: expected an origin such as https://example.org \\(http or https, no path\\), found ${JSON.stringify(env.SITE_ORIGIN)}\\.`),
      );
  });
});
