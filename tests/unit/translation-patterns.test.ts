import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { glossarySchema } from '../../src/lib/schema/translation.ts';
import {
  applyExceptions,
  calqueViolations,
  calquesSchema,
  englishFields,
  englishPattern,
  holdsRendering,
  modalityTableSchema,
  modalityViolations,
  phraseRenderings,
  quotedChinese,
  recurringPhrases,
  translationFileEntries,
  type Calque,
  type ModalityWord,
  type TranslatedText,
} from '../../src/lib/translate/patterns.ts';
import { sourceHash } from '../../src/lib/text/source-hash.ts';
import { readProjectFile, ROOT } from '../helpers/paths.ts';
import { units } from '../helpers/pipeline.ts';

// The real files, read directly from the repository: the tables, the translation, and every other English a reader sees.
const modality = modalityTableSchema.parse(yaml.load(readProjectFile('content/translations/modality.yaml')));
const calques = calquesSchema.parse(yaml.load(readProjectFile('content/translations/calques.yaml')));
const glossary = glossarySchema.parse(yaml.load(readProjectFile('content/glossary.yaml')));
const TRANSLATIONS = 'content/translations/en';
const files = readdirSync(join(ROOT, TRANSLATIONS)).flatMap((document) =>
  readdirSync(join(ROOT, TRANSLATIONS, document))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => {
      const text = readProjectFile(`${TRANSLATIONS}/${document}/${file}`);
      return { path: `${document}/${file}`, text, ...translationFileEntries(`${document}/${file}`, text, yaml.load(text), sourceHash) };
    }),
);
const entries = files.flatMap((f) => f.entries);
const entry = (path: string, key: string) => entries.find((e) => `${e.document}/${e.file}` === path && e.key === key)!;
/** English a reader sees outside the translation; these texts explain renderings and may name a calque in quotation marks. */
const otherEnglish: [string, string][] = [
  ...['content/agencies.yaml', 'content/glossary.yaml', 'content/translation-notes.yaml', 'content/priorities.yaml', 'content/documents.yaml'].flatMap((file) =>
    englishFields(file, yaml.load(readProjectFile(file))),
  ),
  ...englishFields('src/i18n/en.json', JSON.parse(readProjectFile('src/i18n/en.json')), { all: true }),
];

const effort: ModalityWord[] = [
  { zh: '推动', means: 'an effort', en: ['promot*', 'advance', 'push*'] },
  { zh: '加快推动', means: 'a faster effort', en: ['accelerat*', 'speed* up'] },
  { zh: '可', means: 'a permission', en: ['may', 'can'], not: ['许可'] },
  { zh: '拟', means: 'an intention', en: ['intend*'], not: ['模拟'] },
];
const empower: Calque = { id: 'empower', zh: '赋能', en: ['empower*'], why: 'takes a person as its object', instead: 'give impetus to' };
const barrierFree: Calque = {
  id: 'barrier-free',
  zh: '无障碍',
  en: ['barrier-free'],
  why: 'access for disability',
  instead: 'easy access',
  unless: ['disab*'],
};

describe('englishPattern', () => {
  test('matches whole words without regard to case, * standing for further letters', () => {
    expect(englishPattern('promot*').test('Promoting alignment')).toBe(true);
    expect(englishPattern('promot*').test('a promotion event')).toBe(true);
    expect(englishPattern('advance').test('Advance the pilot')).toBe(true);
    expect(englishPattern('may').test('it may be deemed')).toBe(true);
  });

  test('does not match inside another word, or another form without *', () => {
    expect(englishPattern('advance').test('advanced manufacturing')).toBe(false);
    expect(englishPattern('may').test('mayor')).toBe(false);
    expect(englishPattern('can').test('significant')).toBe(false);
    expect(englishPattern('tighten* responsibilit*').test('tighten the responsibilities')).toBe(false);
    expect(englishPattern('tighten* the responsibilit*').test('tightening the  responsibilities')).toBe(true);
  });
});

