/**
 * The house style of the English edition, as checks: each rule finds what
 * breaks it in one English text and says how to write it instead. docs/translation.md
 * ("House style") and the About-this-translation page describe the same rules
 * for people.
 */

/** British spellings and the American spelling the site uses instead. */
const BRITISH: ReadonlyArray<readonly [RegExp, string]> = [
  [/\blicences?\b/i, 'license'],
  [/\bprogrammes?\b/i, 'program'],
  [/\bcentr(?:e|es|ed|ing)\b/i, 'center'],
  [/\blabour/i, 'labor'],
  [/\bbehaviour/i, 'behavior'],
  [/\bfavour/i, 'favor'],
  [/\bhonour/i, 'honor'],
  [/\bneighbour/i, 'neighbor'],
  [/\bcolour/i, 'color'],
  [/\bcatalogues?\b/i, 'catalog'],
  [/\bdefence\b/i, 'defense'],
  [/\boffence\b/i, 'offense'],
  [/\bpractis(?:e|es|ed|ing)\b/i, 'practice'],
  [
    /\b(?:travell|modell|cancell|labell|signall|counsell|fuell|quarrell|tunnell|levell|channell|totall|diall|panell)(?:ing|ed|er|ers)\b/i,
    'a single l: traveling, modeled, canceled',
  ],
  [/\bfulfil(?:s|ment)?\b/i, 'fulfill'],
  [/\benrolment/i, 'enrollment'],
  [/\bageing\b/i, 'aging'],
  [/\bdistil\b/i, 'distill'],
  [/\bsulphur/i, 'sulfur'],
  [/\banalys(?:e|es|ed|ing)\b/i, 'analyze'],
  [/\bco-operat/i, 'cooperate, cooperation, cooperating'],
  [
    /\b(?:organ|recogn|optim|standard|special|modern|util|priorit|summar|categor|author|character|commercial|industrial|local|normal|real|securit|capital|emphas|public|institutional|harmon|stabil|incentiv|custom|personal|digital|international|liberal|minim|maxim|mobil|central|final|visual|global|rational|revital|subsid|urban|critic|familiar|monet|privat|synthes|marginal|mechan|energ|jeopard|material|legal|capsul|item|symbol|memor|apolog|fertil|steril|immun|vandal|galvan|revolution|neutral)is(?:e|es|ed|ing|ation|ations)\b/i,
    'the -ize spelling',
  ],
];

/** Official names that take "the" in running text. */
const OFFICIAL_NAMES = [
  "Xiamen Municipal People's Government",
  "Municipal People's Government",
  'CPC Central Committee',
  'CPC Xiamen Municipal Committee',
  'State Council',
];

/** Nouns an official name may modify without an article: "State Council documents". */
const ATTRIBUTIVE = /^\s(?:documents?|departments?|decisions?|polic(?:y|ies)|regulations?|rules?|meetings?)\b/;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One break of the house style: what was found, and what to write instead. */
export interface StyleViolation {
  rule: 'spelling' | 'opening-up' | 'article' | 'etc' | 'percent' | 'date';
  found: string;
  fix: string;
}

function spelling(text: string): StyleViolation[] {
  const found: StyleViolation[] = [];
  for (const [pattern, fix] of BRITISH) {
    const match = text.match(pattern);
    if (match) found.push({ rule: 'spelling', found: match[0], fix });
  }
  return found;
}

/**
 * "opening-up" is the noun, "open up" / "opening up" the verb with its
 * object. So "opening up" must be followed by what is opened, and
 * "opening-up" must not be.
 */
function openingUp(text: string): StyleViolation[] {
  const found: StyleViolation[] = [];
  for (const match of text.matchAll(/\bopening up\b(?=(\W*)(\w*))/gi)) {
    const [, gap, next] = match as unknown as [string, string, string];
    const hasObject =
      gap === ' ' &&
      next !== '' &&
      !/^(?:of|in|to|and|or|for|at|with|on|by|as|is|are|was|were|measures?|polic(?:y|ies)|platforms?|pilots?|efforts?|work)$/i.test(next);
    if (!hasObject) found.push({ rule: 'opening-up', found: match[0], fix: '"opening-up" when it is a noun' });
  }
  for (const match of text.matchAll(/\bopening-up (?=(the|a|an|its|their|Xiamen's|China's|more)\b)/gi)) {
    found.push({ rule: 'opening-up', found: `${match[0]}${match[1]}`, fix: '"opening up" when it is a verb with an object' });
  }
  return found;
}

/**
 * An official name takes "the" in running text: "the Xiamen Municipal
 * People's Government", "the State Council". Not needed where the name
 * starts the text (a label), is part of a longer name ("the Xiamen Municipal
 * People's Government" contains "Municipal People's Government"), or
 * modifies a noun ("State Council documents").
 */
function articles(text: string): StyleViolation[] {
  const found: StyleViolation[] = [];
  for (const name of OFFICIAL_NAMES) {
    for (const match of text.matchAll(new RegExp(escape(name), 'g'))) {
      const before = text.slice(0, match.index);
      const after = text.slice(match.index + name.length);
      if (before.trim() === '' || /\bthe\s$/i.test(before) || /[A-Z][\w']*\s$/.test(before) || ATTRIBUTIVE.test(after)) continue;
      found.push({ rule: 'article', found: `${before.slice(-12)}${name}`, fix: `"the ${name}"` });
    }
  }
  return found;
}

/**
 * Every break of the house style in one English text: British spelling,
 * "opening up" as a noun, an official name without its article, "etc.",
 * "per cent", and dates written month first.
 *
 * @example
 * styleViolations('Notice of Xiamen Municipal People\'s Government on the licence')
 * // → [{ rule: 'spelling', found: 'licence', fix: 'license' }, { rule: 'article', … }]
 * styleViolations('Expand opening-up and keep opening up the services sector') // → []
 */
export function styleViolations(text: string): StyleViolation[] {
  const found = [...spelling(text), ...openingUp(text), ...articles(text)];
  if (/\betc\b/i.test(text)) found.push({ rule: 'etc', found: 'etc.', fix: '"and so on", "and other …" or "such as …"' });
  const percent = text.match(/\d\s+%|\bper ?cent\b/i);
  if (percent) found.push({ rule: 'percent', found: percent[0], fix: 'the figure and "%" with no space: 50%' });
  const date = text.match(/\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b/);
  if (date) found.push({ rule: 'date', found: date[0], fix: 'day, month, year: 24 March 2026' });
  return found;
}
