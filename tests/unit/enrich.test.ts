import { describe, expect, test } from 'vitest';
import { clauseCoverage, listedClauses, markPriorities } from '../../src/lib/enrich/priorities.ts';
import { chineseTerms, englishTerms, relateTasks, sharedChineseTerms, sharedEnglishTerms } from '../../src/lib/enrich/related.ts';
import { SourceError } from '../../src/lib/parse/source-error.ts';
import { corpus, inputs, translated } from '../helpers/corpus.ts';
import { SEEDS } from '../helpers/paths.ts';
import type { TaskEntry } from '../../src/lib/schema/task.ts';

const task = (id: string, lang: 'zh' | 'en' = 'zh') => corpus.tasks.find((t) => t.id === id && t.lang === lang)!;

describe('the differentiated tasks', () => {
  const plan = corpus.sections.find((s) => s.lang === 'zh' && s.key === '2-2')!;

  test('are found by their wording in the plan: tasks 12, 44, 50, 67 and 72', () => {
    const marked = corpus.tasks.filter((t) => t.lang === 'zh' && t.priorities.includes('differentiated')).map((t) => t.id);
    expect(marked).toEqual(['services-opening-12', 'services-opening-44', 'services-opening-50', 'services-opening-67', 'services-opening-72']);
    expect(plan.heading).toBe('探索推动 5 项差异化试点任务');
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
      expect(plan.paragraphs.join('')).toContain(words);
      expect(task(id).text).toContain(words);
    }
    expect(plan.links.map((l) => l.task)).toEqual(['services-opening-67', 'services-opening-44', 'services-opening-12', 'services-opening-50', 'services-opening-72']);
    for (const link of plan.links) expect(plan.paragraphs.join('')).toContain(link.text);
  });

  test('are linked from the English plan too, clause by clause', () => {
    const english = corpus.sections.find((s) => s.lang === 'en' && s.key === '2-2')!;
    expect(english.links.map((l) => l.task)).toEqual(plan.links.map((l) => l.task));
    expect(english.links[2]?.text).toContain('offshore computing power');
  });

  test('a plan whose clause matches no task stops the build, naming the line', () => {
    const changed = {
      ...translated,
      sections: translated.sections.map((s) => (s.key === '2-2' && s.lang === 'zh' ? { ...s, paragraphs: s.paragraphs.map((p) => p.replace('打造离岸算力设施，实现数据“境内关外”流动', '建设海上风电基地，发展清洁能源')) } : s)),
    };
    expect(() => markPriorities(changed, inputs.priorities)).toThrow(new SourceError('seeds/003_fb70ce431c18d979.txt', 41, 'a task of the attachment worded like “建设海上风电基地，发展清洁能源”', 'none close enough'));
  });

  test('a clause two tasks match equally well stops the build rather than guess', () => {
    const twelve = translated.tasks.find((t) => t.id === 'services-opening-12' && t.lang === 'zh')!;
    const changed = { ...translated, tasks: translated.tasks.map((t) => (t.id === 'services-opening-13' && t.lang === 'zh' ? { ...t, text: twelve.text } : t)) };
    expect(() => markPriorities(changed, inputs.priorities)).toThrow(/expected one task of the attachment worded like “打造离岸算力设施.*”, found services-opening-12, services-opening-13$/);
  });

  test('a plan naming fewer clauses than it declares stops the build', () => {
    const changed = {
      ...translated,
      sections: translated.sections.map((s) => (s.key === '2-2' && s.lang === 'zh' ? { ...s, paragraphs: s.paragraphs.map((p) => p.replace(/；对符合条件.*$/, '。')) } : s)),
    };
    expect(() => markPriorities(changed, inputs.priorities)).toThrow('expected 5 clauses naming the differentiated tasks');
  });
});

describe('the remarks', () => {
  test('mark their tasks with a priority each', () => {
    const ids = (priority: string) => corpus.tasks.filter((t) => t.lang === 'zh' && t.priorities.includes(priority)).map((t) => t.number);
    expect(ids('national-first')).toEqual([8, 25, 55, 68, 86]);
    expect(ids('borrowed-experience')).toEqual([54, 56, 79, 84, 85]);
    expect(ids('higher-support')).toEqual([51, 52]);
  });

  test('a remark the priorities file does not know stops the build', () => {
    const unknown = { ...translated, tasks: translated.tasks.map((t) => (t.id === 'services-trade-8' ? { ...t, remark: '拟另行研究' } : t)) };
    const line = translated.tasks.find((t) => t.id === 'services-trade-8')!.line;
    expect(() => markPriorities(unknown, inputs.priorities)).toThrow(`${SEEDS['services-trade']}:${line}: expected a remark listed in content/priorities.yaml, found "拟另行研究"`);
  });
});

