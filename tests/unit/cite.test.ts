import { describe, expect, test } from 'vitest';
import { citeTask } from '../../src/lib/text/cite.ts';
import { originProblem, siteOrigin } from '../../src/lib/site/origin.ts';
import { corpus } from '../helpers/corpus.ts';
const notice = corpus.documents.find((d) => d.id === 'services-opening')!;
const table = corpus.documents.find((d) => d.id === 'services-trade')!;
const item = (number: number) => ({ part: 'attachment', number });

describe('citeTask', () => {
  test('cites a task of the notice by number, attachment and item, with the title, date and URL', () => {
    expect(citeTask('zh', notice, item(12), 'https://example.org/zh/services-opening/tasks/12/')).toBe(
      '厦府〔2026〕88号 附件 第12项。《厦门市人民政府关于印发服务业扩大开放综合试点实施方案的通知》，2026年3月24日印发。https://example.org/zh/services-opening/tasks/12/',
    );
  });

  test('in English, says inside the citation that the translation is unofficial', () => {
    expect(citeTask('en', notice, item(12), 'https://example.org/en/services-opening/tasks/12/')).toBe(
      "Xia Fu [2026] No. 88, Attachment, item 12. “Notice of the Xiamen Municipal People's Government on Issuing the Implementation Plan for the Comprehensive Pilot for Expanding the Opening-up of the Services Sector in Xiamen”, printed and issued 24 March 2026. Unofficial English translation; the Chinese text is authoritative. https://example.org/en/services-opening/tasks/12/",
    );
  });

  test('invents no number or date for a document that states none', () => {
    expect(citeTask('zh', table, item(35), 'u')).toBe('《厦门市全面深化服务贸易创新发展试点任务、具体举措及责任分工》第35项（原文未载明文号和日期）。u');
    expect(citeTask('en', table, item(35), 'u')).toMatch(
      /, item 35 \(the text states no document number or date\)\. Unofficial English translation; the Chinese text is authoritative\. u$/,
    );
  });

  test('is deterministic', () => {
    expect(citeTask('en', notice, item(1), 'u')).toBe(citeTask('en', notice, item(1), 'u'));
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
