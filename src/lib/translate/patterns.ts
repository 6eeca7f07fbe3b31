/**
 * Checks that hold the English to three patterns of the source, as pure
 * functions of the Chinese, the English and reviewed tables:
 *
 * - modality: a word of modality or effort in the Chinese (拟, 可, 推动, 探索 …)
 *   keeps one of its allowed renderings in the English
 *   (content/translations/modality.yaml);
 * - calques: a rendering that is never right here (empower, the locality …)
 *   appears in no English a reader sees (content/translations/calques.yaml);
 * - consistency: the phrases that recur across entries, and the English each
 *   is rendered with, as a report from which the glossary grows.
 *
 * Nothing here reads a file: the tests and `npm run translations:report` read
 * the tables and the translation files and pass them in.
 */
import { z } from 'zod';
import { slugSchema } from '../schema/common.ts';

// ── Matching English ──

/**
 * An English pattern of the tables, as a regular expression: words matched
 * whole and without regard to case, `*` standing for any further letters
 * (`promot*` finds promote, promoting, promotion), a space for any run of
 * white space.
 *
 * @example englishPattern('promot*').test('Promoting the debut economy') // → true
 * @example englishPattern('advance').test('advanced manufacturing') // → false
 */
export function englishPattern(pattern: string): RegExp {
  const body = pattern
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, "[a-z'-]*"))
    .join('\\s+');
  return new RegExp(`(?<![a-z])${body}(?![a-z])`, 'i');
}

