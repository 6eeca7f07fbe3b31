import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sentenceLinksToClauseMarks } from '../../src/lib/emit/clause-marks.ts';
import { findBodies } from '../../src/lib/emit/find-bodies.ts';
import { findCitations } from '../../src/lib/emit/find-citations.ts';
import { findTerms } from '../../src/lib/emit/find-terms.ts';
import { occurrencesOf } from '../../src/lib/text/occurrences.ts';
import { glossaryTermPath } from '../../src/lib/text/paths.ts';
import { readInputs } from '../../src/scripts/inputs.ts';
import { ROOT, SEEDS, readProjectFile } from '../helpers/paths.ts';

const { registry, glossary, translations } = await readInputs(ROOT);
/** The text each mark covers. */
const covered = (text: string, marks: readonly { start: number; end: number }[]) => marks.map((m) => text.slice(m.start, m.end));

describe('occurrencesOf', () => {
  test('finds what a regular expression finds, on any text and needle, whole words or not, in any case', () => {
    const letters = fc.constantFrom('a', 'A', 'b', ' ', '-', 'é', 'É', '1', '商', '务', '𠀀', '.', '(');
    const piece = fc.array(letters, { minLength: 1, maxLength: 4 }).map((l) => l.join(''));
    const reference = (text: string, needle: string, wholeWords: boolean, ignoreCase: boolean) => {
      const escaped = needle.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      const pattern = wholeWords ? `(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])` : escaped;
      return [...text.matchAll(new RegExp(pattern, ignoreCase ? 'giu' : 'gu'))].map((m) => [m.index, m.index + m[0].length]);
    };
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
        piece,
        fc.boolean(),
        fc.boolean(),
        (text, needle, wholeWords, ignoreCase) => {
          expect(occurrencesOf(text, needle, { wholeWords, ignoreCase })).toEqual(reference(text, needle, wholeWords, ignoreCase));
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('finds every occurrence, left to right', () => {
    expect(occurrencesOf('市商务局、商务部、商务部', '商务部')).toEqual([
      [5, 8],
      [9, 12],
    ]);
  });

  test('takes the needle literally, regular-expression characters and all', () => {
    expect(occurrencesOf('China (Fujian) Pilot', '(Fujian)')).toEqual([[6, 14]]);
    expect(occurrencesOf('axb a.b', 'a.b')).toEqual([[4, 7]]);
  });

  test('with wholeWords, skips a needle inside a longer word', () => {
    expect(occurrencesOf('BRICS and BRICSplus, BRICS.', 'BRICS', { wholeWords: true })).toEqual([
      [0, 5],
      [21, 26],
    ]);
  });

  test('with ignoreCase, matches any case and keeps the offsets of the text as written', () => {
    expect(occurrencesOf('The State Council', 'the state council', { ignoreCase: true })).toEqual([[0, 17]]);
    expect(occurrencesOf('The State Council', 'the state council')).toEqual([]);
  });
});

describe('findTerms', () => {
  test('marks a Chinese term with its glossary anchor and its English as the hint', () => {
    const text = '优化升级国际贸易“单一窗口”。';
    const marks = findTerms(text, 'zh', glossary);
    const entry = glossary.find((g) => g.zh === '国际贸易“单一窗口”')!;
    expect(marks).toEqual([{ kind: 'term', start: 4, end: 14, term: '国际贸易单一窗口', hint: entry.en }]);
    expect(covered(text, marks)).toEqual(['国际贸易“单一窗口”']);
  });

  test('prefers the longer of two terms that start together, and the earlier of two that cross', () => {
    const text = '提升厦门自贸片区制度创新水平';
    expect(covered(text, findTerms(text, 'zh', glossary))).toEqual(['厦门自贸片区']);
    const crossing = [
      { zh: '跨境', en: 'cross-border' },
      { zh: '境数据流动', en: 'flows of data across the border' },
    ];
    expect(covered('促进跨境数据流动', findTerms('促进跨境数据流动', 'zh', crossing))).toEqual(['跨境']);
  });

  test('marks an English rendering as whole words, whatever its case, with the Chinese as the hint', () => {
    const terms = [{ zh: '金砖国家', en: 'BRICS' }];
    const text = 'brics countries and BRICSplus';
    expect(findTerms(text, 'en', terms, { source: '金砖国家' })).toEqual([{ kind: 'term', start: 0, end: 5, term: '金砖国家', hint: '金砖国家' }]);
  });

  test('leaves a rendering that two entries share unmarked, unless the Chinese source uses only one of them', () => {
    const text = 'a Foreign Permanent Resident ID Card';
    const shared = glossary.filter((t) => t.en === 'Foreign Permanent Resident ID Card').map((t) => t.zh);
    expect(shared.sort()).toEqual(['外国人永久居留证', '外国人永久居留身份证']);
    expect(findTerms(text, 'en', glossary, { source: '持有外国人永久居留证或外国人永久居留身份证' })).toEqual([]);
    expect(findTerms(text, 'en', glossary, { source: '持有外国人永久居留证' })).toEqual([
      {
        kind: 'term',
        start: 2,
        end: 36,
        term: '外国人永久居留证',
        hint: '外国人永久居留证',
        // The entry's note comes with the mark: it is what the reader's card shows.
        note: glossary.find((t) => t.zh === '外国人永久居留证')?.note,
      },
    ]);
  });

  test('with a source, marks only the entries the Chinese uses: "pilot" only where it says 先行先试', () => {
    const text = 'Xiamen will pilot the measures.';
    expect(covered(text, findTerms(text, 'en', glossary, { source: '厦门将先行先试。' }))).toEqual(['pilot']);
    expect(findTerms(text, 'en', glossary, { source: '厦门将推进综合试点。' })).toEqual([]);
  });

  test('refuses English text without its Chinese source', () => {
    expect(() => findTerms('pilot', 'en', glossary)).toThrow(
      'findTerms: English text needs options.source, the Chinese it translates, to know which terms it renders',
    );
  });

  test('in English, the longest rendering wins over one inside it', () => {
    const text = 'the Xiamen Area of the China (Fujian) Pilot Free Trade Zone';
    expect(covered(text, findTerms(text, 'en', glossary, { source: '厦门自贸片区' }))).toEqual(['Xiamen Area of the China (Fujian) Pilot Free Trade Zone']);
  });
});

describe('findBodies', () => {
  test('marks a Chinese name of the registry with its id', () => {
    const text = '由市商务局牵头，商务部指导';
    const marks = findBodies(text, 'zh', registry);
    expect(marks).toEqual([
      { kind: 'body', start: 1, end: 5, agency: 'xiamen-municipal-bureau-of-commerce' },
      { kind: 'body', start: 8, end: 11, agency: 'ministry-of-commerce' },
    ]);
    expect(covered(text, marks)).toEqual(['市商务局', '商务部']);
  });

  test('prefers the longer name: 人民银行厦门市分行 over 人民银行, 市台港澳办 over 港澳办', () => {
    const text = '人民银行厦门市分行、市台港澳办、人民银行、港澳办';
    const marks = findBodies(text, 'zh', registry);
    expect(covered(text, marks)).toEqual(['人民银行厦门市分行', '市台港澳办', '人民银行', '港澳办']);
    expect(marks.map((m) => m.agency)).toEqual([
      'pboc-xiamen-branch',
      'xiamen-municipal-taiwan-hong-kong-and-macao-affairs-office',
      'peoples-bank-of-china',
      'hong-kong-and-macao-affairs-office',
    ]);
  });

  test('leaves generic references such as 有关部门 unmarked: they name no body', () => {
    expect(findBodies('有关部门按职责分工负责', 'zh', registry)).toEqual([]);
  });

  test('marks an English name as whole words and with its case, since it is a proper name', () => {
    const text = 'the Ministry of Commerce, the ministry of commerce, Ministry of Commerces';
    expect(findBodies(text, 'en', registry)).toEqual([{ kind: 'body', start: 4, end: 24, agency: 'ministry-of-commerce' }]);
  });

  test('leaves an English name that two entries share unmarked', () => {
    const shared = {
      agencies: [
        { id: 'a', names: ['甲'], en: 'Same Office' },
        { id: 'b', names: ['乙'], en: 'Same Office' },
      ],
    };
    expect(findBodies('the Same Office', 'en', shared)).toEqual([]);
    expect(findBodies('甲和乙', 'zh', shared).map((m) => m.agency)).toEqual(['a', 'b']);
  });
});

describe('findCitations', () => {
  const preamble =
    '根据《国务院关于〈加快推进服务业扩大开放综合试点工作方案〉的批复》（国函〔2025〕39号）和《商务部关于印发〈大连等9城市服务业扩大开放综合试点任务〉的通知》（商资函〔2026〕5号）（以下简称《综合试点任务》）等';

  test('marks a title with its number in parentheses as one citation', () => {
    const marks = findCitations(preamble);
    expect(covered(preamble, marks)).toEqual([
      '《国务院关于〈加快推进服务业扩大开放综合试点工作方案〉的批复》（国函〔2025〕39号）',
      '《商务部关于印发〈大连等9城市服务业扩大开放综合试点任务〉的通知》（商资函〔2026〕5号）',
    ]);
    expect(marks.map((m) => [m.number, m.title])).toEqual([
      ['国函〔2025〕39号', '国务院关于〈加快推进服务业扩大开放综合试点工作方案〉的批复'],
      ['商资函〔2026〕5号', '商务部关于印发〈大连等9城市服务业扩大开放综合试点任务〉的通知'],
    ]);
  });

  test('marks a number standing alone, or in parentheses without a title, as the number only', () => {
    expect(findCitations('厦府〔2026〕88号')).toEqual([{ kind: 'citation', start: 0, end: 11, number: '厦府〔2026〕88号' }]);
    const text = '见（国函〔2025〕39号）';
    expect(covered(text, findCitations(text))).toEqual(['国函〔2025〕39号']);
  });

  test('leaves a number glued to more than six Han characters unmarked rather than guess its issuer', () => {
    expect(findCitations('按照国务院有关批复国函〔2025〕39号')).toEqual([]);
  });

  test('marks the numbers our English writes, with the title in quotation marks before them', () => {
    const text = 'the “Reply of the State Council on the ‘Work Plan’” (Guo Han [2025] No. 39), and Shang Zi Han [2026] No. 5';
    const marks = findCitations(text);
    expect(covered(text, marks)).toEqual(['“Reply of the State Council on the ‘Work Plan’” (Guo Han [2025] No. 39)', 'Shang Zi Han [2026] No. 5']);
    expect(marks.map((m) => [m.number, m.title])).toEqual([
      ['Guo Han [2025] No. 39', 'Reply of the State Council on the ‘Work Plan’'],
      ['Shang Zi Han [2026] No. 5', undefined],
    ]);
  });

  test('leaves "No." without an issuer and a year unmarked', () => {
    expect(findCitations('see No. 5 and [2026] No. 5')).toEqual([]);
  });

  test('finds every document number in the 2026 notice and in its English', () => {
    const seed = readProjectFile(SEEDS['services-opening']);
    const numbers = seed.match(/〔\d{4}〕\d+号/g) ?? [];
    const found = seed.split('\n').flatMap((line) => findCitations(line).map((m) => m.number));
    expect(found).toEqual(['厦府〔2026〕88号', '国函〔2025〕39号', '商资函〔2026〕5号']);
    expect(found.length).toBe(numbers.length);

    const english = JSON.stringify(translations.files.get('services-opening/document.yaml'));
    const strings = [...english.matchAll(/"en":"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
    const englishNumbers = strings.flatMap((s) => s.match(/\[\d{4}\] No\. \d+/g) ?? []);
    expect(strings.flatMap((s) => findCitations(s).map((m) => m.number))).toEqual([
      'Xia Fu [2026] No. 88',
      'Guo Han [2025] No. 39',
      'Shang Zi Han [2026] No. 5',
    ]);
    expect(englishNumbers.length).toBe(3);
  });
});

describe('sentenceLinksToClauseMarks', () => {
  const paragraph = '集中优势资源。打造离岸算力设施；支持数据跨境；推进保税加注。';

  test('marks each linked clause the paragraph contains, in order', () => {
    const marks = sentenceLinksToClauseMarks(
      paragraph,
      [
        { text: { zh: '打造离岸算力设施', en: 'x' }, task: 'services-opening-2', document: 'services-opening', key: '2' },
        { text: { zh: '推进保税加注', en: 'x' }, task: 'services-opening-9', document: 'services-opening', key: '9' },
      ],
      'zh',
    );
    expect(marks).toEqual([
      { kind: 'clause', start: 7, end: 15, task: 'services-opening-2', document: 'services-opening', key: '2' },
      { kind: 'clause', start: 23, end: 29, task: 'services-opening-9', document: 'services-opening', key: '9' },
    ]);
    expect(covered(paragraph, marks)).toEqual(['打造离岸算力设施', '推进保税加注']);
  });

  test('skips a link whose clause stands in another paragraph', () => {
    expect(
      sentenceLinksToClauseMarks(paragraph, [{ text: { zh: '不在此段', en: 'x' }, task: 'services-opening-3', document: 'services-opening', key: '3' }], 'zh'),
    ).toEqual([]);
  });

  test('refuses links out of the paragraph’s order, naming the clause', () => {
    expect(() =>
      sentenceLinksToClauseMarks(
        paragraph,
        [
          { text: { zh: '推进保税加注', en: 'x' }, task: 'services-opening-9', document: 'services-opening', key: '9' },
          { text: { zh: '打造离岸算力设施', en: 'x' }, task: 'services-opening-2', document: 'services-opening', key: '2' },
        ],
        'zh',
      ),
    ).toThrow('sentenceLinksToClauseMarks: the clause “打造离岸算力设施” (services-opening-2) does not stand after the clause before it in: 集中优势资源。');
  });
});

describe('glossaryTermPath', () => {
  test('points at the entry’s anchor on the glossary page', () => {
    expect(glossaryTermPath('en', '单一窗口')).toBe('/en/glossary/#单一窗口');
  });
});
