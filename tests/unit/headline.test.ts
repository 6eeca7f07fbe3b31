import { describe, expect, test } from 'vitest';
import { corpus } from '../helpers/corpus.ts';
import { taskHeadline } from '../../src/lib/text/headline.ts';

describe('taskHeadline', () => {
  test('a short Chinese sentence is the whole headline, without its full stop', () => {
    expect(taskHeadline('zh', '探索开展数据跨境流动安全管理试点。推动数据要素流通。')).toBe('探索开展数据跨境流动安全管理试点');
  });

  test('a long Chinese sentence is cut after a whole character and marked with an ellipsis', () => {
    const text = '支持在厦门设立外商独资的人才中介机构，允许外籍人士担任法定代表人，并支持其开展境外人才招聘服务和人力资源管理咨询服务。';
    const headline = taskHeadline('zh', text);
    expect(headline.endsWith('…')).toBe(true);
    expect(text.startsWith(headline.slice(0, -1))).toBe(true);
    expect(Array.from(headline).length).toBeLessThanOrEqual(33);
  });

  test('English is cut at a word boundary, never inside a word', () => {
    const text =
      'Extend the international trade Single Window from trade in goods to trade in services, covering service outsourcing, technology trade and cultural trade.';
    const headline = taskHeadline('en', text);
    expect(headline).toMatch(/…$/);
    const words = headline.slice(0, -1).split(' ');
    expect(text.split(/[\s,]+/)).toEqual(expect.arrayContaining(words.map((w) => w.replace(/,$/, ''))));
    expect(headline.length).toBeLessThanOrEqual(91);
  });

  test('every real task has a headline made of its own opening words, in both languages', () => {
    for (const task of corpus.tasks) {
      const headline = taskHeadline('zh', task.text.zh);
      expect(headline.length, task.id).toBeGreaterThan(3);
      expect(task.text.zh.startsWith(headline.replace(/…$/, '')), task.id).toBe(true);
    }
    for (const task of corpus.tasks) {
      const text = task.text.en;
      const headline = taskHeadline('en', text);
      expect(text.startsWith(headline.replace(/…$/, '')), task.id).toBe(true);
      expect(headline, task.id).not.toMatch(/\s…$/);
    }
  });
});
