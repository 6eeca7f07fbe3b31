import { describe, expect, test } from 'vitest';
import { glossaryViolations, HAN, missingTokens } from '../../src/lib/translate/checks.ts';
import { TranslationError, translationLookup } from '../../src/lib/translate/lookup.ts';
import { sourceHash } from '../../src/lib/text/source-hash.ts';
import { parsedToUnits } from '../../src/lib/pipeline.ts';
import type { ParsedTask } from '../../src/lib/schema/task.ts';
import { unitToName } from '../../src/lib/translate/units.ts';
import { corpus } from '../helpers/corpus.ts';
import { inputs } from '../helpers/inputs.ts';
import { listOf } from '../helpers/model.ts';
import { parsed, units } from '../helpers/pipeline.ts';

/** The units to translate after a change to one task of a seed, as the parser would find it. */
const unitsWithTask = (slug: string, number: number, change: (task: ParsedTask) => ParsedTask) =>
  parsedToUnits(
    parsed.map((seed) =>
      seed.entry.slug === slug
        ? {
            ...seed,
            parsed: {
              ...seed.parsed,
              parts: seed.parsed.parts.map((part) =>
                part.kind === 'items' ? { ...part, tasks: part.tasks.map((t) => (t.number === number ? change(t) : t)) } : part,
              ),
            },
          }
        : seed,
    ),
    inputs,
  );
const { files, lines } = inputs.translations;
const lookup = translationLookup(units, files, lines);
const { glossary } = inputs;
const translated = units.map((unit) => ({ unit, en: lookup(unit) }));
const taskUnits = translated.filter(({ unit }) => unit.file.endsWith('/tasks.yaml'));

/** The maximal runs of at least `min` characters that two texts share. */
function sharedRuns(a: string, b: string, min: number): string[] {
  const runs = new Set<string>();
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      if (a[i] !== b[j] || (i > 0 && j > 0 && a[i - 1] === b[j - 1])) continue;
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k >= min) runs.add(a.slice(i, i + k));
    }
  }
  return [...runs];
}

const problemsOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof TranslationError) return error.problems;
    throw error;
  }
  return [];
};