describe('related tasks', () => {
  test('are the known pairs across the two plans, both ways', () => {
    for (const [a, b] of [
      ['services-trade-7', 'services-opening-70'],
      ['services-trade-68', 'services-opening-67'],
      ['services-trade-64', 'services-opening-77'],
    ] as const) {
      expect(task(a).related.map((r) => r.id), `${a} → ${b}`).toContain(b);
      expect(task(b).related.map((r) => r.id), `${b} → ${a}`).toContain(a);
    }
  });

  test('say why: the key terms the two tasks share, in each language', () => {
    const singleWindow = task('services-trade-7').related.find((r) => r.id === 'services-opening-70')!;
    expect(singleWindow.terms.zh).toContain('单一窗口');
    expect(singleWindow.terms.en.some((term) => term.includes('single window')), singleWindow.terms.en.join(', ')).toBe(true);
    const brics = task('services-trade-68').related.find((r) => r.id === 'services-opening-67')!;
    expect(brics.terms.zh).toContain('金砖国家');
    expect(brics.terms.en.some((term) => term.includes('brics')), brics.terms.en.join(', ')).toBe(true);
  });

  test('always include the closest task of the other plan, even when five of the same plan are closer', () => {
    const [zhBase, enBase] = (['zh', 'en'] as const).map((lang) => translated.tasks.find((t) => t.id === 'services-trade-1' && t.lang === lang)!);
    const made = (document: string, number: number, zh: string, en: string): TaskEntry[] => [
      { ...zhBase!, id: `${document}-${number}`, document, number, text: zh },
      { ...enBase!, id: `${document}-${number}`, document, number, text: zh, translation: { ...enBase!.translation!, text: en } },
    ];
    const fillers = ['发展邮轮旅游', '培育会展经济', '引进医疗人才', '完善统计制度', '扩大文化出口', '推进法律服务', '优化营商环境', '加快航运发展'];
    const tasks = [
      ...made('trade', 1, '建设国际贸易单一窗口服务平台', 'Build the international trade Single Window service platform'),
      ...[2, 3, 4, 5, 6].map((n) => made('trade', n, `建设国际贸易单一窗口服务平台第${n}期`, `Build the international trade Single Window service platform, phase ${n}`)).flat(),
      ...made('opening', 1, '推广单一窗口', 'Extend the Single Window'),
      ...fillers.map((text, i) => made('opening', i + 2, text, `Filler number ${i}`)).flat(),
    ];
    const related = relateTasks({ ...translated, tasks }).tasks.find((t) => t.id === 'trade-1' && t.lang === 'zh')!.related;
    expect(related.map((r) => r.id)).toEqual(['trade-2', 'trade-3', 'trade-4', 'trade-5', 'opening-1']);
  });

  test('are at most 5, never the task itself, closest first, the same in both languages', () => {
    for (const t of corpus.tasks) {
      expect(t.related.length).toBeLessThanOrEqual(5);
      expect(t.related.map((r) => r.id)).not.toContain(t.id);
      expect(t.related.map((r) => r.score)).toEqual([...t.related.map((r) => r.score)].sort((x, y) => y - x));
    }
    expect(task('services-trade-7', 'en').related).toEqual(task('services-trade-7').related);
    expect(relateTasks(corpus)).toEqual(corpus);
  });
});

describe('text helpers', () => {
  test('chineseTerms splits Chinese into character pairs, and englishTerms drops stopwords', () => {
    expect(chineseTerms('单一窗口')).toEqual(['单一', '一窗', '窗口']);
    expect(englishTerms('Upgrade the international trade Single Window')).toEqual(['upgrade', 'international', 'trade', 'single', 'window']);
  });

  test('sharedChineseTerms finds the longest shared runs, heaviest first', () => {
    const idf = new Map([['单一', 3], ['一窗', 3], ['窗口', 3], ['国际', 1], ['际贸', 1], ['贸易', 1]]);
    expect(sharedChineseTerms('优化升级国际贸易“单一窗口”', '将国际贸易“单一窗口”拓展', idf, 2)).toEqual(['单一窗口', '国际贸易']);
  });

  test('sharedEnglishTerms finds shared phrases, trimmed of stopwords, heaviest first, whole words only', () => {
    const idf = new Map([['single', 3], ['window', 3], ['trade', 1], ['services', 1], ['tradeable', 2]]);
    expect(sharedEnglishTerms('Upgrade the Single Window for trade', 'Extend the Single Window to trade', idf, 3)).toEqual(['single window', 'trade']);
    expect(sharedEnglishTerms('the trade of services', 'tradeable trade, and services', idf, 3)).toEqual(['services', 'trade']);
    expect(sharedEnglishTerms('and of the', 'and of the', idf, 3)).toEqual([]);
  });

  test('listedClauses and clauseCoverage read a plan sentence the way the content step does', () => {
    expect(listedClauses('集中优势资源。打造离岸算力设施；支持绿色船燃加注。', 'zh')).toEqual(['打造离岸算力设施', '支持绿色船燃加注']);
    expect(listedClauses('Pool resources. Build facilities; support ships.', 'en')).toEqual(['Build facilities', 'support ships']);
    expect(clauseCoverage('促进金砖国家服务贸易合作', '积极探索制度创新，促进金砖国家服务贸易合作。')).toBe(1);
    expect(clauseCoverage('建设海上风电基地', '促进金砖国家服务贸易合作')).toBe(0);
  });
});
