import { load } from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, test } from 'vitest';
import { changesToEntries } from '../../src/lib/build/changes.ts';
import { siteFileSchema } from '../../src/lib/schema/publishing.ts';
import { unwrapRis } from '../../src/lib/site/citation-files.ts';
import { agencyScope, categoryScope, changesIn, documentScope, editionDate, latestOf, taskScope, wholeSite } from '../../src/lib/site/changes.ts';
import { fillAccessDates, localIsoDate } from '../../src/lib/site/enhance.ts';
import { changesToAtom, tagUri } from '../../src/lib/site/feeds.ts';
import { channelHref, publisherProblems, publisherName } from '../../src/lib/site/publisher.ts';
import { urlToQrSvg } from '../../src/lib/site/qr.ts';
import { corpus } from '../helpers/corpus.ts';
import { inputs } from '../helpers/inputs.ts';

const placeholders = siteFileSchema.parse({ publisher: { placeholder: true }, contact: { placeholder: true }, errorReports: { placeholder: true } });
const real = siteFileSchema.parse({
  publisher: { name: { zh: '某某局', en: 'A Bureau' }, url: 'https://bureau.example.gov.cn/' },
  contact: { email: 'policy@example.gov.cn' },
  errorReports: { url: 'https://bureau.example.gov.cn/errors' },
});
const line = (path: readonly PropertyKey[]) => ({ publisher: 20, contact: 22, errorReports: 24 })[String(path[0]) as 'publisher'];

describe('publisherProblems', () => {
  test('a deployment build stops on every placeholder, at its line in content/site.yaml, saying what to set', () => {
    const problems = publisherProblems(placeholders, { SITE_ORIGIN: 'https://policy.example.gov.cn' }, 'content/site.yaml', line);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(
      /^content\/site\.yaml:20: expected the name of the body that publishes the site for a deployment build, found a placeholder\. /,
    );
    expect(problems[1]).toMatch(/^content\/site\.yaml:22: expected a contact \(an email or a url\)/);
    expect(problems[2]).toMatch(/^content\/site\.yaml:24: expected a channel for reporting an error/);
  });

  test('a local build may show placeholders; real values pass either way', () => {
    expect(publisherProblems(placeholders, { LOCAL_BUILD: '1' }, 'f', line)).toEqual([]);
    expect(publisherProblems(real, {}, 'f', line)).toEqual([]);
  });

  test('the real site file holds placeholders only, marked as such, and invents no name or address', () => {
    for (const key of ['publisher', 'contact', 'errorReports'] as const) expect(inputs.site[key], key).toEqual({ placeholder: true });
  });

  test('a channel links by its page, else by mail; a placeholder links nowhere and names no publisher', () => {
    expect(channelHref(real.contact)).toBe('mailto:policy@example.gov.cn');
    expect(channelHref(real.errorReports)).toBe('https://bureau.example.gov.cn/errors');
    expect(channelHref(placeholders.contact)).toBeUndefined();
    expect(publisherName(real, 'en')).toBe('A Bureau');
    expect(publisherName(placeholders, 'zh')).toBeNull();
  });
});

describe('the change log, resolved', () => {
  const changes = changesToEntries(inputs.changes, corpus, () => 1);

  test('resolves each change to the ids it touched, and a whole document to all its tasks', () => {
    const first = changes.at(-1)!;
    expect(first.kind).toBe('publication');
    expect(first.affects.flatMap((s) => s.tasks)).toHaveLength(corpus.tasks.length);
    expect(changes.find((c) => c.id === 'english-second-reader')?.affects.find((s) => s.document === 'services-opening')?.tasks).toContain(
      'services-opening-101',
    );
  });

  test('scopes a change to a document, a category, a body and a task, keeping only the parts that touched each', () => {
    expect(changesIn(changes, wholeSite)).toHaveLength(changes.length);
    const trade = changesIn(changes, documentScope('services-trade'));
    expect(trade.every((c) => c.affects.every((s) => s.document === 'services-trade'))).toBe(true);
    // Category 13 of the plan: its heading was revised in the first and third passes.
    const heading = changesIn(changes, categoryScope('services-opening/13', [])).map((c) => c.id);
    expect(heading).toEqual(['english-third-pass', 'english-first-pass']);
    // A body listed in a document but named by none of its tasks follows only the whole document's changes.
    expect(changesIn(changes, agencyScope([], ['services-opening'])).map((c) => c.id)).toEqual(['first-publication']);
    expect(latestOf(changes, taskScope('services-opening-101'), ['translation'])?.id).toBe('english-second-reader');
    expect(latestOf(changes, taskScope('services-opening-2'), ['translation'])).toBeUndefined();
    expect(latestOf(changes, taskScope('services-opening-2'), ['publication', 'text'])?.id).toBe('first-publication');
  });

  test('the edition date is the latest change’s', () => {
    expect(editionDate(changes)).toBe(changes[0]?.date);
    expect(() => editionDate([])).toThrow();
  });
});