const englishPatternSchema = z
  .string()
  .min(1)
  .regex(/^[A-Za-z*' -]+$/, 'English words, spaces, hyphens and * only');

// ── Modality ──

/** One word of modality or effort and the English that keeps its force. */
export const modalityWordSchema = z.strictObject({
  /** The Chinese word, as the source writes it. */
  zh: z.string().min(1),
  /** What it tells the reader, in a few words: why its English may not be dropped. */
  means: z.string().min(1),
  /** The renderings allowed: an English text that holds none of them has lost the word. */
  en: z.array(englishPatternSchema).min(1),
  /** Longer words that contain this one but are other words (模拟 is not 拟), not checked for it. */
  not: z.array(z.string().min(2)).optional(),
});
export type ModalityWord = z.output<typeof modalityWordSchema>;

/** An entry whose English rightly holds none of a word's renderings, and why; reviewed like the table. */
export const modalityExceptionSchema = z.strictObject({
  document: slugSchema,
  /** The translation file within the document's folder: tasks.yaml or document.yaml. */
  file: z.string().regex(/^[a-z-]+\.yaml$/),
  /** The entry's key path in that file, as dots: `12.text`, `sections.notice.paragraphs.0`. */
  key: z.string().min(1),
  zh: z.string().min(1),
  reason: z.string().min(1),
});
export type ModalityException = z.output<typeof modalityExceptionSchema>;

/** `content/translations/modality.yaml`. */
export const modalityTableSchema = z.strictObject({
  words: z.array(modalityWordSchema).min(1),
  exceptions: z.array(modalityExceptionSchema),
});
export type ModalityTable = z.output<typeof modalityTableSchema>;

/** A word of the Chinese whose force the English lost: the word, what it means, and what the English may say instead. */
export interface ModalityViolation {
  zh: string;
  means: string;
  allowed: string[];
}

/**
 * The words of the table that a Chinese text holds and its English renders
 * by none of their allowed renderings. A longer word of the table takes
 * precedence over a shorter one inside it (加快推进 over 推进), as the
 * glossary's terms do; a word listed under `not` (模拟 for 拟) is no
 * occurrence.
 *
 * @example
 * const words = [{ zh: '推动', means: 'an effort', en: ['promot*', 'advance'] }];
 * modalityViolations('推动境内外管理规范相通相容', 'Making domestic and overseas rules compatible', words)
 * // → [{ zh: '推动', means: 'an effort', allowed: ['promot*', 'advance'] }]
 * modalityViolations('推动境内外管理规范相通相容', 'Promoting alignment of domestic and overseas rules', words) // → []
 */
export function modalityViolations(zh: string, en: string, words: readonly ModalityWord[]): ModalityViolation[] {
  let rest = zh;
  const found: ModalityViolation[] = [];
  for (const word of [...words].sort((a, b) => b.zh.length - a.zh.length)) {
    let text = rest;
    for (const other of word.not ?? []) text = text.split(other).join('\u0000');
    if (!text.includes(word.zh)) continue;
    rest = rest.split(word.zh).join('\u0000');
    if (!word.en.some((pattern) => englishPattern(pattern).test(en))) found.push({ zh: word.zh, means: word.means, allowed: word.en });
  }
  return found;
}

/** Where an entry stands, as the exceptions name it. */
export interface EntryPlace {
  document: string;
  file: string;
  key: string;
}

/**
 * Sets the reviewed exceptions against what the check found: the violations
 * no exception covers, and the exceptions that cover nothing (the entry was
 * fixed or is gone, so the exception must go too).
 *
 * @example
 * const at = { document: 'services-opening', file: 'document.yaml', key: 'sections.notice.paragraphs.0' };
 * applyExceptions([{ ...at, zh: '研究' }], [{ ...at, zh: '研究', reason: 'deliberated by a meeting' }])
 * // → { violations: [], unused: [] }
 */
export function applyExceptions<V extends EntryPlace & { zh: string }>(
  violations: readonly V[],
  exceptions: readonly ModalityException[],
): { violations: V[]; unused: ModalityException[] } {
  const same = (v: EntryPlace & { zh: string }, e: ModalityException) => v.document === e.document && v.file === e.file && v.key === e.key && v.zh === e.zh;
  return {
    violations: violations.filter((v) => !exceptions.some((e) => same(v, e))),
    unused: exceptions.filter((e) => !violations.some((v) => same(v, e))),
  };
}

// ── Calques ──

/** A rendering that is never right in these texts: why, and what to write instead. */
export const calqueSchema = z.strictObject({
  id: slugSchema,
  /** The Chinese it is usually a calque of. */
  zh: z.string().min(1),
  /** The English to refuse, as patterns (see {@link englishPattern}). */
  en: z.array(englishPatternSchema).min(1),
  why: z.string().min(1),
  /** What to write instead, by meaning. */
  instead: z.string().min(1),
  /** Words that make the rendering right where the same text holds one (barrier-free, of access for people with disabilities). */
  unless: z.array(englishPatternSchema).optional(),
});
export type Calque = z.output<typeof calqueSchema>;

/** `content/translations/calques.yaml`. */
export const calquesSchema = z.array(calqueSchema).min(1);

/** A calque found in an English text: which, the words found, why it is wrong and what to write. */
export interface CalqueViolation {
  id: string;
  found: string;
  why: string;
  instead: string;
}

/** Text between curly quotation marks: a word quoted is mentioned, not used. */
const QUOTED = /“[^”]*”|‘[^’]*’/g;

/**
 * The calques of the list that an English text uses. With `mentions`, for
 * texts that explain renderings (notes, UI strings about the translation), a
 * calque inside curly quotation marks is named, not used, and passes; a
 * translation gets no such leave.
 *
 * @example
 * const list = [{ id: 'empower', zh: '赋能', en: ['empower*'], why: 'takes a person as its object', instead: 'give impetus to' }];
 * calqueViolations('Empower industrial upgrading', list) // → [{ id: 'empower', found: 'Empower', … }]
 * calqueViolations('a policy never “empowers” an industry', list, { mentions: true }) // → []
 */
export function calqueViolations(en: string, calques: readonly Calque[], options: { mentions?: boolean } = {}): CalqueViolation[] {
  const text = options.mentions ? en.replace(QUOTED, (quote) => ' '.repeat(quote.length)) : en;
  const found: CalqueViolation[] = [];
  for (const calque of calques) {
    if (calque.unless?.some((pattern) => englishPattern(pattern).test(en))) continue;
    for (const pattern of calque.en) {
      const match = text.match(englishPattern(pattern));
      if (match) {
        found.push({ id: calque.id, found: match[0], why: calque.why, instead: calque.instead });
        break;
      }
    }
  }
  return found;
}

// ── Consistency ──

/** A translated text: where it is, its Chinese and its English. */
export interface TranslatedText {
  where: string;
  zh: string;
  en: string;
}

/** A phrase of the Chinese that recurs across texts, and the texts it is in. */
export interface RecurringPhrase {
  zh: string;
  texts: TranslatedText[];
}

const HAN_ONLY = /^\p{Script=Han}+$/u;
/** The first text of each distinct Chinese: a text that occurs twice (a title and its table's title) is translated once. */
const firstOfEach = (texts: readonly TranslatedText[]) => [
  ...texts.reduce((seen, t) => (seen.has(t.zh) ? seen : seen.set(t.zh, t)), new Map<string, TranslatedText>()).values(),
];

/**
 * The phrases that recur in at least `min` distinct Chinese texts: runs of one
 * to `maxWords` words, as `cut` segments them, of Han characters only, whose
 * first and last words have two characters or more (so no phrase starts or
 * ends with 的 or 和). A phrase that only ever occurs inside a longer one of
 * the same texts is left out for the longer. Texts with the same Chinese
 * count once, as they are translated once. Longest and most frequent first.
 *
 * @example
 * const cut = (text: string) => text.match(/符合条件的|机构|医师|支持|[^]/gu) ?? [];
 * recurringPhrases([{ where: 'a', zh: '支持符合条件的机构', en: '' }, { where: 'b', zh: '符合条件的医师', en: '' }], cut, { min: 2 })
 *   .map((p) => p.zh) // → ['符合条件的']
 */
export function recurringPhrases(
  texts: readonly TranslatedText[],
  cut: (zh: string) => string[],
  { min = 3, maxWords = 4 }: { min?: number; maxWords?: number } = {},
): RecurringPhrase[] {
  const distinct = firstOfEach(texts);
  const where = new Map<string, Set<TranslatedText>>();
  for (const text of distinct) {
    const words = cut(text.zh);
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= maxWords && i + n <= words.length; n++) {
        const run = words.slice(i, i + n);
        if (!run.every((w) => HAN_ONLY.test(w)) || run[0]!.length < 2 || run.at(-1)!.length < 2) continue;
        const phrase = run.join('');
        where.set(phrase, (where.get(phrase) ?? new Set()).add(text));
      }
    }
  }
  const frequent = [...where].filter(([, set]) => set.size >= min);
  return frequent
    .filter(([phrase, set]) => !frequent.some(([longer, other]) => longer !== phrase && longer.includes(phrase) && other.size === set.size))
    .map(([zh, set]) => ({ zh, texts: [...set] }))
    .sort((a, b) => b.texts.length - a.texts.length || b.zh.length - a.zh.length || a.zh.localeCompare(b.zh));
}

