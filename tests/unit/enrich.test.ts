import { describe, expect, test } from 'vitest';
import { clauseCoverage, listedClauses, markPriorities } from '../../src/lib/enrich/priorities.ts';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import {
  CHINESE_STOPWORDS,
  chineseTerms,
  chineseWords,
  englishTerms,
  FUNCTION_CHARACTERS,
  MIN_SCORE,
  RELATED_LIMIT,
  relateTasks,
  sharedChineseTerms,
  sharedEnglishTerms,
} from '../../src/lib/enrich/related.ts';
import { SourceError } from '../../src/lib/text/source-error.ts';
import { corpus } from '../helpers/corpus.ts';
import { inputs } from '../helpers/inputs.ts';
import { unmarked as translated } from '../helpers/pipeline.ts';
import { SEEDS } from '../helpers/paths.ts';
import type { TaskEntry } from '../../src/lib/schema/task.ts';

const task = (id: string) => corpus.tasks.find((t) => t.id === id)!;

describe('the differentiated tasks', () => {
  const plan = corpus.sections.find((s) => s.key === '2-2')!;
  const planText = plan.paragraphs.map((p) => p.zh).join('');

  test('are found by their wording in the plan: tasks 12, 44, 50, 67 and 72', () => {
    const marked = corpus.tasks.filter((t) => t.priorities.includes('differentiated')).map((t) => t.id);
    expect(marked).toEqual(['services-opening-12', 'services-opening-44', 'services-opening-50', 'services-opening-67', 'services-opening-72']);
    expect(plan.heading?.zh).toBe('探索推动 5 项差异化试点任务');
  });

  test('each is the task whose text holds the words of one clause of the plan', () => {
    const wording: Record<string, string> = {
      'services-opening-12': '打造离岸算力设施，实现数据“境内关外”流动',
      'services-opening-44': '依托国家文化、数字等特色服务出口基地，进一步深化文化保税及文化出海机制',
      'services-opening-50': '支持国际航行船舶开展绿色船燃保税加注，探索开展以进口保税燃料油为原料的保税船用生物燃料油混兑出口业务',
      'services-opening-67': '促进金砖国家服务贸易合作',
      'services-opening-72': '对符合条件的进口自用科研货物',
    };
    for (const [id, words] of Object.entries(wording)) {
      expect(planText).toContain(words);
      expect(task(id).text.zh).toContain(words);
    }
    expect(plan.links.map((l) => l.task)).toEqual([
      'services-opening-67',
      'services-opening-44',
      'services-opening-12',
      'services-opening-50',
      'services-opening-72',
    ]);
    for (const link of plan.links) expect(planText).toContain(link.text.zh);
  });

  test('are linked from the English plan too, clause by clause', () => {
    const english = plan.paragraphs.map((p) => p.en).join(' ');
    for (const link of plan.links) expect(english).toContain(link.text.en);
    expect(plan.links[2]?.text.en).toContain('offshore computing power');
  });

  test('a plan whose clause matches no task stops the build, naming the line', () => {
    const changed = {
      ...translated,
      sections: translated.sections.map((s) =>
        s.key === '2-2'
          ? {
              ...s,
              paragraphs: s.paragraphs.map((p) => ({ ...p, zh: p.zh.replace('打造离岸算力设施，实现数据“境内关外”流动', '建设海上风电基地，发展清洁能源') })),
            }
          : s,
      ),
    };
    expect(() => markPriorities(changed, inputs.priorities)).toThrow(
      new SourceError('seeds/003_fb70ce431c18d979.txt', 41, 'a task of the attachment worded like “建设海上风电基地，发展清洁能源”', 'none close enough'),
    );
  });

  test('a clause two tasks match equally well stops the build rather than guess', () => {
    const twelve = translated.tasks.find((t) => t.id === 'services-opening-12')!;
    const changed = {
      ...translated,
      tasks: translated.tasks.map((t) => (t.id === 'services-opening-13' ? { ...t, text: twelve.text } : t)),
    };
    expect(() => markPriorities(changed, inputs.priorities)).toThrow(
      /expected one task of the attachment worded like “打造离岸算力设施.*”, found services-opening-12, services-opening-13$/,
    );
  });

  test('a plan naming fewer clauses than it declares stops the build', () => {
    const changed = {
      ...translated,
      sections: translated.sections.map((s) =>
        s.key === '2-2' ? { ...s, paragraphs: s.paragraphs.map((p) => ({ ...p, zh: p.zh.replace(/；对符合条件.*$/, '。') })) } : s,
      ),
    };
    expect(() => markPriorities(changed, inputs.priorities)).toThrow('expected 5 clauses naming the differentiated tasks');
  });
});

