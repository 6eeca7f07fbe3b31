import { describe, expect, test } from 'vitest';
import { chineseWords } from '../../src/lib/enrich/related.ts';
import { indexTokens, lookupTokens, metaToSection, searchSections } from '../../src/lib/search/full-text.ts';
import { chineseSpans, latinSpans, lengthsToBoundaries, textToLengths } from '../../src/lib/search/match.ts';
import { corpus } from '../helpers/corpus.ts';
import { corpusToSections, lookupIn } from '../helpers/prose-sections.ts';
import { corpusToSearchData } from '../helpers/search-data.ts';

const data = corpusToSearchData(corpus);
const zhSections = corpusToSections(corpus, 'zh');
const enSections = corpusToSections(corpus, 'en');
const search = async (query: string, lang: 'zh' | 'en', document = '') => {
  const lookup = lookupIn(lang === 'zh' ? zhSections : enSections);
  const answer = await searchSections(query, document, lang === 'en', data, lookup);
  return { ...answer, asked: lookup.asked, urls: answer.hits.map((h) => h.section.url) };
};

describe('indexTokens', () => {
  test('makes each Han character a token, each Latin word its stem in small letters, and drops the rest', () => {
    expect(indexTokens('依托重点园区和平台，打造对外开放新高地')).toBe('依 托 重 点 园 区 和 平 台 打 造 对 外 开 放 新 高 地');
    expect(indexTokens('Promoting opening-up, IPv6 and the people’s governments')).toBe('promot open up ipv 6 and the people govern');
    expect(indexTokens('开展QFLP试点（国函〔2025〕39号）')).toBe('开 展 qflp 试 点 国 函 2025 39 号');
    expect(indexTokens('ＦＴＺ')).toBe('ftz');
  });

  test('looks a Chinese word up without a Latin word or number at its ends, which a text may hold as part of a longer one', () => {
    expect(lookupTokens('P试点')).toBe('试 点');
    expect(lookupTokens('88号')).toBe('号');
    expect(lookupTokens('第145次')).toBe('第 145 次');
    expect(lookupTokens('“两业”融合')).toBe('两 业 融 合');
    expect(lookupTokens('SAFE Xiamen Branch')).toBe('safe xiamen branch');
  });
});

// Exhaustive: tens of thousands of lookups over every text, which take seconds when other projects share the machine (a bound, not a timing).
describe('the index holds every match of the engine’s rules', { timeout: 30_000 }, () => {
  // Pagefind's exact search finds a record when its tokens hold the tokens looked up as a run; the page
  // then decides by the engine's rules. So every text the rules find a word in must hold that run, or a
  // match would go unlisted. Checked on every text of the documents, prose and tasks, for every word a
  // reader could type that the rules find there.
  const texts = [
    ...zhSections.map((s) => ({ zh: s.text.zh, en: enSections.find((e) => e.url.endsWith(s.url.slice(3)))!.text.en! })),
    ...corpus.tasks.map((t) => t.text),
  ];
  const holds = (text: string, word: string) => ` ${indexTokens(text)} `.includes(` ${lookupTokens(word)} `);

  test('Chinese: every stretch of up to six characters the rules find as a word or within one', () => {
    let checked = 0;
    for (const { zh } of texts) {
      const boundaries = lengthsToBoundaries(chineseWords(zh).map((w) => w.length));
      for (let start = 0; start < zh.length; start++)
        for (let end = start + 1; end <= Math.min(zh.length, start + 6); end++) {
          const word = zh.slice(start, end);
          if (!/\p{Script=Han}/u.test(word) || chineseSpans(zh, boundaries, word).length === 0) continue;
          checked += 1;
          expect(holds(zh, word), `${word} in ${zh.slice(0, 20)}…`).toBe(true);
        }
    }
    expect(checked).toBeGreaterThan(50_000);
  });

  test('Latin letters: every run of up to three words, in small letters or capitals, and every word of the synonym table and glossary', () => {
    let checked = 0;
    const phrases = [...data.synonyms.flatMap((g) => g.en), ...data.glossary.map(([, en]) => en)];
    for (const { zh, en } of texts) {
      const words = en.match(/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu) ?? [];
      for (let i = 0; i < words.length; i++) for (let n = 1; n <= 3 && i + n <= words.length; n++) phrases.push(words.slice(i, i + n).join(' '));
      for (const phrase of new Set([...phrases, ...phrases.map((p) => p.toLowerCase())]))
        for (const text of [en, zh]) {
          if (latinSpans(text, phrase).length === 0) continue;
          checked += 1;
          expect(holds(text, phrase), `${phrase} in ${text.slice(0, 30)}…`).toBe(true);
        }
      phrases.length = 0;
    }
    expect(checked).toBeGreaterThan(20_000);
  });
});

