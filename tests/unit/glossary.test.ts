import { describe, expect, test } from 'vitest';
import { glossaryTermsIn, glossaryToTasks, taskGlossaryTerms, textToScriptRuns } from '../../src/lib/text/glossary.ts';
import { corpus } from '../helpers/corpus.ts';
import { inputs } from '../helpers/inputs.ts';

const { glossary } = inputs;
const zhTasks = corpus.tasks;
const term = (zh: string) => glossary.find((t) => t.zh === zh)!;

describe('glossaryTermsIn', () => {
  test('finds the terms a Chinese text uses, a longer term taking precedence over one inside it', () => {
    const terms = [
      { zh: '港澳', en: 'Hong Kong and Macao' },
      { zh: '港澳台', en: 'Hong Kong, Macao and Taiwan' },
      { zh: '跨境', en: 'cross-border' },
    ];
    expect(glossaryTermsIn('支持港澳台医师开办诊所', terms)).toEqual([terms[1]]);
    expect(glossaryTermsIn('港澳台医师与港澳律师跨境执业', terms)).toEqual(terms);
    expect(glossaryTermsIn('发展邮轮旅游', terms)).toEqual([]);
  });
});

describe('glossaryToTasks', () => {
  const entries = glossaryToTasks(glossary, zhTasks);

  test('gives every term of content/glossary.yaml, in its order', () => {
    expect(entries.map((e) => e.term)).toEqual(glossary);
  });

  test('links each term to exactly the tasks whose Chinese uses it', () => {
    // Outside the longer terms that contain it, which take precedence (金砖国家新工业革命伙伴关系创新基地 in 67).
    const brics = entries.find((e) => e.term.zh === '金砖国家')!;
    const longer = glossary.filter((g) => g.zh !== '金砖国家' && g.zh.includes('金砖国家')).map((g) => g.zh);
    const outsideLonger = (text: string) => longer.reduce((rest, l) => rest.split(l).join('\u0000'), text);
    expect(brics.tasks.map((t) => t.id)).toEqual(zhTasks.filter((t) => outsideLonger(t.text.zh).includes('金砖国家')).map((t) => t.id));
    expect(brics.tasks.map((t) => t.id)).toContain('services-trade-68');
    // Task 67 of the 2026 plan says 金砖国家 only inside a longer term, under which it is listed.
    expect(
      entries.filter((e) => e.term.zh !== '金砖国家' && e.term.zh.includes('金砖国家')).some((e) => e.tasks.some((t) => t.id === 'services-opening-67')),
    ).toBe(true);
    for (const { term: t, tasks } of entries) {
      for (const task of tasks) expect(`${task.text.zh}${task.details.remark?.zh ?? ''}`, `${t.zh} in ${task.id}`).toContain(t.zh);
    }
  });

  test('does not list a task under 港澳 when it says 港澳台, but does when it says 港澳 alone', () => {
    const [hkm, hkmt] = [entries.find((e) => e.term.zh === '港澳')!, entries.find((e) => e.term.zh === '港澳台')!];
    expect(hkmt.tasks.length).toBeGreaterThan(0);
    for (const task of hkm.tasks) expect(task.text.zh.replaceAll('港澳台', ''), task.id).toContain('港澳');
    expect(hkm.tasks.filter((t) => hkmt.tasks.includes(t) && !t.text.zh.replaceAll('港澳台', '').includes('港澳'))).toEqual([]);
  });

  test('agrees with the terms each task lists', () => {
    const task = zhTasks.find((t) => t.id === 'services-trade-7')!;
    expect(taskGlossaryTerms(task, glossary)).toContain(term('单一窗口'));
    for (const t of zhTasks) {
      for (const used of taskGlossaryTerms(t, glossary)) expect(entries.find((e) => e.term === used)!.tasks).toContain(t);
    }
  });
});

describe('textToScriptRuns', () => {
  test('cuts an English note into its Chinese and its English', () => {
    expect(textToScriptRuns('厦门自贸片区 is the Xiamen Area of the China (Fujian) Pilot Free Trade Zone.')).toEqual([
      { text: '厦门自贸片区', chinese: true },
      { text: ' is the Xiamen Area of the China (Fujian) Pilot Free Trade Zone.', chinese: false },
    ]);
    expect(
      textToScriptRuns('The WTO title, which takes precedence over 服务贸易.')
        .map((r) => r.text)
        .join(''),
    ).toBe('The WTO title, which takes precedence over 服务贸易.');
  });
});
