import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../src/lib/validate/corpus.ts';
import { readInputs } from '../../src/scripts/content.ts';
import { readPage } from '../helpers/dist.ts';
import { ROOT } from '../helpers/paths.ts';

const { seeds, registry } = readInputs(ROOT);
const { tasks } = buildCorpus(seeds, registry);

describe('task pages', () => {
  test('there is one at /zh/{document}/tasks/{n}/ for each of the 199 tasks, holding its text verbatim', () => {
    expect(tasks).toHaveLength(199);
    for (const task of tasks) {
      const $ = readPage(`/zh/${task.document}/tasks/${task.number}/`);
      const texts = $('main p').map((_, p) => $(p).text()).get();
      expect(texts, task.id).toContain(task.text);
    }
  });

  test('declare the page language as zh-CN', () => {
    for (const task of tasks.slice(0, 5)) expect(readPage(`/zh/${task.document}/tasks/${task.number}/`)('html').attr('lang')).toBe('zh-CN');
  });
});