describe('the remarks', () => {
  test('mark their tasks with a priority each', () => {
    const ids = (priority: string) => corpus.tasks.filter((t) => t.priorities.includes(priority)).map((t) => t.number);
    expect(ids('national-first')).toEqual([8, 25, 55, 68, 86]);
    expect(ids('borrowed-experience')).toEqual([54, 56, 79, 84, 85]);
    expect(ids('higher-support')).toEqual([51, 52]);
  });

  test('a remark the priorities file does not know stops the build', () => {
    const unknown = {
      ...translated,
      tasks: translated.tasks.map((t) =>
        t.id === 'services-trade-8' ? { ...t, details: { remark: { zh: '拟另行研究', en: 'To be studied separately' } } } : t,
      ),
    };
    const line = translated.tasks.find((t) => t.id === 'services-trade-8')!.line;
    expect(() => markPriorities(unknown, inputs.priorities)).toThrow(
      `${SEEDS['services-trade']}:${line}: expected a remark listed in content/priorities.yaml, found "拟另行研究"`,
    );
  });
});

describe('related tasks', () => {
  test('are the known pairs across the two plans, both ways', () => {
    for (const [a, b] of [
      ['services-trade-7', 'services-opening-70'],
      ['services-trade-68', 'services-opening-67'],
      ['services-trade-64', 'services-opening-77'],
    ] as const) {
      expect(
        task(a).related.map((r) => r.id),
        `${a} → ${b}`,
      ).toContain(b);
      expect(
        task(b).related.map((r) => r.id),
        `${b} → ${a}`,
      ).toContain(a);
    }
  });

  test('say why: the key terms the two tasks share, in each language', () => {
    const singleWindow = task('services-trade-7').related.find((r) => r.id === 'services-opening-70')!;
    expect(singleWindow.terms.zh).toContain('单一窗口');
    expect(singleWindow.terms.en).toContain('Single Window');
    const brics = task('services-trade-68').related.find((r) => r.id === 'services-opening-67')!;
    expect(brics.terms.zh).toContain('金砖国家');
    expect(
      brics.terms.en.some((term) => term.includes('BRICS')),
      brics.terms.en.join(', '),
    ).toBe(true);
  });

  test('always include the closest task of the other plan, even when more of the same plan than the list holds are closer', () => {
    const base = translated.tasks.find((t) => t.id === 'services-trade-1')!;
    const made = (document: string, number: number, zh: string, en: string): TaskEntry[] => [
      { ...base, id: `${document}-${number}`, document, number, text: { zh, en } },
    ];
    const fillers = ['发展邮轮旅游', '培育会展经济', '引进医疗人才', '完善统计制度', '扩大文化出口', '推进法律服务', '优化营商环境', '加快航运发展'];
    const tasks = [
      ...made('trade', 1, '建设国际贸易单一窗口服务平台', 'Build the international trade Single Window service platform'),
      ...[2, 3, 4, 5, 6]
        .map((n) => made('trade', n, `建设国际贸易单一窗口服务平台第${n}期`, `Build the international trade Single Window service platform, phase ${n}`))
        .flat(),
      ...made('opening', 1, '推广单一窗口', 'Extend the Single Window'),
      ...fillers.map((text, i) => made('opening', i + 2, text, `Filler number ${i}`)).flat(),
    ];
    const related = relateTasks({ ...translated, tasks }).tasks.find((t) => t.id === 'trade-1')!.related;
    // Four places: the three closest of its own plan, and the closest of the other in place of the fourth.
    expect(RELATED_LIMIT).toBe(4);
    expect(related.map((r) => r.id)).toEqual(['trade-2', 'trade-3', 'trade-4', 'opening-1']);
  });

  test('are at most four, never the task itself, closest first', () => {
    for (const t of corpus.tasks) {
      expect(t.related.length).toBeLessThanOrEqual(RELATED_LIMIT);
      expect(t.related.map((r) => r.id)).not.toContain(t.id);
      expect(t.related.map((r) => r.score)).toEqual([...t.related.map((r) => r.score)].sort((x, y) => y - x));
    }
    expect(relateTasks(corpus)).toEqual(corpus);
  });
});

