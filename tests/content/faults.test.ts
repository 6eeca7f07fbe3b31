import { mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { SourceError } from '../../src/lib/text/source-error.ts';
import { sourceHash } from '../../src/lib/text/source-hash.ts';
import { TranslationError } from '../../src/lib/translate/lookup.ts';
import { checkContent } from '../../src/scripts/content.ts';
import { ROOT } from '../helpers/paths.ts';
import { removeScratch, scratchProject } from '../helpers/scratch.ts';

/**
 * The table of faults: each row breaks one real input in one way, and gives
 * the exact message the content step must stop with (or `null`: the change
 * is harmless and must pass). Adding a case is adding a row.
 */

const TRADE = 'seeds/000_0b1b6885711b46b3.txt';
const OPENING = 'seeds/003_fb70ce431c18d979.txt';
const MANIFEST = 'seeds/manifest.json';
const REGISTRY = 'content/agencies.yaml';
const EDITORIAL = 'content/documents.yaml';
const PRIORITIES = 'content/priorities.yaml';
const GLOSSARY = 'content/glossary.yaml';
const SYNONYMS = 'content/synonyms.yaml';
const SITE = 'content/site.yaml';
const CHANGES = 'content/changes.yaml';
const TRADE_TASKS = 'content/translations/en/services-trade/tasks.yaml';
const OPENING_DOCUMENT = 'content/translations/en/services-opening/document.yaml';
const NOTES = 'content/translation-notes.yaml';
const UI_ZH = 'src/i18n/zh.json';
const UI_EN = 'src/i18n/en.json';

const POLICY = 'expected no invisible or unusual character (admit one in seeds/manifest.json if it is meant), found';
const CURATED_POLICY = 'expected no invisible or unusual character (a curated file admits none), found';

/** Replaces exactly one occurrence, so that a row cannot silently stop breaking anything. */
const once = (text: string, from: string | RegExp, to: string): string => {
  const count = typeof from === 'string' ? text.split(from).length - 1 : (text.match(new RegExp(from.source, `${from.flags.replace('g', '')}g`)) ?? []).length;
  if (count !== 1) throw new Error(`the fault table expects exactly one ${String(from)}, found ${count}`);
  return text.replace(from, to);
};

/** The line of a seed holding `text`, swapped with the next line. */
const moveDown = (text: string, line: string): string => {
  const lines = text.split('\n');
  const at = lines.indexOf(line);
  if (at < 0) throw new Error(`no line ${line}`);
  [lines[at], lines[at + 1]] = [lines[at + 1] as string, lines[at] as string];
  return lines.join('\n');
};

const zh7 = '促进数据要素流通交易。';

/**
 * The number of the first line of a real input that starts with `needle`
 * (after the first that starts with `after`, if given). Curated files are edited in parallel
 * with this table; reading the line keeps each message exact without tying
 * the table to their current layout.
 */
const lineOf = (file: string, needle: string, after?: string): number => {
  const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
  const start = after === undefined ? 0 : lines.findIndex((l) => l.startsWith(after));
  const at = lines.findIndex((l, i) => i >= start && l.startsWith(needle));
  if (start < 0 || at < 0) throw new Error(`no line holding ${needle} in ${file}`);
  return at + 1;
};
const OPENING_TASKS = 'content/translations/en/services-opening/tasks.yaml';

/** The position of an entry in the registry, as messages name it (agencies.N). */
const registryIndexOf = (id: string) =>
  readFileSync(join(ROOT, REGISTRY), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('  - id: '))
    .findIndex((l) => l === `  - id: ${id}`);

/** The message for task 7 of the 2026 attachment (line 98) translated from its old text, now `zh` (shown as `shown`). */
const stale = (shown: string, zh: string) =>
  `content/translations/en/ is incomplete or out of date (1 problems):\n  ${OPENING_TASKS}:${lineOf(OPENING_TASKS, '  "text":', '"7":')}: expected 7.text to translate "${shown}" (source ${sourceHash(zh)}), the Chinese at ${OPENING}:98, found the English of an earlier text (source ${sourceHash(zh7)}): stale\nRun \`npm run translations\` for a worksheet of what to translate.`;

interface Fault {
  name: string;
  file: string;
  /** The broken copy, from the real text (a Buffer for bytes that are not UTF-8). */
  breakIt: (text: string) => string | Buffer;
  /** The exact message, or null for a change that must not matter. */
  message: string | null;
  /** Other files changed with it, where a fault needs two. */
  with?: { file: string; breakIt: (text: string) => string }[];
}

const FAULTS: Fault[] = [
  // ── The seeds: the character policy ──
  {
    name: 'a zero-width space in a task',
    file: OPENING,
    breakIt: (t) => once(t, zh7, '促进数据\u200B要素流通交易。'),
    message: `${OPENING}:98:7: ${POLICY} U+200B ZERO WIDTH SPACE`,
  },
  {
    name: 'a bidi override in a task',
    file: TRADE,
    breakIt: (t) => once(t, '、市通信管理局\n', '、市通信\u202E管理局\n'),
    message: `${TRADE}:358:10: ${POLICY} U+202E RIGHT-TO-LEFT OVERRIDE`,
  },
  {
    name: 'a no-break space in a heading',
    file: OPENING,
    breakIt: (t) => once(t, '二、提高医疗', '二、\u00A0提高医疗'),
    message: `${OPENING}:105:3: ${POLICY} U+00A0 NO-BREAK SPACE`,
  },
  {
    name: 'U+FFFD left by broken UTF-8',
    file: OPENING,
    breakIt: (t) => once(t, zh7, '促进数据要\uFFFD流通交易。'),
    message: `${OPENING}:98:8: ${POLICY} U+FFFD REPLACEMENT CHARACTER`,
  },
  {
    name: 'a private-use character',
    file: TRADE,
    breakIt: (t) => once(t, '、市通信管理局\n', '、市通信\uE000管理局\n'),
    message: `${TRADE}:358:10: ${POLICY} U+E000 <private-use-E000>`,
  },
  { name: 'a control character', file: OPENING, breakIt: (t) => once(t, zh7, `${zh7}\u0007`), message: `${OPENING}:98:14: ${POLICY} U+0007 ALERT` },
  {
    name: 'an ideographic space the manifest does not admit',
    file: OPENING,
    breakIt: (t) => once(t, zh7, `\u3000${zh7}`),
    message: `${OPENING}:98:3: ${POLICY} U+3000 IDEOGRAPHIC SPACE`,
  },
  {
    name: 'an ideographic space the manifest admits: it passes the policy, and the translation is stale',
    file: OPENING,
    breakIt: (t) => once(t, zh7, `\u3000${zh7}`),
    with: [
      {
        file: MANIFEST,
        breakIt: (t) =>
          t.replace(/("slug": "services-opening"[\s\S]*?)"admit": \[\]/, '$1"admit": [{ "codePoint": "U+3000", "reason": "an indent the official text has" }]'),
      },
    ],
    message: stale(`\\u{3000}${zh7}`, `\u3000${zh7}`),
  },
  {
    name: 'a byte-order mark inside the text',
    file: TRADE,
    breakIt: (t) => once(t, '、市通信管理局\n', '、市通信管理局\n\uFEFF'),
    message: `${TRADE}:359:1: ${POLICY} U+FEFF ZERO WIDTH NO-BREAK SPACE`,
  },
  {
    name: 'a seed saved as UTF-16',
    file: OPENING,
    breakIt: (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
    message: `${OPENING}:1:1: expected UTF-8 text, found the byte 0xFF, which does not begin a complete UTF-8 character`,
  },
  {
    name: 'bytes that are not UTF-8',
    file: OPENING,
    breakIt: (t) => Buffer.concat([Buffer.from(t.slice(0, t.indexOf(zh7)), 'utf8'), Buffer.from([0xc3, 0x28]), Buffer.from(t.slice(t.indexOf(zh7)), 'utf8')]),
    message: `${OPENING}:98:3: expected UTF-8 text, found the byte 0xC3, which does not begin a complete UTF-8 character`,
  },
  // ── The seeds: structure, limits, hash ──
  {
    name: 'a heading moved one row down',
    file: OPENING,
    breakIt: (t) => moveDown(t, '二、提高医疗康养领域对外开放和服务保障水平\t'),
    message: `${OPENING}:106: expected heading 二、提高医疗康养领域对外开放和服务保障水平 over tasks 13–24 (as seeds/manifest.json records), found it over tasks 14–24: a heading or a task has moved`,
  },
  {
    name: 'a group heading moved to the next measure',
    file: TRADE,
    breakIt: (t) => once(once(t, '\t（二）扩大对外开放\n\t9\n', '\t\n\t9\n'), '\t\n\t10\n', '\t（二）扩大对外开放\n\t10\n'),
    message: `${TRADE}:74: expected heading （二）扩大对外开放 over tasks 9–25 (as seeds/manifest.json records), found it over tasks 10–25: a heading or a task has moved`,
  },
  {
    name: 'a heading reworded',
    file: OPENING,
    breakIt: (t) => once(t, '三、推进金融领域国际合作', '三、推进金融领域对外合作'),
    message: `${OPENING}:120: expected the heading 三、推进金融领域国际合作 (as seeds/manifest.json records), found "三、推进金融领域对外合作"`,
  },
  {
    name: 'a 1 MB line',
    file: OPENING,
    breakIt: (t) => once(t, zh7, '促'.repeat(1_000_000)),
    message: `${OPENING}:98: expected a line of at most 1000 characters, found 1000002 characters starting "7\\t促促促促促促促促促促促促促促促促促促…"`,
  },
  {
    name: 'a cell longer than the limit, wrapped over lines',
    file: TRADE,
    breakIt: (t) => once(t, '、市通信管理局\n', `、市通信管理局\n${'长'.repeat(600)}\n${'长'.repeat(600)}\n`),
    message: `${TRADE}:358: expected a cell of at most 1000 characters, found 1211 characters starting "市工信局、市通信管理局长长长长长长长长长…"`,
  },
  {
    name: 'a word changed in a task',
    file: OPENING,
    breakIt: (t) => once(t, zh7, '促进数据要素跨境流通交易。'),
    message: stale('促进数据要素跨境流通交易。', '促进数据要素跨境流通交易。'),
  },
  {
    name: 'a change no record shows: an extra page break in the task list',
    file: OPENING,
    breakIt: (t) => once(t, `\n7\t${zh7}`, `\n\n7\t${zh7}`),
    message: `${MANIFEST}:30: expected sha256 cdcdd8dc084e11e9ab790fdb5fbb0a046b2c27180f2afb9424683a4b31e2d263, the hash of ${OPENING} as a person verified it, found e2b86f30b48ab0b3139bc77726fbc5485ac0a1c01041f420fb5c7d777714ed3b: the text has changed since; if the change is meant, record the new hash here`,
  },
  { name: 'CRLF line ends, a BOM and trailing spaces', file: TRADE, breakIt: (t) => `\uFEFF${t.replace(/\n/g, '  \r\n')}`, message: null },
  {
    name: 'a cut-short file',
    file: TRADE,
    breakIt: (t) => t.slice(0, t.indexOf('\t\n\t88\n')),
    message: `${TRADE}:614: expected 88 tasks (as seeds/manifest.json says), found 87, the last being number 87`,
  },
  {
    name: 'a body missing from the registry',
    file: TRADE,
    breakIt: (t) => once(t, '、市通信管理局\n', '、市通讯管理局\n'),
    message: `${TRADE}:358: expected a body listed in content/agencies.yaml, or a generic reference such as 有关部门, found "市通讯管理局"`,
  },
  // ── The manifest ──
  {
    name: 'a JSON syntax error in the manifest',
    file: MANIFEST,
    breakIt: (t) => once(t, '"format": "notice",', '"format": "notice"'),
    message: `${MANIFEST}:30:7: expected well-formed JSON, found Expected ',' or '}' after property value`,
  },
  {
    name: 'a bare word in the manifest',
    file: MANIFEST,
    breakIt: (t) => once(t, '"first": 13,', '"first": thirteen,'),
    message: `${MANIFEST}:34:57: expected well-formed JSON, found Unexpected token 'h'`,
  },
  {
    name: 'a malformed hash in the manifest',
    file: MANIFEST,
    breakIt: (t) => once(t, '"cdcdd8dc', '"CDCDD8DC'),
    message: `${MANIFEST}:30: expected 64 lowercase hex digits at documents.1.sha256, found "CDCDD8DC084e11e9ab790fdb5fbb0a046b2c2718…"`,
  },
  {
    name: 'headings in the manifest that leave a gap',
    file: MANIFEST,
    breakIt: (t) => once(t, '"first": 13,', '"first": 14,'),
    message: `${MANIFEST}:34: expected a heading starting at task 13 (the headings cover tasks 1–111 in order) at documents.1.headings.1, found tasks 14–24`,
  },
  {
    name: 'a manifest claiming a date the text does not state',
    file: MANIFEST,
    breakIt: (t) => once(t, '"date": null', '"date": "2020-01-01"'),
    message: `${TRADE}:2: expected date: null, since this text states no date (as seeds/manifest.json says), found "2020-01-01"`,
  },
  {
    name: 'a manifest naming a seed that is not there',
    file: MANIFEST,
    breakIt: (t) => once(t, '"file": "003_fb70ce431c18d979.txt"', '"file": "003_missing.txt"'),
    message: 'seeds/003_missing.txt:1: expected a file here, found none',
  },
  {
    name: 'a manifest admitting something that is not a code point',
    file: MANIFEST,
    breakIt: (t) =>
      once(
        t,
        '"admit": [],\n      "headings": [\n        { "heading": "一、',
        '"admit": [{ "codePoint": "3000", "reason": "indent" }],\n      "headings": [\n        { "heading": "一、',
      ),
    message: `${MANIFEST}:31: expected a code point such as U+3000 at documents.1.admit.0.codePoint, found "3000"`,
  },
  {
    name: 'a manifest without its headings',
    file: MANIFEST,
    breakIt: (t) => t.replace(/"headings": \[[^\]]*\],\n/, ''),
    message: `${MANIFEST}:4: expected a list at documents.0.headings, found nothing`,
  },
  // ── The registry ──
  {
    name: 'a YAML syntax error in the registry',
    file: REGISTRY,
    breakIt: (t) => once(t, '    names: [商务部]\n', '    names: [商务部\n'),
    message: `${REGISTRY}:${lineOf(REGISTRY, '    names: [商务部]') + 1}:5: expected well-formed YAML, found missed comma between flow collection entries`,
  },
  {
    name: 'a level the registry does not know',
    file: REGISTRY,
    breakIt: (t) => t.replace('level: national', 'level: city'),
    message: `${REGISTRY}:${lineOf(REGISTRY, '    level: national')}: expected one of "national", "xiamen-municipal", "xiamen-office-of-national", "other" at agencies.0.level, found "city"`,
  },
  {
    name: 'one name for two bodies',
    file: REGISTRY,
    breakIt: (t) => once(t, 'names: [人社部]', 'names: [商务部]'),
    message: `${REGISTRY}:${lineOf(REGISTRY, '    names: [人社部]')}: expected a name no other entry has at agencies.1.names.0, found 商务部, a name of ministry-of-commerce too`,
  },
  {
    name: 'a zero-width space in the registry',
    file: REGISTRY,
    breakIt: (t) => once(t, 'names: [人社部]', 'names: [人\u200B社部]'),
    message: `${REGISTRY}:${lineOf(REGISTRY, '    names: [人社部]')}:14: ${CURATED_POLICY} U+200B ZERO WIDTH SPACE`,
  },
  {
    name: 'a body succeeding one that is not in the registry',
    file: REGISTRY,
    breakIt: (t) => once(t, '      agency: cbirc-xiamen-office\n', '      agency: cbirc-xiamen\n'),
    message: `${REGISTRY}:${lineOf(REGISTRY, '      agency: cbirc-xiamen-office')}: expected the id of another entry at agencies.${registryIndexOf('nfra-xiamen-office')}.succeeds.agency, found cbirc-xiamen`,
  },
  {
    name: 'an entry no document names',
    file: REGISTRY,
    breakIt: (t) => t.replace('\ngeneric:', '\n  - id: nobody\n    names: [无名局]\n    en: Nobody\n    level: other\n\ngeneric:'),
    message: `${REGISTRY}:${lineOf(REGISTRY, 'generic:')}: expected every agency to be named by a document, found nobody (无名局), which none names`,
  },
  {
    name: "an alias that is another entry's name",
    file: REGISTRY,
    breakIt: (t) => once(t, '      - name: "中华人民共和国商务部"\n', '      - name: "人社部"\n'),
    message: `${REGISTRY}:${lineOf(REGISTRY, '      - name: "中华人民共和国商务部"')}: expected an alias that is not already a name in \`names\` at agencies.0.aliases.0.name, found 人社部, a name of ministry-of-human-resources-and-social-security`,
  },
  {
    name: 'one alias for two bodies',
    file: REGISTRY,
    breakIt: (t) => once(t, '      - name: "MOHRSS"\n', '      - name: "MOFCOM"\n'),
    message: `${REGISTRY}:${lineOf(REGISTRY, '      - name: "MOHRSS"')}: expected an alias listed once in the registry at agencies.1.aliases.3.name, found MOFCOM, an alias of ministry-of-commerce too`,
  },
  {
    name: 'an English alias marked as Chinese',
    file: REGISTRY,
    breakIt: (t) => once(t, '      - name: "MOFCOM"\n        lang: en\n', '      - name: "MOFCOM"\n        lang: zh\n'),
    message: `${REGISTRY}:${lineOf(REGISTRY, '      - name: "MOFCOM"')}: expected a Chinese name for lang zh, an English one (no Chinese characters) for lang en at agencies.0.aliases.1.name, found "MOFCOM"`,
  },
  {
    name: 'an alias without a source',
    file: REGISTRY,
    breakIt: (t) => t.replace(/( {6}- name: "MOFCOM"\n {8}lang: en\n {8}kind: short\n) {8}source: [^\n]+\n/, '$1'),
    message: `${REGISTRY}:${lineOf(REGISTRY, '      - name: "MOFCOM"')}: expected a text at agencies.0.aliases.1.source, found nothing`,
  },
  {
    name: 'an alias of a kind the registry does not know',
    file: REGISTRY,
    breakIt: (t) =>
      once(t, '      - name: "MOFCOM"\n        lang: en\n        kind: short\n', '      - name: "MOFCOM"\n        lang: en\n        kind: nickname\n'),
    message: `${REGISTRY}:${lineOf(REGISTRY, '        kind: short')}: expected one of "official", "short", "former", "later" at agencies.0.aliases.1.kind, found "nickname"`,
  },
  // ── The editorial metadata, priorities, glossary ──
  {
    name: 'a summary without English',
    file: EDITORIAL,
    breakIt: (t) => t.replace(/(services-opening:[\s\S]*summary:\n\s+zh: [^\n]+\n)\s+en: [^\n]+\n/, '$1'),
    message: `${EDITORIAL}:${lineOf(EDITORIAL, '  summary:', 'services-opening:')}: expected a text at services-opening.summary.en, found nothing`,
  },
  {
    name: 'a YAML syntax error in the priorities',
    file: PRIORITIES,
    breakIt: (t) => once(t, 'differentiated:\n', 'differentiated\n'),
    message: `${PRIORITIES}:${lineOf(PRIORITIES, 'differentiated:') + 1}:8: expected well-formed YAML, found end of the stream or a document separator is expected`,
  },
  {
    name: 'a remark the priorities do not list',
    file: PRIORITIES,
    breakIt: (t) => once(t, '    remark: 拟先行先试，形成全国首创举措\n', '    remark: 拟先行先试\n'),
    message: `${TRADE}:61: expected a remark listed in content/priorities.yaml, found "拟先行先试，形成全国首创举措"`,
  },
  {
    name: 'a YAML syntax error in the editorial metadata',
    file: EDITORIAL,
    breakIt: (t) => once(t, 'services-trade:\n', 'services-trade:\n  - x\n'),
    message: `${EDITORIAL}:${lineOf(EDITORIAL, 'services-trade:') + 2}:3: expected well-formed YAML, found bad indentation of a mapping entry`,
  },
  {
    name: 'a YAML syntax error in the glossary',
    file: GLOSSARY,
    breakIt: (t) => t.replace(/\n {2}en: [^\n]+\n/, '$&   note: indented one space too far\n'),
    message: `${GLOSSARY}:${lineOf(GLOSSARY, '  en: ') + 1}:8: expected well-formed YAML, found bad indentation of a mapping entry`,
  },
  {
    name: 'a glossary entry without English',
    file: GLOSSARY,
    breakIt: (t) => t.replace(/\n {2}en: [^\n]+\n/, '\n'),
    message: `${GLOSSARY}:${lineOf(GLOSSARY, '- zh: ')}: expected a text at 0.en, found nothing`,
  },
  {
    name: 'a word in two two-way groups of the synonym table',
    file: SYNONYMS,
    breakIt: (t) => t.replace('  zh: [厦门, 我市, 本市]', '  zh: [厦门, 我市, 本市, 外汇]'),
    message: `${SYNONYMS}:${lineOf(SYNONYMS, '  zh: [外汇]')}: expected a word in one two-way group at most (make one of them one-way) at 7.zh.0, found 外汇, a word of xiamen too`,
  },
  // ── Who publishes the site, the change log, how current each text is ──
  {
    name: 'a YAML syntax error in the site file',
    file: SITE,
    breakIt: (t) => once(t, 'contact:\n  placeholder: true\n', 'contact:\n  placeholder: true\n   email: x\n'),
    message: `${SITE}:${lineOf(SITE, 'contact:') + 2}:9: expected well-formed YAML, found bad indentation of a mapping entry`,
  },
  {
    name: 'a publisher that is both a placeholder and named',
    file: SITE,
    breakIt: (t) => once(t, 'publisher:\n  placeholder: true\n', 'publisher:\n  placeholder: true\n  name:\n    zh: 某局\n    en: A Bureau\n'),
    message: `${SITE}:${lineOf(SITE, 'publisher:') + 2}: expected nothing beside \`placeholder: true\` (a value is either known or a placeholder) at publisher.name, found the key name`,
  },
  {
    name: 'a contact with neither an email nor a url',
    file: SITE,
    breakIt: (t) => once(t, 'contact:\n  placeholder: true\n', 'contact: {}\n'),
    message: `${SITE}:${lineOf(SITE, 'contact:')}: expected an email or a url, or \`placeholder: true\` while it is not known at contact, found nothing`,
  },
  {
    name: 'an error-report address that is not one',
    file: SITE,
    breakIt: (t) => once(t, 'errorReports:\n  placeholder: true\n', 'errorReports:\n  email: errors at example.gov.cn\n'),
    message: `${SITE}:${lineOf(SITE, 'errorReports:') + 1}: expected text matching email at errorReports.email, found "errors at example.gov.cn"`,
  },
  {
    name: 'a publisher the site file does not define',
    file: SITE,
    breakIt: (t) => once(t, 'publisher:\n  placeholder: true\n', 'publisher:\n  placeholder: true\nowner: 某局\n'),
    message: `${SITE}:${lineOf(SITE, 'publisher:') + 2}: expected one of the keys "publisher", "contact", "errorReports", found the key "owner"`,
  },
  {
    name: 'a change to a task the document does not have',
    file: CHANGES,
    breakIt: (t) => once(t, '      tasks: [21, 22, 25, 84]\n', '      tasks: [21, 22, 25, 89]\n'),
    message: `${CHANGES}:${lineOf(CHANGES, '      tasks: [21, 22, 25, 84]')}: expected a task that services-trade has (1–88), found "89"`,
  },
  {
    name: 'a change to a document the manifest does not list',
    file: CHANGES,
    breakIt: (t) =>
      once(t, '    - document: services-trade\n      tasks: [21, 22, 25, 84]\n', '    - document: services-consumption\n      tasks: [21, 22, 25, 84]\n'),
    message: `${CHANGES}:${lineOf(CHANGES, '      tasks: [21, 22, 25, 84]') - 1}: expected a document of the manifest (services-trade, services-opening), found "services-consumption"`,
  },
  {
    name: 'a change to a section the document does not have',
    file: CHANGES,
    breakIt: (t) => once(t, '      sections: [preamble, 3-1, 4-2]\n', '      sections: [preamble, 3-1, 4-9]\n'),
    message: `${CHANGES}:${lineOf(CHANGES, '      sections: [preamble, 3-1, 4-2]')}: expected a section that services-opening has (notice, preamble, 1, 1-1, 1-2, 2, 2-1, 2-2, 3, 3-1, 3-2, 4, 4-1, 4-2, 5, 6, 6-1, 6-2), found "4-9"`,
  },
  {
    name: 'changes out of date order',
    file: CHANGES,
    breakIt: (t) => once(t, '  date: 2026-11-29\n  version: 1.2.0\n', '  date: 2026-12-09\n  version: 1.2.0\n'),
    message: `${CHANGES}:${lineOf(CHANGES, '  version: 1.2.0') - 1}: expected a date no later than 2026-12-02 (newest first) at 2.date, found 2026-12-09`,
  },
  {
    name: 'a version that does not rise',
    file: CHANGES,
    breakIt: (t) => once(t, '  version: 1.3.0\n', '  version: 1.4.0\n'),
    message: `${CHANGES}:${lineOf(CHANGES, '  version: 1.3.0')}: expected a version below 1.4.0 (newest first) at 1.version, found 1.4.0`,
  },
  {
    name: 'a change of a kind the log does not know',
    file: CHANGES,
    breakIt: (t) => once(t, '  version: 1.3.0\n  kind: translation\n', '  version: 1.3.0\n  kind: wording\n'),
    message: `${CHANGES}:${lineOf(CHANGES, '  version: 1.3.0') + 1}: expected one of "publication", "text", "translation" at 1.kind, found "wording"`,
  },
  {
    name: 'a change both to a whole document and to its tasks',
    file: CHANGES,
    breakIt: (t) => once(t, '    - document: services-trade\n      whole: true\n', '    - document: services-trade\n      whole: true\n      tasks: [1]\n'),
    message: `${CHANGES}:${lineOf(CHANGES, '    - document: services-trade', '  version: 1.0.0')}: expected \`whole: true\`, or the tasks, sections, categories or parts it changed (not both) at 4.affects.0, found a mapping of document, whole, tasks`,
  },
  {
    name: 'a date that is not one in the change log',
    file: CHANGES,
    breakIt: (t) => once(t, '  date: 2026-11-22\n', '  date: 22 November 2026\n'),
    message: `${CHANGES}:${lineOf(CHANGES, '  date: 2026-11-22')}: expected a date such as 2026-03-24 at 4.date, found "22 November 2026"`,
  },
  {
    name: 'a document without the date its text was checked',
    file: EDITORIAL,
    breakIt: (t) => once(t, 'services-trade:\n  checked: 2026-11-29\n', 'services-trade:\n'),
    message: `${EDITORIAL}:${lineOf(EDITORIAL, 'services-trade:')}: expected a text at services-trade.checked, found nothing`,
  },
  {
    name: 'an official publication with neither an address nor a channel',
    file: EDITORIAL,
    breakIt: (t) => once(t, 'services-trade:\n  checked: 2026-11-29\n  publication: null\n', 'services-trade:\n  checked: 2026-11-29\n  publication: {}\n'),
    message: `${EDITORIAL}:${lineOf(EDITORIAL, '  publication: null')}: expected a url or a channel (or null where neither is known) at services-trade.publication, found a mapping of nothing`,
  },
  {
    name: 'an official publication at an address that is not a web address',
    file: EDITORIAL,
    breakIt: (t) =>
      once(
        t,
        'services-trade:\n  checked: 2026-11-29\n  publication: null\n',
        'services-trade:\n  checked: 2026-11-29\n  publication:\n    url: javascript:alert(1)\n',
      ),
    message: `${EDITORIAL}:${lineOf(EDITORIAL, '  publication: null') + 1}: expected text matching url at services-trade.publication.url, found "javascript:alert(1)"`,
  },
  // ── The translations ──
  {
    name: 'a YAML syntax error in a translation',
    file: TRADE_TASKS,
    breakIt: (t) => t.replace(/\n {4}en: /, '\n    en: "'),
    message: `${TRADE_TASKS}:${lineOf(TRADE_TASKS, '    en: ')}:11: expected well-formed YAML, found bad indentation of a mapping entry`,
  },
  {
    name: 'a fingerprint that is not one',
    file: TRADE_TASKS,
    breakIt: (t) => t.replace(/source: [0-9a-f]{16}/, 'source: 12'),
    message: `${TRADE_TASKS}:${lineOf(TRADE_TASKS, '    source: ')}: expected a text at 1.text.source, found 12`,
  },
  {
    name: 'a key a translation file does not have',
    file: TRADE_TASKS,
    breakIt: (t) => once(t, '"1":\n  "text":\n', '"1":\n  "txet":\n'),
    message: `content/translations/en/ is incomplete or out of date (2 problems):\n  ${TRADE_TASKS}:${lineOf(TRADE_TASKS, '"1":')}: expected English for 1.text, "实行保险公司分支机构和高级管理人员准入方式改革，取消对保险支公司高管人员任职资格的事前审批，由省级银保监机构实施备案管理…" (source 8c5acd0bb928f6fe), the Chinese at ${TRADE}:12, found none: missing\n  ${TRADE_TASKS}:${lineOf(TRADE_TASKS, '  "text":')}: expected only entries for the current text, found 1.txet, which translates nothing: stray\nRun \`npm run translations\` for a worksheet of what to translate.`,
  },
  {
    name: 'an English text of 1 MB',
    file: OPENING_DOCUMENT,
    breakIt: (t) => t.replace(/\n {6}en: [^\n]+/, `\n      en: ${'word '.repeat(200_000)}`),
    message: `${OPENING_DOCUMENT}:${lineOf(OPENING_DOCUMENT, '      en: ')}: expected a text of at most 5000 characters at parts.front.masthead.en, found "word word word word word word word word …"`,
  },
  // ── Every input passes the gate: the notes, the synonyms, the UI strings ──
  {
    name: 'a YAML syntax error in the translation notes',
    file: NOTES,
    breakIt: (t) => once(t, '- id: admission-upon-approval\n', '- id: admission-upon-approval\n  zh: [\n'),
    message: `${NOTES}:${lineOf(NOTES, '- id: admission-upon-approval') + 3}:3: expected well-formed YAML, found missed comma between flow collection entries`,
  },
  {
    name: 'the translation notes emptied',
    file: NOTES,
    breakIt: () => '',
    message: `${NOTES}:1: expected a list, found an empty file`,
  },
  {
    name: 'a translation note about a task that does not exist',
    file: NOTES,
    breakIt: (t) => once(t, '    - { document: services-opening, task: 20 }\n', '    - { document: services-opening, task: 200 }\n'),
    message: `${NOTES}:${lineOf(NOTES, '    - { document: services-opening, task: 20 }')}: expected a task that services-opening has (1–111), found "200"`,
  },
  {
    name: 'two translation notes with one id',
    file: NOTES,
    breakIt: (t) => once(t, '- id: intended-not-done\n', '- id: admission-upon-approval\n'),
    message: `${NOTES}:${lineOf(NOTES, '- id: intended-not-done')}: expected an id no other note has at 1.id, found "admission-upon-approval"`,
  },
  {
    name: 'a YAML syntax error in the synonyms',
    file: SYNONYMS,
    breakIt: (t) => t.replace(/\n {2}zh: \[/, '\n  zh: [['),
    message: `${SYNONYMS}:${lineOf(SYNONYMS, '  zh: [') + 1}:3: expected well-formed YAML, found missed comma between flow collection entries`,
  },
  {
    name: 'a UI string missing in one language',
    file: UI_EN,
    breakIt: (t) => once(t, '  "skipLink": "Skip to main content",\n', ''),
    message: `${UI_EN}:1: expected a text at skipLink, found nothing`,
  },
  {
    name: 'a UI string only one language has',
    file: UI_EN,
    breakIt: (t) => once(t, '  "skipLink": "Skip to main content",\n', '  "skipLink": "Skip to main content",\n  "skiplink": "Skip",\n'),
    message: `${UI_EN}:${lineOf(UI_EN, '  "skipLink"') + 1}: expected one of the ${Object.keys(JSON.parse(readFileSync(join(ROOT, UI_ZH), 'utf8'))).length} keys this mapping defines, found the key "skiplink" (did you mean "skipLink"?)`,
  },
  {
    name: 'a misspelt placeholder in a UI string',
    file: UI_EN,
    breakIt: (t) => once(t, '"{document}, task {number}"', '"{document}, task {nmber}"'),
    message: `${UI_EN}:${lineOf(UI_EN, '  "task.title"')}: expected {document}, {number} at task.title (as ${UI_ZH} has them), found {document}, {nmber}`,
  },
  {
    name: 'an empty UI string in the original language',
    file: UI_ZH,
    breakIt: (t) => once(t, '"skipLink": "跳到正文"', '"skipLink": ""'),
    message: `${UI_ZH}:${lineOf(UI_ZH, '  "skipLink"')}: expected a text that is not empty at skipLink, found ""`,
  },
  {
    name: 'a right-to-left override written as a JSON escape in a UI string',
    file: UI_EN,
    breakIt: (t) => once(t, '"Skip to main content"', '"Skip to \\u202Emain content"'),
    message: `${UI_EN}:${lineOf(UI_EN, '  "skipLink"')}: expected no invisible or unusual character in a text (a curated file admits none) at skipLink, found U+202E RIGHT-TO-LEFT OVERRIDE`,
  },
  {
    name: 'a UI string given twice',
    file: UI_EN,
    breakIt: (t) => once(t, '  "skipLink": "Skip to main content",\n', '  "skipLink": "Skip to main content",\n  "skipLink": "Skip",\n'),
    message: `${UI_EN}:${lineOf(UI_EN, '  "skipLink"') + 1}:3: expected each key once in a mapping, found "skipLink" a second time`,
  },
  {
    name: 'a JSON syntax error in the UI strings',
    file: UI_ZH,
    breakIt: (t) => once(t, '"skipLink": "跳到正文",', '"skipLink": "跳到正文"'),
    message: `${UI_ZH}:${lineOf(UI_ZH, '  "skipLink"') + 1}:3: expected well-formed JSON, found Expected ',' or '}' after property value`,
  },
  // ── Duplicates: the last would silently win ──
  {
    name: 'a document listed twice in the manifest',
    file: MANIFEST,
    breakIt: (t) => {
      const manifest = JSON.parse(t) as { documents: unknown[] };
      return `${JSON.stringify({ ...manifest, documents: [...manifest.documents, manifest.documents[0]] }, null, 2)}\n`;
    },
    message: `${MANIFEST}:${(() => {
      const manifest = JSON.parse(readFileSync(join(ROOT, MANIFEST), 'utf8')) as { documents: unknown[] };
      const text = JSON.stringify({ ...manifest, documents: [...manifest.documents, manifest.documents[0]] }, null, 2).split('\n');
      return text.lastIndexOf('      "slug": "services-trade",') + 1;
    })()}: expected a slug no other document has at documents.2.slug, found services-trade`,
  },
  {
    name: 'a glossary term listed twice',
    file: GLOSSARY,
    breakIt: (t) => `${t}- zh: 单一窗口\n  en: one-stop window\n`,
    message: `${GLOSSARY}:${readFileSync(join(ROOT, GLOSSARY), 'utf8').split('\n').length}: expected a term listed once at ${(readFileSync(join(ROOT, GLOSSARY), 'utf8').match(/^- zh: /gm) ?? []).length}.zh, found "单一窗口", listed as entry ${
      readFileSync(join(ROOT, GLOSSARY), 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('- zh: '))
        .indexOf('- zh: 单一窗口') + 1
    } too`,
  },
  {
    name: 'two glossary terms that would share one anchor',
    file: GLOSSARY,
    breakIt: (t) => `${t}- zh: 国际贸易"单一窗口"\n  en: international trade “Single Window”\n`,
    message: `${GLOSSARY}:${readFileSync(join(ROOT, GLOSSARY), 'utf8').split('\n').length}: expected a term whose anchor on the glossary page no other term shares at ${(readFileSync(join(ROOT, GLOSSARY), 'utf8').match(/^- zh: /gm) ?? []).length}.zh, found "国际贸易"单一窗口"", whose anchor #国际贸易单一窗口 is that of "国际贸易“单一窗口”" too`,
  },
  {
    name: 'two remark ids with one remark',
    file: PRIORITIES,
    breakIt: (t) =>
      `${t}  national-first-again:\n    remark: 拟先行先试，形成全国首创举措\n    label: { zh: 重复, en: Again }\n    description: { zh: 重复, en: Again }\n`,
    message: `${PRIORITIES}:${readFileSync(join(ROOT, PRIORITIES), 'utf8').split('\n').length + 1}: expected a remark no other id lists at remarks.national-first-again.remark, found "拟先行先试，形成全国首创举措", the remark of national-first too`,
  },
  {
    name: 'a remark that no task has',
    file: PRIORITIES,
    breakIt: (t) => `${t}  never-used:\n    remark: 拟从未出现\n    label: { zh: 从未, en: Never }\n    description: { zh: 从未, en: Never }\n`,
    message: `${PRIORITIES}:${readFileSync(join(ROOT, PRIORITIES), 'utf8').split('\n').length + 1}: expected a remark that a task of a document has at remarks.never-used.remark, found "拟从未出现"`,
  },
  {
    name: 'a key given twice in a YAML mapping',
    file: REGISTRY,
    breakIt: (t) => once(t, '    names: [商务部]\n', '    names: [商务部]\n    names: [商务]\n'),
    message: `${REGISTRY}:${lineOf(REGISTRY, '    names: [商务部]') + 1}:5: expected each key once in a mapping, found "names" a second time`,
  },
  {
    name: 'a key given twice in the manifest',
    file: MANIFEST,
    breakIt: (t) => once(t, '      "format": "notice",\n', '      "format": "notice",\n      "format": "measures-table",\n'),
    message: `${MANIFEST}:${lineOf(MANIFEST, '      "format": "notice",') + 1}:7: expected each key once in a mapping, found "format" a second time`,
  },
  // ── Unknown keys: never stripped, and the key meant is named ──
  {
    name: 'a misspelt key in the registry',
    file: REGISTRY,
    breakIt: (t) => once(t, '    names: [商务部]\n', '    names: [商务部]\n    notes: a note\n'),
    message: `${REGISTRY}:${lineOf(REGISTRY, '    names: [商务部]') + 1}: expected one of the keys "id", "names", "en", "enSource", "level", "note", "succeeds", "aliases" at agencies.0, found the key "notes" (did you mean "note"?)`,
  },
  {
    name: 'a misspelt key in the manifest',
    file: MANIFEST,
    breakIt: (t) => once(t, '      "format": "notice",\n', '      "format": "notice",\n      "isuer": "x",\n'),
    message: `${MANIFEST}:${lineOf(MANIFEST, '      "format": "notice",') + 1}: expected one of the 11 keys this mapping defines at documents.1, found the key "isuer" (did you mean "issuer"?)`,
  },
  {
    name: 'a misspelt key in a glossary entry',
    file: GLOSSARY,
    breakIt: (t) => once(t, '- zh: 单一窗口\n  en: Single Window\n', '- zh: 单一窗口\n  en: Single Window\n  nte: x\n'),
    message: `${GLOSSARY}:${lineOf(GLOSSARY, '- zh: 单一窗口') + 2}: expected one of the keys "zh", "en", "note" at ${readFileSync(join(ROOT, GLOSSARY), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('- zh: '))
      .indexOf('- zh: 单一窗口')}, found the key "nte" (did you mean "note"?)`,
  },
  {
    name: 'a key the editorial metadata does not have',
    file: EDITORIAL,
    breakIt: (t) => once(t, 'services-trade:\n', 'services-trade:\n  shorttitle: x\n'),
    message: `${EDITORIAL}:${lineOf(EDITORIAL, 'services-trade:') + 1}: expected one of the keys "shortTitle", "summary", "responsibilitySection", "checked", "publication" at services-trade, found the key "shorttitle" (did you mean "shortTitle"?)`,
  },
  // ── Escapes: the character policy holds for the decoded value ──
  {
    name: 'a right-to-left override written as a YAML escape',
    file: REGISTRY,
    breakIt: (t) => once(t, '    en: Ministry of Commerce\n', '    en: "Ministry of \\u202ECommerce"\n'),
    message: `${REGISTRY}:${lineOf(REGISTRY, '    en: Ministry of Commerce')}: expected no invisible or unusual character in a text (a curated file admits none) at agencies.0.en, found U+202E RIGHT-TO-LEFT OVERRIDE`,
  },
  {
    name: 'a zero-width space written as a YAML escape in the glossary',
    file: GLOSSARY,
    breakIt: (t) => once(t, '  en: Single Window\n', '  en: "Single\\u200BWindow"\n'),
    message: `${GLOSSARY}:${lineOf(GLOSSARY, '  en: Single Window')}: expected no invisible or unusual character in a text (a curated file admits none) at ${readFileSync(
      join(ROOT, GLOSSARY),
      'utf8',
    )
      .split('\n')
      .filter((l) => l.startsWith('- zh: '))
      .indexOf('- zh: 单一窗口')}.en, found U+200B ZERO WIDTH SPACE`,
  },
  {
    name: 'a NUL written as a YAML escape in a translation',
    file: TRADE_TASKS,
    breakIt: (t) => t.replace(/\n {4}en: "/, '\n    en: "\\0'),
    message: `${TRADE_TASKS}:${lineOf(TRADE_TASKS, '    en: ')}: expected no invisible or unusual character in a text (a curated file admits none) at 1.text.en, found U+0000 NULL`,
  },
  {
    name: 'an escape character written as a YAML escape in the priorities',
    file: PRIORITIES,
    breakIt: (t) => once(t, '    en: Differentiated pilot task\n', '    en: "Differentiated\\e pilot task"\n'),
    message: `${PRIORITIES}:${lineOf(PRIORITIES, '    en: Differentiated pilot task')}: expected no invisible or unusual character in a text (a curated file admits none) at differentiated.label.en, found U+001B ESCAPE`,
  },
  {
    name: 'a right-to-left override written as a JSON escape in the manifest',
    file: MANIFEST,
    breakIt: (t) => once(t, '"title": "厦门市人民政府关于', '"title": "\\u202E厦门市人民政府关于'),
    message: `${MANIFEST}:${lineOf(MANIFEST, '      "title": "厦门市人民政府关于')}: expected no invisible or unusual character in a text (a curated file admits none) at documents.1.title, found U+202E RIGHT-TO-LEFT OVERRIDE`,
  },
  {
    name: 'a zero-width joiner in a key',
    file: EDITORIAL,
    breakIt: (t) => once(t, 'services-trade:\n', '"services-\\u200Dtrade":\n'),
    message: `${EDITORIAL}:${lineOf(EDITORIAL, 'services-trade:')}: expected no invisible or unusual character in a key (a curated file admits none) at services-\u200Dtrade, found U+200D ZERO WIDTH JOINER`,
  },
  // ── Structure the reader does not expect ──
  {
    name: 'two YAML documents in one file',
    file: GLOSSARY,
    breakIt: (t) => `${t}---\n- zh: 另一\n  en: another\n`,
    message: `${GLOSSARY}:${readFileSync(join(ROOT, GLOSSARY), 'utf8').split('\n').length}: expected one YAML document in the file, found a second one`,
  },
  {
    name: 'a glossary term with no letter or digit',
    file: GLOSSARY,
    breakIt: (t) => `${t}- zh: "、"\n  en: enumeration comma\n`,
    message: `${GLOSSARY}:${readFileSync(join(ROOT, GLOSSARY), 'utf8').split('\n').length}: expected a term with at least one letter or digit at ${(readFileSync(join(ROOT, GLOSSARY), 'utf8').match(/^- zh: /gm) ?? []).length}.zh, found "、"`,
  },
  {
    name: 'a YAML anchor and alias',
    file: REGISTRY,
    breakIt: (t) => once(t, '    en: Ministry of Commerce\n', '    en: &name Ministry of Commerce\n'),
    message: `${REGISTRY}:${lineOf(REGISTRY, '    en: Ministry of Commerce')}: expected no anchor (write each value out in full), found &name`,
  },
  {
    name: 'a YAML tag',
    file: REGISTRY,
    breakIt: (t) => once(t, '    en: Ministry of Commerce\n', '    en: !!binary TWluaXN0cnk=\n'),
    message: `${REGISTRY}:${lineOf(REGISTRY, '    en: Ministry of Commerce')}:${'    en: !!binary TWluaXN0cnk='.length + 1}: expected well-formed YAML, found unknown tag !<tag:yaml.org,2002:binary>`,
  },
  {
    name: 'a registry emptied',
    file: REGISTRY,
    breakIt: () => '# nothing\n',
    message: `${REGISTRY}:1: expected a mapping, found an empty file`,
  },
  {
    name: 'an unquoted date where a text belongs: YAML keeps it a text',
    file: REGISTRY,
    breakIt: (t) => once(t, '    en: Ministry of Commerce\n', '    en: Ministry of Commerce\n    note: 2026-03-24\n'),
    message: null,
  },
  // ── Harmless variants of the new inputs ──
  {
    name: 'UI strings with CRLF line ends and a byte-order mark',
    file: UI_EN,
    breakIt: (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`,
    message: null,
  },
  {
    name: 'translation notes with CRLF line ends and trailing spaces',
    file: NOTES,
    breakIt: (t) => t.replace(/\n/g, ' \r\n'),
    message: null,
  },
];

/**
 * Faults of the file system's shape: each arranges the scratch project one
 * way, and gives the exact message, or null for a shape that must pass.
 * `arrange` returns what puts things back.
 */
interface LayoutFault {
  name: string;
  arrange: (dir: string) => () => void;
  /** The message (a function of the scratch project's folder, where it names a path in it), or null. */
  message: ((dir: string) => string) | string | null;
}

/** Where a file is put aside while a fault stands in its place: outside the project, so nothing reads it. */
const asideOf = (dir: string, file: string) => `${dir}-aside/${file.replaceAll('/', '_')}`;

/** Puts a file aside and something else in its place (given where the file went); the undo removes that and puts the file back. */
const replaceWith = (file: string, put: (path: string, aside: string) => void) => (dir: string) => {
  const path = join(dir, file);
  const aside = asideOf(dir, file);
  mkdirSync(dirname(aside), { recursive: true });
  renameSync(path, aside);
  put(path, aside);
  return () => {
    rmSync(path, { recursive: true, force: true });
    renameSync(aside, path);
  };
};

/** Adds a file; the undo removes it. */
const addFile =
  (file: string, text = '') =>
  (dir: string) => {
    writeFileSync(join(dir, file), text);
    return () => rmSync(join(dir, file), { force: true });
  };

const LAYOUT_FAULTS: LayoutFault[] = [
  {
    name: 'a folder where the registry belongs',
    arrange: replaceWith(REGISTRY, (path) => mkdirSync(path)),
    message: `${REGISTRY}:1: expected a regular file, found a folder`,
  },
  {
    name: 'a symbolic link for a translation file',
    arrange: replaceWith(TRADE_TASKS, (path, aside) => symlinkSync(aside, path)),
    message: (dir) =>
      `${TRADE_TASKS}:1: expected a regular file, found a symbolic link to "${asideOf(dir, TRADE_TASKS)}" (copy the file in: the content step follows no link)`,
  },
  {
    name: 'a symbolic link for a seed',
    arrange: replaceWith(OPENING, (path, aside) => symlinkSync(aside, path)),
    message: (dir) =>
      `${OPENING}:1: expected a regular file, found a symbolic link to "${asideOf(dir, OPENING)}" (copy the file in: the content step follows no link)`,
  },
  {
    name: 'a file where the folder of English translations belongs',
    arrange: replaceWith('content/translations/en', (path) => writeFileSync(path, '')),
    message: 'content/translations/en:1: expected a folder, found a file',
  },
  {
    name: 'a file where the folder of a document’s translations belongs',
    arrange: replaceWith('content/translations/en/services-trade', (path) => writeFileSync(path, '')),
    message: 'content/translations/en/services-trade:1: expected a folder, found a file',
  },
  {
    name: 'a tasks.yml beside tasks.yaml',
    arrange: addFile('content/translations/en/services-trade/tasks.yml', '"1":\n  "text":\n    source: 0000000000000000\n    en: x\n'),
    message:
      'content/translations/en/services-trade/tasks.yml:1: expected only the translation files of a document (document.yaml, tasks.yaml), found a file nothing reads',
  },
  {
    name: 'a glossary.yml beside glossary.yaml',
    arrange: addFile('content/glossary.yml', '- zh: 单一窗口\n  en: one-stop window\n'),
    message: `content/glossary.yml:1: expected a file the content step reads (agencies.yaml, documents.yaml, priorities.yaml, glossary.yaml, translation-notes.yaml, synonyms.yaml, site.yaml, changes.yaml, translations, generated, generated.tmp), found a file nothing reads`,
  },
  {
    name: 'a seed the manifest does not list',
    arrange: addFile('seeds/004_extra.txt', '附件\n'),
    message:
      'seeds/004_extra.txt:1: expected the manifest and the seeds it lists (manifest.json, 000_0b1b6885711b46b3.txt, 003_fb70ce431c18d979.txt), found a file nothing reads',
  },
  {
    name: 'translations for a document the manifest does not list',
    arrange: (dir) => {
      mkdirSync(join(dir, 'content/translations/en/services-extra'));
      return () => rmSync(join(dir, 'content/translations/en/services-extra'), { recursive: true, force: true });
    },
    message:
      'content/translations/en/services-extra:1: expected a folder for each document of the manifest (services-trade, services-opening), found a file nothing reads',
  },
  {
    name: 'UI strings of a language the site does not publish',
    arrange: addFile('src/i18n/fr.json', '{}\n'),
    message:
      'src/i18n/fr.json:1: expected the UI strings of a language of the site, and their code (index.ts, page-language.ts, schema.ts, zh.json, en.json), found a file nothing reads',
  },
  {
    name: 'a missing file of UI strings',
    arrange: replaceWith(UI_EN, () => undefined),
    message: `${UI_EN}:1: expected a file here, found none`,
  },
  {
    name: 'an editor’s hidden file beside the registry: ignored',
    arrange: addFile('content/.agencies.yaml.swp', 'x'),
    message: null,
  },
];

const dir = scratchProject('faults-');
afterAll(() => {
  removeScratch(dir);
  rmSync(`${dir}-aside`, { recursive: true, force: true });
});

/** What the content step says of the inputs in `dir`: a message, or null. */
async function verdict(): Promise<string | null> {
  try {
    await checkContent(dir);
    return null;
  } catch (error) {
    if (error instanceof SourceError || error instanceof TranslationError) return error.message;
    throw error;
  }
}

describe('the table of faults of the file system’s shape', () => {
  for (const fault of LAYOUT_FAULTS) {
    test(fault.name, async () => {
      const undo = fault.arrange(dir);
      try {
        const message = typeof fault.message === 'function' ? fault.message(dir) : fault.message;
        expect(await verdict()).toBe(message);
      } finally {
        undo();
      }
    });
  }
});

describe('the table of faults', () => {
  test('the real inputs pass', async () => {
    expect(await verdict()).toBeNull();
  });

  for (const fault of FAULTS) {
    test(`${fault.name} (${fault.file})`, async () => {
      const changes = [{ file: fault.file, breakIt: fault.breakIt }, ...(fault.with ?? [])];
      const originals = changes.map(({ file }) => readFileSync(join(dir, file)));
      try {
        changes.forEach(({ file, breakIt }, i) => writeFileSync(join(dir, file), breakIt((originals[i] as Buffer).toString('utf8'))));
        expect(await verdict()).toBe(fault.message);
      } finally {
        changes.forEach(({ file }, i) => writeFileSync(join(dir, file), originals[i] as Buffer));
      }
    });
  }
});
