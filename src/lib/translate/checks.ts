import type { Glossary } from '../schema/translation.ts';

/** Arabic numbers (with any decimal part or percent sign) and runs of Latin letters. */
const TOKENS = /\d+(?:\.\d+)?%?|[A-Za-z]+/g;
/** A Chinese date: 2026年3月24日. English writes its month as a word. */
const DATE = /(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/g;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hasNumber = (en: string, number: string) => new RegExp(`(?<![\\d.])${escape(number)}(?![\\d]|\\.\\d)`).test(en);

/**
 * The numbers, percentages and Latin words of a Chinese text that its English
 * does not contain as whole tokens: `5` is not found inside `50%`, nor `A`
 * inside `Agency`.
 *
 * A date counts as present when the English has its year, its day and its
 * month, as a number or a word (2026年3月24日 → 24 March 2026).
 *
 * @example
 * missingTokens('外资股比不超过50%，开展CPTPP对接', 'a foreign shareholding of up to 50%, CPTPP') // → []
 * missingTokens('过境免签144小时', 'visa-free transit of 72 hours') // → ['144']
 * missingTokens('2026年3月24日印发', 'Printed and issued on 24 March 2026') // → []
 */
export function missingTokens(zh: string, en: string): string[] {
  const missing: string[] = [];
  const rest = zh.replace(DATE, (date, year: string, month: string, day: string | undefined) => {
    const name = MONTHS[Number(month) - 1];
    const monthFound = hasNumber(en, month) || (name !== undefined && en.includes(name));
    if (!hasNumber(en, year) || !monthFound || (day !== undefined && !hasNumber(en, day))) missing.push(date);
    return ' ';
  });
  const tokens = [...new Set(rest.match(TOKENS) ?? [])];
  return [
    ...missing,
    ...tokens.filter((token) => (/^\d/.test(token) ? !hasNumber(en, token) : !new RegExp(`(?<![A-Za-z])${escape(token)}(?![A-Za-z])`).test(en))),
  ];
}

/**
 * The glossary terms a Chinese text uses whose fixed English rendering its
 * translation lacks (compared without regard to case). Longer terms win: in
 * 港澳台 only 港澳台 is checked, not 港澳 too.
 *
 * @example
 * glossaryViolations('优化升级国际贸易“单一窗口”', 'Upgrade the international trade single window', [{ zh: '单一窗口', en: 'Single Window' }]) // → []
 * glossaryViolations('促进金砖国家合作', 'Promote cooperation among emerging economies', [{ zh: '金砖国家', en: 'BRICS' }])
 * // → [{ zh: '金砖国家', en: 'BRICS' }]
 */
export function glossaryViolations(zh: string, en: string, glossary: Glossary): Glossary {
  let rest = zh;
  const used: Glossary = [];
  for (const term of [...glossary].sort((a, b) => b.zh.length - a.zh.length)) {
    if (!rest.includes(term.zh)) continue;
    used.push(term);
    rest = rest.split(term.zh).join('\u0000');
  }
  const english = en.toLowerCase();
  return used.filter((term) => !english.includes(term.en.toLowerCase()));
}

/** Han characters, which English text outside a marked original must not show. */
export const HAN = /\p{Script=Han}/u;