describe('changesToAtom', () => {
  const changes = changesToEntries(inputs.changes, corpus, () => 1);
  const spec = {
    lang: 'en' as const,
    title: 'Changes - Site',
    subtitle: 'Every revision.',
    path: '/en/feed.atom',
    page: '/en/changes/',
    changes,
    touched: () => [{ label: 'A <b>task</b> & more', path: '/en/services-trade/tasks/1/' }],
    touchedHeading: 'This revision touched:',
    publisher: null,
    rights: 'CC BY 4.0',
  };

  test('writes well-formed Atom, dated by the change log, with ids that are tag URIs of the host', () => {
    const atom = changesToAtom(spec, 'https://policy.example.gov.cn');
    expect(SyntaxValidator.validate(atom)).toBe(true);
    const { feed } = new XMLParser({ ignoreAttributes: false }).parse(atom) as {
      feed: { updated: string; id: string; entry: { id: string; updated: string }[] };
    };
    expect(feed.updated).toBe(`${changes[0]?.date}T00:00:00.000Z`);
    expect(feed.id).toBe(tagUri('https://policy.example.gov.cn', changes.at(-1)!.date, 'en/feed.atom'));
    expect(feed.entry.map((e) => e.updated)).toEqual(changes.map((c) => `${c.date}T00:00:00.000Z`));
    expect(feed.entry[0]?.id).toBe(`tag:policy.example.gov.cn,${changes[0]?.date}:en/feed.atom#${changes[0]?.id}`);
  });

  test('escapes the texts it links to, and gives the same bytes on every run', () => {
    const atom = changesToAtom(spec, 'https://policy.example.gov.cn');
    const { feed } = new XMLParser({ ignoreAttributes: false }).parse(atom) as { feed: { entry: { content: { '#text': string } }[] } };
    // The entry's HTML, read back: the label is text of its link, and made no element.
    const $ = load(feed.entry[0]?.content['#text'] ?? '');
    expect($('a').first().text()).toBe('A <b>task</b> & more');
    expect($('a').first().attr('href')).toBe('https://policy.example.gov.cn/en/services-trade/tasks/1/');
    expect($('b')).toHaveLength(0);
    expect(changesToAtom(spec, 'https://policy.example.gov.cn')).toBe(atom);
  });
});

describe('unwrapRis', () => {
  test('joins the lines plugin-ris wraps after 70 characters back onto their field, exactly', () => {
    const title = '厦门市人民政府关于印发服务业扩大开放综合试点实施方案的通知'.repeat(4);
    const wrapped = `TY  - ELEC\nTI  - ${title.replace(/(.{70})/g, '$1\n')}\nUR  - https://example.org/zh/x/\nER  - \n`;
    expect(unwrapRis(wrapped)).toBe(`TY  - ELEC\nTI  - ${title}\nUR  - https://example.org/zh/x/\nER  - \n`);
  });
});

describe('the access date on the page', () => {
  test('is today in the reader’s calendar, written as each form writes dates', () => {
    expect(localIsoDate(new Date(2026, 11, 2, 23, 59))).toBe('2026-12-02');
    const times = [
      { dataset: { accessDate: 'iso' }, dateTime: '', textContent: '' },
      { dataset: { accessDate: 'en' }, dateTime: '', textContent: '' },
      { dataset: { accessDate: 'zh' }, dateTime: '', textContent: '' },
    ];
    fillAccessDates({ querySelectorAll: () => times } as unknown as ParentNode, new Date(2027, 0, 5));
    expect(times.map((t) => [t.dateTime, t.textContent])).toEqual([
      ['2027-01-05', '2027-01-05'],
      ['2027-01-05', '5 January 2027'],
      ['2027-01-05', '2027年1月5日'],
    ]);
  });
});

describe('urlToQrSvg', () => {
  test('is an SVG, black on white, the same for the same address and different for another', async () => {
    const a = await urlToQrSvg('https://policy.example.gov.cn/zh/services-trade/tasks/12/');
    expect(a).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(a).toContain('#ffffff');
    expect(await urlToQrSvg('https://policy.example.gov.cn/zh/services-trade/tasks/12/')).toBe(a);
    expect(await urlToQrSvg('https://policy.example.gov.cn/zh/services-trade/tasks/13/')).not.toBe(a);
  });
});