describe('modalityViolations', () => {
  test('fails an effort rendered as an outcome: 推动境内外管理规范相通相容 is not “making … compatible”', () => {
    expect(modalityViolations('推动境内外管理规范相通相容', 'Making domestic and overseas management rules connected and compatible', effort)).toEqual([
      { zh: '推动', means: 'an effort', allowed: ['promot*', 'advance', 'push*'] },
    ]);
    expect(
      modalityViolations('推动境内外管理规范相通相容', 'Promoting alignment and compatibility between domestic and overseas management rules', effort),
    ).toEqual([]);
  });

  test('fails a permission made a rule: 可视同 is “may be deemed”, not “deemed”', () => {
    const zh = '其在境外的从业经历可视同国内从业经历';
    expect(modalityViolations(zh, 'with their overseas work experience deemed equivalent', effort).map((v) => v.zh)).toEqual(['可']);
    expect(modalityViolations(zh, 'and their overseas work experience may be deemed equivalent', effort)).toEqual([]);
  });

  test('fails 推动 rendered with the word of another (encourage) or an outcome (ensure)', () => {
    expect(modalityViolations('推动设计单位提供全过程咨询服务', 'encourage design firms to provide whole-process consulting', effort).map((v) => v.zh)).toEqual(
      ['推动'],
    );
    expect(modalityViolations('推动试点任务落地见效', 'ensure that the pilot tasks deliver results', effort).map((v) => v.zh)).toEqual(['推动']);
  });

  test('lets a longer word of the table take precedence over a shorter one inside it', () => {
    expect(modalityViolations('加快推动“单一窗口”功能拓展', 'speed up efforts to extend the Single Window', effort)).toEqual([]);
    expect(modalityViolations('加快推动“单一窗口”功能拓展', 'extend the Single Window', effort).map((v) => v.zh)).toEqual(['加快推动']);
  });

  test('does not count a word inside another that the table names under not: 模拟器 holds no 拟, 工作许可 no 可', () => {
    expect(modalityViolations('使用低空飞行模拟器开展培训', 'use low-altitude flight simulators for training', effort)).toEqual([]);
    expect(modalityViolations('办理工作许可', 'facilitate work permits', effort)).toEqual([]);
    expect(modalityViolations('对拟在试点地区筹建分公司的企业', 'enterprises that plan to set up branches', effort).map((v) => v.zh)).toEqual(['拟']);
  });
});

describe('applyExceptions', () => {
  const at = { document: 'services-opening', file: 'document.yaml', key: 'parts.notice.sections.notice.paragraphs.0' };
  const exception = { ...at, zh: '研究', reason: '研究通过 is deliberated and adopted by a meeting' };

  test('drops the violations a reviewed exception covers, and keeps the rest', () => {
    const other = { ...at, key: 'parts.plan.sections.1-1.paragraphs.0', zh: '研究' };
    expect(applyExceptions([{ ...at, zh: '研究' }, other], [exception])).toEqual({ violations: [other], unused: [] });
  });

  test('names an exception that covers nothing, so that the list stays as reviewed', () => {
    expect(applyExceptions([], [exception])).toEqual({ violations: [], unused: [exception] });
    expect(applyExceptions([{ ...at, zh: '可' }], [exception]).unused).toEqual([exception]);
  });
});

describe('calqueViolations', () => {
  test('finds a calque in any form, and says why and what to write', () => {
    expect(calqueViolations('Empowering the opening-up of new forms of business', [empower])).toEqual([
      { id: 'empower', found: 'Empowering', why: 'takes a person as its object', instead: 'give impetus to' },
    ]);
    expect(calqueViolations('give impetus to industrial upgrading', [empower])).toEqual([]);
  });

  test('allows a rendering where the same text holds a word that makes it right', () => {
    expect(calqueViolations('promote barrier-free access to medical care for overseas patients', [barrierFree]).map((v) => v.id)).toEqual(['barrier-free']);
    expect(calqueViolations('barrier-free facilities for people with disabilities', [barrierFree])).toEqual([]);
  });

  test('lets a note name a calque in quotation marks, but not a translation', () => {
    const note = 'In English “empower” takes people as its object, not industries.';
    expect(calqueViolations(note, [empower], { mentions: true })).toEqual([]);
    expect(calqueViolations(note, [empower]).map((v) => v.found)).toEqual(['empower']);
    expect(calqueViolations('we never empower an industry', [empower], { mentions: true }).map((v) => v.found)).toEqual(['empower']);
  });
});

