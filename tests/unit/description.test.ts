import { describe, expect, test } from 'vitest';
import { textToDescription } from '../../src/lib/text/description.ts';

describe('textToDescription', () => {
  test('returns a text that fits as it is, without an ellipsis', () => {
    expect(textToDescription('Deepen the Qualified Foreign Limited Partner (QFLP) pilot.')).toBe('Deepen the Qualified Foreign Limited Partner (QFLP) pilot.');
  });

  test('cuts English at a word boundary and ends with an ellipsis, within the limit', () => {
    const text = 'Open domestic internet virtual private network services to foreign investment (with a foreign shareholding of no more than 50%)';
    const cut = textToDescription(text, 40);
    expect(cut).toBe('Open domestic internet virtual private…');
    expect([...cut].length).toBeLessThanOrEqual(40);
  });

  test('never leaves a comma or an opening bracket before the ellipsis', () => {
    expect(textToDescription('Pool advantageous resources, concentrate efforts on the differentiated tasks', 30)).toBe('Pool advantageous resources…');
    expect(textToDescription('Remove restrictions on foreign shareholding (excluding fields)', 48)).toBe('Remove restrictions on foreign shareholding…');
  });

  test('cuts Chinese between words, not inside one', () => {
    const cut = textToDescription('向外资开放国内互联网虚拟专用网业务(外资股比不超过50%)', 12);
    expect(cut.endsWith('…')).toBe(true);
    expect([...cut].length).toBeLessThanOrEqual(12);
    // 互联网 is one word: the cut falls before or after it, never inside.
    expect(cut).not.toMatch(/互…|互联…/);
  });

  test('cuts a single word longer than the limit rather than returning nothing', () => {
    expect(textToDescription('a'.repeat(20), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});