describe('the English edition', () => {
  test('translates everything a reader sees: 199 tasks, their remarks, the headings, the notice, the plan and the closing block', () => {
    expect(taskUnits.filter(({ unit }) => unit.path[1] === 'text')).toHaveLength(199);
    expect(taskUnits.filter(({ unit }) => unit.path[1] === 'remark')).toHaveLength(12);
    expect(units.filter((u) => u.path[2] === 'categories')).toHaveLength(22);
    expect(units.filter((u) => u.path[2] === 'sections')).toHaveLength(29);
    expect(translated.every(({ en }) => en.length > 0)).toBe(true);
  });

  test('uses the glossary rendering wherever a glossary phrase occurs: in tasks, remarks, the plan, headings and titles', () => {
    const violations = translated.flatMap(({ unit, en }) =>
      glossaryViolations(unit.zh, en, glossary).map((term) => `${unitToName(unit)}: ${term.zh} → ${term.en}`),
    );
    expect(violations).toEqual([]);
    // The glossary is used, not decorative: its core terms occur in the tasks.
    for (const zh of ['单一窗口', '金砖国家', '一带一路', '服务贸易', '负面清单', '外汇', '随批随进', '首年建制度、次年落项目'])
      expect(
        units.some((unit) => unit.zh.includes(zh)),
        zh,
      ).toBe(true);
  });

  test('has no glossary phrase that occurs nowhere in the Chinese, and no phrase listed twice', () => {
    expect(glossary.filter((term) => !units.some((unit) => unit.zh.includes(term.zh))).map((term) => term.zh)).toEqual([]);
    expect(glossary.map((term) => term.zh).filter((zh, i, all) => all.indexOf(zh) !== i)).toEqual([]);
  });

  test('words every phrase the plan shares with a task it names as that task does (the 5 differentiated tasks)', () => {
    const links = corpus.sections.flatMap((s) => s.links);
    expect(links).toHaveLength(5);
    const englishOf = (id: string) => corpus.tasks.find((t) => t.id === id)!.text.en;
    const narrative = corpus.sections
      .find((s) => s.key === '2-2')!
      .paragraphs.map((p) => p.en)
      .join(' ');
    const problems: string[] = [];
    for (const link of links) {
      const task = corpus.tasks.find((t) => t.id === link.task)!;
      // Every long run of words the clause and its task share is a glossary phrase (or holds one) …
      for (const run of sharedRuns(link.text.zh, task.text.zh, 6)) {
        if (!glossary.some((term) => term.zh.length >= 4 && (run.includes(term.zh) || term.zh.includes(run))))
          problems.push(`${link.task}: "${run}" is in no glossary phrase`);
      }
      // … and each phrase they share reads the same in the plan's English and the task's.
      for (const term of glossary.filter((t) => link.text.zh.includes(t.zh) && task.text.zh.includes(t.zh))) {
        for (const [where, en] of [
          ['plan', narrative],
          [link.task, englishOf(link.task)],
        ] as const) {
          if (!en.toLowerCase().includes(term.en.toLowerCase())) problems.push(`${where}: ${term.zh} is not "${term.en}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test('keeps every Arabic number, percentage and Latin term of the Chinese in the English', () => {
    const missing = translated.flatMap(({ unit, en }) => missingTokens(unit.zh, en).map((token) => `${unitToName(unit)}: ${token}`));
    expect(missing).toEqual([]);
    const all = taskUnits.map(({ en }) => en).join('\n');
    for (const term of ['50%', '144', 'CCC', 'QFLP', 'NRA', 'ESG', 'CPMS', 'CPTPP', 'DEPA', 'PEPPOL']) expect(all, term).toContain(term);
  });

  test('renders the same Chinese the same way everywhere', () => {
    const byChinese = new Map<string, Set<string>>();
    for (const { unit, en } of translated) byChinese.set(unit.zh, (byChinese.get(unit.zh) ?? new Set()).add(en));
    const inconsistent = [...byChinese].filter(([, renderings]) => renderings.size > 1).map(([zh, renderings]) => `${zh}: ${[...renderings].join(' | ')}`);
    expect(inconsistent).toEqual([]);
  });

  test('shows no Chinese character in any English text', () => {
    expect(translated.filter(({ en }) => HAN.test(en)).map(({ unit }) => unitToName(unit))).toEqual([]);
  });

  test('gives every task and section one record in both languages, the Chinese as the seed has it', () => {
    expect(corpus.tasks).toHaveLength(199);
    const task12 = corpus.tasks.find((t) => t.id === 'services-opening-12')!;
    const seed12 = listOf(parsed.find((s) => s.entry.slug === 'services-opening')!.parsed).tasks[11]!;
    expect(task12.text.zh).toBe(seed12.text);
    expect(task12.text.en).toBe(lookup({ file: 'services-opening/tasks.yaml', path: ['12', 'text'] }));
    expect(task12.text.en).toContain('offshore computing');
    expect(corpus.sections.every((s) => s.paragraphs.every((p) => p.en !== p.zh))).toBe(true);
  });
});

describe('translationLookup', () => {
  const entryOf = (file: string, path: string[]) => path.reduce<any>((node, key) => node?.[key], files.get(file));

  test('fails, naming the entry and the seed line of the Chinese, when the Chinese changed after it was translated', () => {
    const changed = unitsWithTask('services-trade', 12, (t) => ({ ...t, text: `${t.text}（修订）` }));
    const problems = problemsOf(() => translationLookup(changed, files, lines));
    expect(problems).toHaveLength(1);
    const zh = changed.find((u) => u.file === 'services-trade/tasks.yaml' && u.path.join('.') === '12.text')!.zh;
    expect(problems[0]).toBe(
      `content/translations/en/services-trade/tasks.yaml:${lines('services-trade/tasks.yaml', ['12', 'text'])}: expected 12.text to translate "${zh}" (source ${sourceHash(zh)}), the Chinese at seeds/000_0b1b6885711b46b3.txt:89, found the English of an earlier text (source ${entryOf('services-trade/tasks.yaml', ['12', 'text']).source}): stale`,
    );
    expect(lines('services-trade/tasks.yaml', ['12', 'text'])).toBeGreaterThan(1);
  });

  test('shows an invisible character in changed Chinese as an escape', () => {
    // A seed refuses such a character unless the manifest admits it; admitted, it still shows in the message.
    const changed = unitsWithTask('services-opening', 7, (t) => ({ ...t, text: t.text.replace('要素', '要\u200B素') }));
    expect(problemsOf(() => translationLookup(changed, files))[0]).toContain('expected 7.text to translate "促进数据要\\u{200B}素流通交易。"');
  });

  test('fails, naming the entry, when anything lacks English', () => {
    const without = new Map<string, unknown>(files);
    const tasks = structuredClone(without.get('services-opening/tasks.yaml')) as Record<string, unknown>;
    delete tasks['67'];
    without.set('services-opening/tasks.yaml', tasks);
    expect(problemsOf(() => translationLookup(units, without))).toEqual([
      `content/translations/en/services-opening/tasks.yaml:1: expected English for 67.text, "围绕数字经济、绿色发展、供应链等新兴服务贸易领域，积极探索制度创新，促进金砖国家服务贸易合作。" (source ${sourceHash(corpus.tasks.find((t) => t.id === 'services-opening-67')!.text.zh)}), the Chinese at seeds/003_fb70ce431c18d979.txt:175, found none: missing`,
    ]);
  });

  test('fails on an entry that translates nothing in the current text', () => {
    const extra = new Map<string, unknown>(files);
    extra.set('services-trade/tasks.yaml', {
      ...(extra.get('services-trade/tasks.yaml') as object),
      89: { text: entryOf('services-trade/tasks.yaml', ['88', 'text']) },
    });
    expect(problemsOf(() => translationLookup(units, extra))).toEqual([
      'content/translations/en/services-trade/tasks.yaml:1: expected only entries for the current text, found 89.text, which translates nothing: stray',
    ]);
  });

  test('reports every problem at once', () => {
    expect(problemsOf(() => translationLookup(units, new Map())).length).toBe(units.length);
  });
});

describe('missingTokens', () => {
  test('finds numbers as whole numbers: 5 is not found inside 50', () => {
    expect(missingTokens('不超过5年', 'no more than 50 years')).toEqual(['5']);
    expect(missingTokens('外资股比不超过50%', 'up to 50%')).toEqual([]);
  });

  test('finds Latin terms as whole words, with their case', () => {
    expect(missingTokens('外国人才（A类）', 'Category A foreign talent')).toEqual([]);
    expect(missingTokens('外国人才（A类）', 'Agency talent')).toEqual(['A']);
    expect(missingTokens('数字人民币APP', 'e-CNY app')).toEqual(['APP']);
  });

  test('accepts a date with its month as a word', () => {
    expect(missingTokens('2026年3月24日印发', 'Printed and issued on 24 March 2026')).toEqual([]);
    expect(missingTokens('2026年3月24日印发', 'Printed and issued on 24 May 2026')).toEqual(['2026年3月24日']);
  });
});

describe('glossaryViolations', () => {
  test('lets a longer term take precedence over a shorter one inside it', () => {
    const terms = [
      { zh: '港澳', en: 'Hong Kong and Macao' },
      { zh: '港澳台', en: 'Hong Kong, Macao and Taiwan' },
    ];
    expect(glossaryViolations('港澳台医师', 'doctors from Hong Kong, Macao and Taiwan', terms)).toEqual([]);
    expect(glossaryViolations('港澳律师', 'lawyers from Hong Kong, Macao and Taiwan', terms)).toEqual([terms[0]]);
  });

  test('finds a phrase rendered a second way: the narrative and a task that word one phrase differently', () => {
    const terms = [{ zh: '“两业”融合场景', en: 'use cases for the integration of the “two industries”' }];
    expect(glossaryViolations('拓展“两业”融合场景', 'Expand the use cases for the integration of the “two industries”', terms)).toEqual([]);
    expect(glossaryViolations('拓展“两业”融合场景', 'Expand the scenarios for the integration of the “two industries”', terms)).toEqual(terms);
  });
});
