import { describe, expect, test } from 'vitest';
import { textToOpening } from '../../src/lib/site/opening.ts';

describe('textToOpening', () => {
  test('gives a Chinese text’s first clause, verbatim, with an ellipsis when more follows', () => {
    expect(textToOpening('将国际贸易“单一窗口”向更多服务贸易事项拓展；将服务出口退税申报纳入国际贸易“单一窗口”。', 'zh')).toBe(
      '将国际贸易“单一窗口”向更多服务贸易事项拓展…',
    );
    expect(textToOpening('落实好离境退税政策。', 'zh')).toBe('落实好离境退税政策');
  });

  test('cuts a long clause at the limit, counting characters, not UTF-16 units', () => {
    expect(textToOpening('支持符合条件的外籍及港澳台医生在当地开设诊所并提供医疗服务', 'zh', 10)).toBe('支持符合条件的外籍及…');
  });

  test('gives an English text’s first sentence, or its first words', () => {
    expect(textToOpening('Increase fifth-freedom cargo routes.', 'en')).toBe('Increase fifth-freedom cargo routes');
    expect(textToOpening('Extend the international trade Single Window to more matters; include export tax refunds.', 'en', 6)).toBe(
      'Extend the international trade Single Window…',
    );
    expect(textToOpening('Support 1.5 million yuan of loans. More follows.', 'en')).toBe('Support 1.5 million yuan of loans…');
  });
});