describe('recurringPhrases', () => {
  const cut = (zh: string) => zh.match(/符合条件的|职业资格|机构|医师|支持|允许|取得|境外|[^]/gu) ?? [];
  const texts: TranslatedText[] = [
    { where: 'a', zh: '支持符合条件的机构', en: 'Support eligible institutions' },
    { where: 'b', zh: '符合条件的医师取得职业资格', en: 'eligible doctors obtain vocational qualifications' },
    { where: 'c', zh: '允许取得境外职业资格的医师', en: 'allow doctors with overseas professional qualifications' },
    { where: 'c again', zh: '允许取得境外职业资格的医师', en: 'allow doctors with overseas professional qualifications' },
  ];

  test('finds the phrases in at least min distinct Chinese texts, a text that occurs twice counting once', () => {
    expect(recurringPhrases(texts, cut, { min: 2 }).map((p) => [p.zh, p.texts.map((t) => t.where)])).toEqual([
      ['符合条件的', ['a', 'b']],
      ['职业资格', ['b', 'c']],
      ['医师', ['b', 'c']],
      ['取得', ['b', 'c']],
    ]);
    expect(recurringPhrases(texts, cut, { min: 3 })).toEqual([]);
  });

  test('leaves out a phrase that only occurs inside a longer one of the same texts', () => {
    const twice = [texts[1]!, { where: 'd', zh: '符合条件的医师取得职业资格后执业', en: '' }];
    expect(recurringPhrases(twice, cut, { min: 2 }).map((p) => p.zh)).toEqual(['符合条件的医师取得职业资格']);
  });
});

describe('phraseRenderings', () => {
  test('gives the English a phrase is rendered with, and shows when its texts render it two ways', () => {
    const texts: TranslatedText[] = [
      { where: 'a', zh: '符合条件的机构', en: 'eligible institutions' },
      { where: 'b', zh: '符合条件的医师', en: 'eligible doctors' },
      { where: 'c', zh: '符合条件的企业', en: 'qualified enterprises' },
      { where: 'd', zh: '合格机构', en: 'qualified institutions' },
    ];
    const [best] = phraseRenderings(texts.slice(0, 3), texts);
    expect(best).toEqual({ en: 'eligible', count: 2, overall: 2 });
    expect(
      texts
        .slice(0, 3)
        .filter((t) => !holdsRendering(t.en, best!.en))
        .map((t) => t.where),
    ).toEqual(['c']);
  });
});

describe('quotedChinese', () => {
  test('gives the Chinese each entry quotes, by its key path, and ignores the file header and a stale mark', () => {
    const text = [
      '# English translation: services-trade/tasks.yaml',
      '"12":',
      '  "text":',
      '    # 支持符合条件的港澳台银行业、保险业企业设立分支机构。',
      '    # STALE: the Chinese changed; re-translate, then set source to 0000000000000000',
      '    source: 5dc60f23b849f56b',
      '    en: "Support eligible …"',
      '"table":',
      '  "columns":',
      '    "0":',
      '      # 试点任务',
      '      source: 568c85eedb0ff9f3',
    ].join('\n');
    expect(quotedChinese(text)).toEqual(
      new Map([
        ['12.text', '支持符合条件的港澳台银行业、保险业企业设立分支机构。'],
        ['table.columns.0', '试点任务'],
      ]),
    );
  });
});

describe('translationFileEntries', () => {
  const text = `"7":\n  "text":\n    # 促进数据要素流通交易。\n    source: ${sourceHash('促进数据要素流通交易。')}\n    en: "Promote the circulation and trading of data as a factor of production."\n`;

  test('pairs each entry with the Chinese its comment quotes', () => {
    expect(translationFileEntries('services-opening/tasks.yaml', text, yaml.load(text), sourceHash)).toEqual({
      entries: [
        {
          document: 'services-opening',
          file: 'tasks.yaml',
          key: '7.text',
          where: 'services-opening/tasks.yaml: 7.text',
          zh: '促进数据要素流通交易。',
          en: 'Promote the circulation and trading of data as a factor of production.',
        },
      ],
      problems: [],
    });
  });

  test('refuses a quotation that does not match the entry’s fingerprint', () => {
    const edited = text.replace('# 促进数据要素流通交易。', '# 促进数据流通。');
    const { entries: found, problems } = translationFileEntries('services-opening/tasks.yaml', edited, yaml.load(edited), sourceHash);
    expect(found).toEqual([]);
    expect(problems).toEqual([
      `services-opening/tasks.yaml: 7.text: expected a comment quoting the Chinese of source ${sourceHash('促进数据要素流通交易。')}, found "促进数据流通。"`,
    ]);
  });
});

describe('englishFields', () => {
  test('gives the English of a curated file by its path, and every value of a file of UI strings', () => {
    const priorities = { differentiated: { label: { zh: '差异化试点任务', en: 'Differentiated pilot task' } } };
    expect(englishFields('content/priorities.yaml', priorities)).toEqual([['content/priorities.yaml: differentiated.label.en', 'Differentiated pilot task']]);
    expect(englishFields('src/i18n/en.json', { 'nav.home': 'Home' }, { all: true })).toEqual([['src/i18n/en.json: nav.home', 'Home']]);
  });
});