/** A run of English words and the share of a phrase's texts whose English holds it. */
export interface Rendering {
  en: string;
  /** How many of the phrase's texts hold it. */
  count: number;
  /** How many texts in all hold it: a rendering found everywhere says nothing about the phrase. */
  overall: number;
}

const ENGLISH_STOP = new Set(
  'a an the and or of to in for on with by as at from its their be is are was that this these those such other into under more all any each both than which who has have it'.split(
    ' ',
  ),
);
/** A plural made singular, roughly: entities → entity, branches → branch, qualifications → qualification. */
const singular = (word: string) => {
  if (word.length <= 4) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|ss|x)es$/.test(word)) return word.slice(0, -2);
  return /[^sui]s$/.test(word) ? word.slice(0, -1) : word;
};
/** English words, lower case, plurals made singular. */
const englishWords = (en: string) => (en.toLowerCase().match(/[a-z][a-z'-]*/g) ?? []).map(singular);

/**
 * Whether an English text holds a rendering as the consistency report found
 * it: whole words, lower case, plurals made singular.
 *
 * @example holdsRendering('Support eligible institutions', 'eligible institution') // → true
 */
export function holdsRendering(en: string, rendering: string): boolean {
  return ` ${englishWords(en).join(' ')} `.includes(` ${rendering} `);
}

function englishRuns(en: string, maxWords: number): Set<string> {
  const words = englishWords(en);
  const runs = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= maxWords && i + n <= words.length; n++) {
      const run = words.slice(i, i + n);
      if (ENGLISH_STOP.has(run[0]!) || ENGLISH_STOP.has(run.at(-1)!)) continue;
      runs.add(run.join(' '));
    }
  }
  return runs;
}

/**
 * The likeliest English renderings of a recurring phrase: the runs of one to
 * `maxWords` English words its texts share, scored by how well they pick out
 * exactly those texts among all (the Dice coefficient of the two sets of
 * texts), best first. Where the best covers fewer than all the phrase's
 * texts, the others render it another way, or drop it.
 *
 * @example
 * const texts = [
 *   { where: 'a', zh: '支持符合条件的机构', en: 'Support eligible institutions' },
 *   { where: 'b', zh: '符合条件的医师', en: 'eligible doctors' },
 *   { where: 'c', zh: '合格机构', en: 'qualified institutions' },
 * ];
 * phraseRenderings(texts.slice(0, 2), texts)[0] // → { en: 'eligible', count: 2, overall: 2 }
 */
export function phraseRenderings(phraseTexts: readonly TranslatedText[], all: readonly TranslatedText[], { maxWords = 4, top = 3 } = {}): Rendering[] {
  const overall = new Map<string, number>();
  for (const text of firstOfEach(all)) for (const run of englishRuns(text.en, maxWords)) overall.set(run, (overall.get(run) ?? 0) + 1);
  const count = new Map<string, number>();
  for (const text of phraseTexts) for (const run of englishRuns(text.en, maxWords)) count.set(run, (count.get(run) ?? 0) + 1);
  const dice = (run: string) => (2 * count.get(run)!) / (phraseTexts.length + (overall.get(run) ?? 0));
  return [...count.keys()]
    .sort((a, b) => dice(b) - dice(a) || b.split(' ').length - a.split(' ').length || a.localeCompare(b))
    .slice(0, top)
    .map((en) => ({ en, count: count.get(en)!, overall: overall.get(en) ?? 0 }));
}

// ── The translation files ──

/**
 * The Chinese each entry of a translation file quotes in the comment above
 * it, by the entry's key path (`12.text`). The file is written so
 * (src/lib/translate/worksheet.ts): a quoted key per line, the comment, then
 * `source` and `en`; a reader checks the quotation against the entry's
 * fingerprint before relying on it.
 *
 * @example
 * quotedChinese('"12":\n  "text":\n    # 支持符合条件的机构。\n    source: 0123456789abcdef\n    en: "…"\n')
 * // → Map { '12.text' => '支持符合条件的机构。' }
 */
export function quotedChinese(yamlText: string): Map<string, string> {
  const quoted = new Map<string, string>();
  const path: string[] = [];
  let expectComment = false;
  for (const line of yamlText.split('\n')) {
    const key = line.match(/^( *)"([^"]+)":\s*$/);
    if (key) {
      path.length = key[1]!.length / 2;
      path.push(key[2]!);
      expectComment = true;
      continue;
    }
    const comment = line.match(/^ +# (.*)$/);
    if (comment && expectComment) quoted.set(path.join('.'), comment[1]!);
    expectComment = false;
  }
  return quoted;
}

/** One entry of a translation file: where it is, the Chinese its comment quotes, its English. */
export interface TranslationEntry extends EntryPlace, TranslatedText {}

/**
 * The entries of one translation file (`services-trade/tasks.yaml`), from its
 * text and its parsed tree: each entry's English, with the Chinese its comment
 * quotes, kept only where the quotation matches the entry's fingerprint.
 * `problems` names every entry whose quotation is missing or does not match
 * (`npm run translations -- --write` rewrites the comments).
 *
 * @example
 * const text = '"7":\n  "text":\n    # 促进数据要素流通交易。\n    source: 8a4e…\n    en: "Promote …"\n';
 * translationFileEntries('services-opening/tasks.yaml', text, yaml.load(text), sourceHash).entries[0]
 * // → { document: 'services-opening', file: 'tasks.yaml', key: '7.text', where: 'services-opening/tasks.yaml: 7.text', zh: '促进数据要素流通交易。', en: 'Promote …' }
 */
export function translationFileEntries(
  path: string,
  text: string,
  tree: unknown,
  fingerprint: (zh: string) => string,
): { entries: TranslationEntry[]; problems: string[] } {
  const [document = '', file = ''] = path.split('/');
  const quoted = quotedChinese(text);
  const entries: TranslationEntry[] = [];
  const problems: string[] = [];
  const walk = (node: unknown, keys: string[]) => {
    if (node === null || typeof node !== 'object') return;
    const { source, en } = node as { source?: unknown; en?: unknown };
    if (typeof source === 'string' && typeof en === 'string') {
      const key = keys.join('.');
      const zh = quoted.get(key);
      if (zh === undefined || fingerprint(zh) !== source)
        problems.push(`${path}: ${key}: expected a comment quoting the Chinese of source ${source}, found ${zh === undefined ? 'none' : JSON.stringify(zh)}`);
      else entries.push({ document, file, key, where: `${path}: ${key}`, zh, en });
      return;
    }
    for (const [key, value] of Object.entries(node)) walk(value, [...keys, key]);
  };
  walk(tree, []);
  return { entries, problems };
}

/** The keys under which a curated file holds English for readers. */
const ENGLISH_KEYS = new Set(['en', 'note', 'enSource']);

/**
 * Every English string of a hand-curated YAML or JSON tree, named by its path:
 * the values under the keys that hold English for readers (`en`, `note`,
 * `enSource`), or, for a flat file of UI strings, every value.
 *
 * @example
 * englishFields('content/priorities.yaml', { differentiated: { label: { zh: '差异化试点任务', en: 'Differentiated pilot task' } } })
 * // → [['content/priorities.yaml: differentiated.label.en', 'Differentiated pilot task']]
 */
export function englishFields(file: string, tree: unknown, { all = false } = {}): [string, string][] {
  const found: [string, string][] = [];
  const walk = (node: unknown, path: string[]) => {
    if (typeof node === 'string') {
      if (all || path.some((key) => ENGLISH_KEYS.has(key))) found.push([`${file}: ${path.join('.')}`, node]);
    } else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) walk(value, [...path, key]);
    }
  };
  walk(tree, []);
  return found;
}