describe('related tasks over all 199 tasks', () => {
  const zhTasks = corpus.tasks;
  const pairs = zhTasks.flatMap((t) => t.related.map((r) => ({ task: t, other: task(r.id), related: r })));
  // jieba's own dictionary, as the segmenter loads it: one word per line, then its frequency and part of speech.
  const dictionary = new Set(
    readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'), 'utf8')
      .split('\n')
      .map((line) => line.split(' ')[0]),
  );

  test('shared Chinese terms are whole words of both tasks, never a fragment', () => {
    const isRunOfWords = (term: string, text: string) => {
      const words = chineseWords(text);
      return words.some(
        (_, i) => words.slice(i).reduce<string | null>((acc, w) => (acc === null || acc === term || !term.startsWith(acc) ? acc : acc + w), '') === term,
      );
    };
    const fragments = pairs.flatMap(({ task: a, other: b, related }) =>
      related.terms.zh.filter((term) => !isRunOfWords(term, a.text.zh) || !isRunOfWords(term, b.text.zh)).map((term) => `${a.id} ↔ ${b.id}: ${term}`),
    );
    expect(fragments).toEqual([]);
    expect(pairs.length).toBeGreaterThan(300);
  });

  test('no shared term starts or ends with a function character, unless jieba’s dictionary holds it as a word there', () => {
    const bad = pairs.flatMap(({ task: a, related }) =>
      related.terms.zh
        .filter((term) => {
          const words = chineseWords(term);
          const [first, last] = [words[0]!, words.at(-1)!];
          return (
            (FUNCTION_CHARACTERS.has(term[0]!) && !(first.length > 1 && dictionary.has(first))) ||
            (FUNCTION_CHARACTERS.has(term.at(-1)!) && !(last.length > 1 && dictionary.has(last)))
          );
        })
        .map((term) => `${a.id}: ${term}`),
    );
    expect(bad).toEqual([]);
    // The check has something to check: the old character runs gave 为境, 与国, 和交易, 及实施.
    expect(FUNCTION_CHARACTERS.has('为') && FUNCTION_CHARACTERS.has('与')).toBe(true);
  });

  test('no stop word is shown, alone or at either end of a term', () => {
    const shown = pairs.flatMap(({ task: a, related }) =>
      related.terms.zh
        .filter((term) => {
          const words = chineseWords(term);
          return CHINESE_STOPWORDS.has(words[0]!) || CHINESE_STOPWORDS.has(words.at(-1)!);
        })
        .map((term) => `${a.id}: ${term}`),
    );
    expect(shown).toEqual([]);
    const english = pairs
      .flatMap(({ related }) => related.terms.en)
      .filter((term) => /^(support|promote|explore|allow|encourage|actively|the|and|of)\b|\b(the|and|of)$/i.test(term));
    expect(english).toEqual([]);
  });

  test('the stop list is boilerplate by evidence: each word begins or phrases at least 3 of the 199 tasks', () => {
    const counts = new Map<string, number>();
    for (const t of zhTasks) for (const word of new Set(chineseWords(t.text.zh))) counts.set(word, (counts.get(word) ?? 0) + 1);
    const rare = [...CHINESE_STOPWORDS].filter((word) => (counts.get(word) ?? 0) < 3);
    expect(rare).toEqual([]);
    for (const word of ['支持', '探索', '推动', '鼓励', '积极', '允许', '加快', '推进', '完善', '加强', '开展', '建立', '健全', '提升'])
      expect(CHINESE_STOPWORDS.has(word), word).toBe(true);
    expect(counts.get('支持')).toBeGreaterThan(40);
  });

  test('English names keep their capitals', () => {
    const terms = pairs.flatMap(({ related }) => related.terms.en);
    expect(terms.filter((term) => /\b(china|brics|rmb|xiamen|hong kong|macao|taiwan)\b/.test(term))).toEqual([]);
    expect(terms.some((term) => /\bChina\b/.test(term))).toBe(true);
    expect(terms.some((term) => /\bBRICS\b/.test(term))).toBe(true);
  });

  test('only tasks above the threshold are shown: fewer, or none, where nothing is close', () => {
    for (const { related } of pairs) expect(related.score).toBeGreaterThanOrEqual(MIN_SCORE);
    const counts = zhTasks.map((t) => t.related.length);
    expect(counts.filter((n) => n === 0).length).toBeGreaterThan(0);
    expect(counts.filter((n) => n > 0 && n < 5).length).toBeGreaterThan(0);
    // Offshore computing power was once "related" to medical tourism through "outside, Xiamen".
    expect(task('services-opening-12').related.map((r) => r.id)).not.toContain('services-trade-40');
  });
});