describe('searchSections', () => {
  test('finds a phrase of the plan’s prose in the section that says it, and nowhere else', async () => {
    expect((await search('高位统筹', 'zh')).urls).toEqual(['/zh/services-opening/#section-6-1']);
    expect((await search('高位统筹', 'zh', 'services-trade')).urls).toEqual([]);
  });

  test('lists no section where the word only stands across two words, though the index offers it', async () => {
    // A pair of characters the prose holds only across a boundary of its words, found from the texts.
    const crossing = (() => {
      for (const section of zhSections) {
        const zh = section.text.zh;
        for (let i = 0; i + 2 <= zh.length; i++) {
          const word = zh.slice(i, i + 2);
          if (!/^\p{Script=Han}{2}$/u.test(word)) continue;
          const everywhere = zhSections.every((s) => chineseSpans(s.text.zh, lengthsToBoundaries(textToLengths(s.text.words)), word).length === 0);
          if (everywhere && !data.synonyms.some((g) => g.zh.includes(word))) return word;
        }
      }
      return undefined;
    })();
    expect(crossing).toBeDefined();
    const answer = await search(crossing!, 'zh');
    expect(answer.asked).toEqual([indexTokens(crossing!)]);
    expect(zhSections.some((s) => s.text.zh.includes(crossing!))).toBe(true);
    expect(answer.urls).toEqual([]);
  });

  test('widens a word by the synonym table, says so, and puts the sections that say it as typed first', async () => {
    const answer = await search('台湾', 'zh');
    expect(answer.alsoSearched).toEqual(expect.arrayContaining(['两岸']));
    expect(answer.hits.length).toBeGreaterThan(0);
    for (const hit of answer.hits) {
      expect(hit.way).toBe('synonym');
      expect(hit.zh.map(([a, b]) => hit.section.text.zh.slice(a, b))).toEqual(expect.arrayContaining([expect.stringMatching(/^(?:对台|两岸|港澳台)$/)]));
    }
  });

  test('asks every term of the words to be found, and keeps the documents’ order', async () => {
    const answer = await search('两岸 标准', 'zh');
    const expected = zhSections.filter((s) => s.text.zh.includes('两岸') && s.text.zh.includes('标准')).map((s) => s.url);
    expect(expected.length).toBeGreaterThan(0);
    expect(answer.urls).toEqual(expected);
    const all = (await search('服务业', 'zh')).hits;
    expect(all.map((h) => h.index)).toEqual([...all.map((h) => h.index)].sort((a, b) => a - b));
  });

  test('on a translation’s page, searches English words in the translation and Chinese words in the original', async () => {
    const english = await search('closed-loop supervision', 'en');
    expect(english.urls).toEqual(['/en/services-opening/#section-6-1']);
    expect(english.hits[0]!.en.length).toBeGreaterThan(0);
    const chinese = await search('高位统筹', 'en');
    expect(chinese.urls).toEqual(['/en/services-opening/#section-6-1']);
    expect(chinese.hits[0]!.en).toEqual([]);
    expect(chinese.hits[0]!.zh.length).toBe(1);
  });

  test('finds whole words only: no prefix and no word a query is the start of', async () => {
    expect((await search('forex', 'en')).hits.filter((h) => h.en.length > 0)).toEqual([]);
    const fors = await search('for', 'en');
    expect(fors.hits.length).toBeGreaterThan(0);
    for (const hit of fors.hits) for (const [a, b] of hit.en) expect(hit.section.text.en!.slice(a, b).toLowerCase()).toBe('for');
    expect((await search('foreig', 'en')).urls).toEqual([]);
  });
});

describe('metaToSection', () => {
  test('reads a record’s metadata back, and refuses one that lacks a field', () => {
    const meta = {
      document: 'services-opening',
      position: '18',
      title: '（二）压实责任',
      part: '实施方案',
      parent: '六、强化组织保障',
      zh: '（二）压实责任',
      words: '25',
    };
    expect(metaToSection('/zh/services-opening/#section-6-2', meta)).toEqual({
      url: '/zh/services-opening/#section-6-2',
      document: 'services-opening',
      position: 18,
      title: '（二）压实责任',
      trail: ['六、强化组织保障'],
      text: { zh: '（二）压实责任', words: '25' },
    });
    expect(metaToSection('/zh/services-opening/', { ...meta, words: undefined })).toBeUndefined();
  });
});