describe('the translation files', () => {
  test('quote, above every entry, the Chinese its fingerprint was taken of', () => {
    expect(files.flatMap((f) => f.problems)).toEqual([]);
    const sources = files.reduce((n, f) => n + (f.text.match(/^\s*source: /gm)?.length ?? 0), 0);
    expect(entries).toHaveLength(sources);
    expect(entries.length).toBe(units.length);
  });
});

describe('modality in the English edition', () => {
  test('the table holds the words of modality and effort, each with its renderings, and every word occurs in the Chinese', () => {
    for (const zh of ['拟', '可', '研究', '探索', '推动', '鼓励', '支持', '允许', '力争', '加快'])
      expect(
        modality.words.map((w) => w.zh),
        zh,
      ).toContain(zh);
    expect(modality.words.map((w) => w.zh).filter((zh, i, all) => all.indexOf(zh) !== i)).toEqual([]);
    expect(modality.words.filter((w) => !entries.some((e) => e.zh.includes(w.zh))).map((w) => w.zh)).toEqual([]);
    expect(modality.words.find((w) => w.zh === '拟')!.en).toContain('intend*');
  });

  test('keeps every word of modality and effort of the Chinese, but where a reviewed exception says why not', () => {
    const { violations, unused } = applyExceptions(
      entries.flatMap((e) => modalityViolations(e.zh, e.en, modality.words).map((v) => ({ ...e, ...v }))),
      modality.exceptions,
    );
    expect(violations.map((v) => `${v.where}: ${v.zh} (${v.means}) has none of ${v.allowed.join(', ')}`)).toEqual([]);
    expect(unused.map((e) => `${e.document}/${e.file}: ${e.key}: ${e.zh}`)).toEqual([]);
  });

  test('renders the issue’s examples as efforts and permissions', () => {
    expect(entry('services-opening/document.yaml', 'parts.attachment.categories.12').en).toMatch(/^Promoting alignment/);
    expect(entry('services-trade/tasks.yaml', '22.text').en).toContain('may be deemed equivalent');
    expect(entry('services-trade/tasks.yaml', '23.text').en).toContain('may be deemed equivalent');
    expect(entry('services-opening/tasks.yaml', '74.text').en).toContain('intend to set up');
  });
});

describe('calques in the English a reader sees', () => {
  test('the list refuses the calques the reviewers found, each with its reason and what to write', () => {
    for (const [id, text] of [
      ['empower', 'empower industrial upgrading'],
      ['tighten-responsibilities', 'tighten the responsibilities of the local authorities'],
      ['vitality', 'innovation vitality'],
      ['the-locality', 'Support the locality in participating'],
      ['barrier-free', 'barrier-free access to medical care for people from overseas'],
    ])
      expect(calqueViolations(text!, calques).map((v) => v.id)).toContain(id);
    expect(new Set(calques.map((c) => c.id)).size).toBe(calques.length);
  });

  test('occur in no translation entry', () => {
    expect(entries.flatMap((e) => calqueViolations(e.en, calques).map((v) => `${e.where}: "${v.found}" (${v.id}) → ${v.instead}`))).toEqual([]);
  });

  test('occur in no registry name, glossary entry, note, badge, document summary or UI string, other than named in quotation marks', () => {
    expect(otherEnglish.length).toBeGreaterThan(300);
    expect(otherEnglish.flatMap(([where, text]) => calqueViolations(text, calques, { mentions: true }).map((v) => `${where}: "${v.found}" (${v.id})`))).toEqual(
      [],
    );
  });
});

describe('one phrase, one rendering', () => {
  const texts = [...new Map(entries.map((e) => [e.zh, e])).values()];
  const jieba = Jieba.withDict(dict);
  const phrases = recurringPhrases(texts, (zh) => jieba.cut(zh, false));

  test('the glossary fixes the phrases the reviewers found rendered several ways', () => {
    for (const [zh, en] of [
      ['职业资格', 'vocational qualification'],
      ['职称评审', 'professional title evaluation'],
      ['符合条件的', 'eligible'],
      ['境外人员', 'overseas individuals'],
      ['备案', 'filing'],
    ])
      expect(glossary.find((term) => term.zh === zh)?.en, zh).toBe(en);
  });

  test('the report finds them recurring, each now with one rendering common to all its texts', () => {
    for (const zh of ['职业资格', '符合条件', '备案', '境外人员']) {
      const phrase = phrases.find((p) => p.zh === zh);
      expect(phrase, zh).toBeDefined();
      const [best] = phraseRenderings(phrase!.texts, texts);
      expect(phrase!.texts.filter((t) => !holdsRendering(t.en, best!.en)).map((t) => `${zh} → "${best!.en}": ${t.where}`)).toEqual([]);
    }
  });
});
