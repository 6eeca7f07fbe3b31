/**
 * `npm run translations:report`: the English against its three patterns.
 *
 *   npm run translations:report            words of modality the English lost, calques,
 *                                          the glossary's coverage, and the recurring
 *                                          phrases rendered more than one way
 *   npm run translations:report -- --all   every recurring phrase, however it is rendered
 *   npm run translations:report -- --min 2 phrases recurring in 2 texts or more (default 3)
 *
 * A recurring phrase is a run of one to four jieba words in three or more
 * distinct Chinese texts; its likeliest English renderings are the runs of
 * English words its texts share (src/lib/translate/patterns.ts). Where the
 * best covers fewer than all its texts, the phrase is listed with the texts
 * that render it otherwise: a candidate for the glossary, whose test then
 * holds it to one rendering.
 *
 * Reads the files directly, as the tests do; exits 1 when a word of modality
 * is lost, a calque is found or a glossary rendering is missing (the tests
 * fail on the same).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { CHINESE_STOPWORDS, chineseWords } from '../lib/enrich/related.ts';
import { glossaryViolations } from '../lib/translate/checks.ts';
import { glossarySchema } from '../lib/schema/translation.ts';
import {
  applyExceptions,
  calqueViolations,
  calquesSchema,
  englishFields,
  holdsRendering,
  modalityTableSchema,
  modalityViolations,
  phraseRenderings,
  recurringPhrases,
  translationFileEntries,
  type TranslationEntry,
} from '../lib/translate/patterns.ts';
import { sourceHash } from '../lib/text/source-hash.ts';

const { values } = parseArgs({ options: { all: { type: 'boolean' }, min: { type: 'string' }, root: { type: 'string' } } });
const root = values.root ?? resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const load = (path: string) => yaml.load(read(path));

const translations = 'content/translations/en';
const entries: TranslationEntry[] = [];
for (const document of readdirSync(join(root, translations)).sort()) {
  for (const file of readdirSync(join(root, translations, document)).sort()) {
    const text = read(`${translations}/${document}/${file}`);
    const { entries: found, problems } = translationFileEntries(`${document}/${file}`, text, yaml.load(text), sourceHash);
    for (const problem of problems) console.log(`  ${problem}`);
    entries.push(...found);
  }
}
const modality = modalityTableSchema.parse(load('content/translations/modality.yaml'));
const calques = calquesSchema.parse(load('content/translations/calques.yaml'));
const glossary = glossarySchema.parse(load('content/glossary.yaml'));

let problems = 0;
const heading = (title: string) => console.log(`\n${title}\n${'─'.repeat(title.length)}`);

heading('Modality: words of the Chinese whose force the English lost');
const lost = applyExceptions(
  entries.flatMap((entry) => modalityViolations(entry.zh, entry.en, modality.words).map((v) => ({ ...entry, ...v }))),
  modality.exceptions,
);
for (const v of lost.violations) console.log(`  ${v.where}: ${v.zh} (${v.means}) has none of ${v.allowed.join(', ')}`);
for (const e of lost.unused)
  console.log(`  content/translations/modality.yaml: the exception for ${e.document}/${e.file}: ${e.key} (${e.zh}) covers nothing: remove it`);
console.log(`  ${entries.length} entries, ${modality.words.length} words, ${lost.violations.length} lost, ${modality.exceptions.length} exceptions`);
problems += lost.violations.length + lost.unused.length;

heading('Calques in English a reader sees');
const readerEnglish: [string, string, boolean][] = [
  ...entries.map((entry): [string, string, boolean] => [entry.where, entry.en, false]),
  ...['content/agencies.yaml', 'content/glossary.yaml', 'content/translation-notes.yaml', 'content/priorities.yaml', 'content/documents.yaml'].flatMap((file) =>
    englishFields(file, load(file)).map(([where, text]): [string, string, boolean] => [where, text, true]),
  ),
  ...englishFields('src/i18n/en.json', JSON.parse(read('src/i18n/en.json')), { all: true }).map(([where, text]): [string, string, boolean] => [
    where,
    text,
    true,
  ]),
];
const calquesFound = readerEnglish.flatMap(([where, text, mentions]) => calqueViolations(text, calques, { mentions }).map((v) => ({ where, ...v })));
for (const v of calquesFound) console.log(`  ${v.where}: "${v.found}" (${v.id}): write ${v.instead}`);
console.log(`  ${readerEnglish.length} texts, ${calques.length} calques, ${calquesFound.length} found`);
problems += calquesFound.length;

heading('Glossary: each term, the texts that use it, and those whose English lacks its rendering');
const texts = [...new Map(entries.map((e) => [e.zh, e])).values()];
// A term is used where the glossary check finds it: a longer term takes precedence over one inside it.
const used = new Map(texts.map((t) => [t, glossaryViolations(t.zh, '', glossary)]));
const lacking = new Map(texts.map((t) => [t, glossaryViolations(t.zh, t.en, glossary)]));
for (const term of glossary) {
  const using = texts.filter((t) => used.get(t)!.includes(term));
  const without = using.filter((t) => lacking.get(t)!.includes(term));
  if (without.length > 0 || values.all)
    console.log(`  ${term.zh} → ${term.en}: ${using.length - without.length} of ${using.length}${without.map((t) => `\n      lacking: ${t.where}`).join('')}`);
  problems += without.length;
}

heading(`Recurring phrases (in ${values.min ?? 3} texts or more) and their renderings`);
// Boilerplate verbs and generic nouns (支持, 领域 …) are rendered by context; the modality table holds the words whose force matters.
const skip = new Set([...CHINESE_STOPWORDS, ...modality.words.map((w) => w.zh)]);
const phrases = recurringPhrases(texts, chineseWords, { min: Number(values.min ?? 3) }).filter((p) => !skip.has(p.zh));
let several = 0;
for (const phrase of phrases) {
  const [best, ...others] = phraseRenderings(phrase.texts, texts);
  const inGlossary = glossary.some((term) => term.zh === phrase.zh);
  const one = best !== undefined && best.count === phrase.texts.length;
  if (!one) several += 1;
  if (one && !values.all) continue;
  const renderings = [best, ...others].filter((r) => r !== undefined).map((r) => `"${r.en}" ${r.count}/${phrase.texts.length}`);
  console.log(`  ${phrase.zh} (${phrase.texts.length} texts${inGlossary ? ', glossary' : ''}): ${renderings.join(', ')}`);
  if (!one && best) for (const t of phrase.texts.filter((t) => !holdsRendering(t.en, best.en))) console.log(`      otherwise: ${t.where}`);
}
console.log(`  ${phrases.length} phrases, ${several} of them without one rendering common to all their texts`);

process.exitCode = problems > 0 ? 1 : 0;