describe('text helpers', () => {
  test('chineseWords cuts Chinese into jieba’s dictionary words; chineseTerms keeps those that carry meaning', () => {
    expect(chineseWords('将国际贸易“单一窗口”向更多服务贸易事项拓展')).toEqual([
      '将',
      '国际贸易',
      '“',
      '单一',
      '窗口',
      '”',
      '向',
      '更',
      '多',
      '服务',
      '贸易',
      '事项',
      '拓展',
    ]);
    expect(chineseTerms('支持开展跨境人民币业务')).toEqual(['跨境', '人民币', '业务']);
    expect(chineseTerms('探索开展QFLP试点')).toEqual(['QFLP', '试点']);
    expect(englishTerms('Upgrade the international trade Single Window')).toEqual(['upgrade', 'international', 'trade', 'single', 'window']);
  });

  test('sharedChineseTerms finds the longest shared runs of words, heaviest first', () => {
    const idf = new Map([
      ['单一', 3],
      ['窗口', 3],
      ['国际贸易', 1],
    ]);
    expect(sharedChineseTerms('优化升级国际贸易“单一窗口”', '将国际贸易“单一窗口”拓展', idf, 2)).toEqual(['单一窗口', '国际贸易']);
    // 支持 and 开展 are boilerplate: trimmed from the ends of a shared run, and never a term alone.
    expect(
      sharedChineseTerms(
        '支持开展跨境人民币业务',
        '支持开展跨境人民币结算',
        new Map([
          ['跨境', 2],
          ['人民币', 2],
        ]),
        3,
      ),
    ).toEqual(['跨境人民币']);
  });

  test('sharedEnglishTerms finds shared phrases, trimmed of stopwords, heaviest first, whole words only', () => {
    const idf = new Map([
      ['single', 3],
      ['window', 3],
      ['trade', 1],
      ['services', 1],
      ['tradeable', 2],
    ]);
    expect(sharedEnglishTerms('Upgrade the Single Window for trade', 'Extend the Single Window to trade', idf, 3)).toEqual(['Single Window', 'trade']);
    expect(sharedEnglishTerms('the trade of services', 'tradeable trade, and services', idf, 3)).toEqual(['services', 'trade']);
    expect(sharedEnglishTerms('and of the', 'and of the', idf, 3)).toEqual([]);
  });

  test('sharedEnglishTerms keeps the capitals of names, not of a sentence’s first word, and crosses no punctuation', () => {
    const idf = new Map([
      ['brics', 3],
      ['cooperation', 1],
      ['china', 2],
      ['hong', 2],
      ['kong', 2],
      ['macao', 2],
    ]);
    expect(sharedEnglishTerms('Cooperation among BRICS countries.', 'Promote cooperation among BRICS countries', idf, 3)).toEqual([
      'cooperation among BRICS countries',
    ]);
    expect(sharedEnglishTerms('Payments in China.', 'China payments', idf, 1)).toEqual(['China']);
    expect(sharedEnglishTerms('lawyers of Hong Kong, Macao', 'Hong Kong Macao lawyers', idf, 3)).toEqual(['Hong Kong', 'Macao']);
  });

  test('listedClauses and clauseCoverage read a plan sentence the way the content step does', () => {
    expect(listedClauses('集中优势资源。打造离岸算力设施；支持绿色船燃加注。', 'zh')).toEqual(['打造离岸算力设施', '支持绿色船燃加注']);
    expect(listedClauses('Pool resources. Build facilities; support ships.', 'en')).toEqual(['Build facilities', 'support ships']);
    expect(clauseCoverage('促进金砖国家服务贸易合作', '积极探索制度创新，促进金砖国家服务贸易合作。')).toBe(1);
    expect(clauseCoverage('建设海上风电基地', '促进金砖国家服务贸易合作')).toBe(0);
  });
});
