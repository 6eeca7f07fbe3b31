import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import zh from '../../src/i18n/zh.json' with { type: 'json' };
import { HAN } from '../../src/lib/translate/checks.ts';
import { translationLookup } from '../../src/lib/translate/lookup.ts';
import { styleViolations } from '../../src/lib/translate/style.ts';
import { unitToName } from '../../src/lib/translate/units.ts';
import { translationNoteSchema, type NoteTarget } from '../../src/lib/schema/translation.ts';
import { corpus } from '../helpers/corpus.ts';
import { inputs } from '../helpers/inputs.ts';
import { units } from '../helpers/pipeline.ts';
import { readProjectFile } from '../helpers/paths.ts';

const lookup = translationLookup(units, inputs.translations.files);
const notes = translationNoteSchema.array().parse(yaml.load(readProjectFile('content/translation-notes.yaml')));

/** Every English string of a hand-curated YAML file: the values under `en` and `note` keys, named by their path. */
function englishOf(file: string): [string, string][] {
  const found: [string, string][] = [];
  const walk = (node: unknown, path: string[]) => {
    if (typeof node === 'string') {
      if (path.some((key) => key === 'en' || key === 'note' || key === 'enSource')) found.push([`${file}: ${path.join('.')}`, node]);
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) walk(value, [...path, key]);
    }
  };
  walk(yaml.load(readProjectFile(file)), []);
  return found;
}

/** Every English text a reader can see: the translation, the UI strings, the registry, glossary, priorities, documents and translation notes. */
const english: [string, string][] = [
  ...units.map((unit): [string, string] => [unitToName(unit), lookup(unit)]),
  ...Object.entries(en).map(([key, value]): [string, string] => [`src/i18n/en.json: ${key}`, value]),
  ...[
    'content/agencies.yaml',
    'content/glossary.yaml',
    'content/priorities.yaml',
    'content/documents.yaml',
    'content/translation-notes.yaml',
    'content/synonyms.yaml',
    'content/changes.yaml',
  ].flatMap(englishOf),
];

describe('styleViolations', () => {
  test('finds British spellings and names the American one', () => {
    expect(styleViolations('the issuance of electronic licences').map((v) => [v.found, v.fix])).toEqual([['licences', 'license']]);
    expect(styleViolations('travelling to Xiamen').map((v) => v.found)).toEqual(['travelling']);
    expect(
      styleViolations('optimise the catalogue')
        .map((v) => v.found)
        .sort(),
    ).toEqual(['catalogue', 'optimise']);
    expect(styleViolations('Co-operating units').map((v) => v.rule)).toEqual(['spelling']);
    expect(styleViolations('Optimize the license catalog; enterprises exercise, raise and promise; install the controller')).toEqual([]);
  });

  test('wants "opening-up" as a noun and "opening up" only with an object', () => {
    expect(styleViolations('further expand opening up in the sector').map((v) => v.rule)).toEqual(['opening-up']);
    expect(styleViolations('in the opening up of the services sector').map((v) => v.rule)).toEqual(['opening-up']);
    expect(styleViolations('expand opening-up; opening up the services sector; the opening-up of finance')).toEqual([]);
    expect(styleViolations('keep opening-up the services sector').map((v) => v.rule)).toEqual(['opening-up']);
  });

  test('wants "the" before an official name in running text', () => {
    expect(styleViolations("Notice of Xiamen Municipal People's Government on Issuing the Plan").map((v) => v.fix)).toEqual([
      '"the Xiamen Municipal People\'s Government"',
    ]);
    expect(styleViolations("Notice of the Xiamen Municipal People's Government; State Council documents")).toEqual([]);
    expect(styleViolations("Xiamen Municipal People's Government Document")).toEqual([]);
    expect(styleViolations('issued by State Council in 2025').map((v) => v.rule)).toEqual(['article']);
  });

  test('wants lists without "etc.", percentages as 50%, and dates day first', () => {
    expect(styleViolations('finance, insurance, etc.').map((v) => v.rule)).toEqual(['etc']);
    expect(styleViolations('up to 50 % or 50 per cent').map((v) => v.rule)).toEqual(['percent']);
    expect(styleViolations('Printed on March 24, 2026').map((v) => v.rule)).toEqual(['date']);
    expect(styleViolations('up to 50%, printed on 24 March 2026')).toEqual([]);
  });
});

describe('the house style', () => {
  test('holds in every English text a reader sees', () => {
    expect(english.length).toBeGreaterThan(500);
    const broken = english.flatMap(([where, text]) => styleViolations(text).map((v) => `${where}: ${v.rule} "${v.found}" → ${v.fix}`));
    expect(broken).toEqual([]);
  });

  test('writes every document number as the source has it: 厦府〔2026〕88号 → Xia Fu [2026] No. 88', () => {
    const numbered = units.filter((unit) => /〔\d{4}〕\d+号/.test(unit.zh));
    expect(numbered.length).toBeGreaterThanOrEqual(2);
    const wrong = numbered.flatMap((unit) =>
      [...unit.zh.matchAll(/〔(\d{4})〕(\d+)号/g)]
        .filter(([, year, n]) => !lookup(unit).includes(`[${year}] No. ${n}`))
        .map(([number]) => `${unitToName(unit)}: ${number}`),
    );
    expect(wrong).toEqual([]);
  });

  test('shows no Chinese character in any English string outside the marked fields', () => {
    // The registry's and priorities' Chinese live in their own fields (names, zh, remark); only English is checked here.
    // The language switch names Chinese in Chinese, and marks it lang="zh-CN".
    // The synonym table's notes are for its reviewers, and quote the Chinese words they explain.
    const quotesChinese = (where: string) => where.endsWith('langSwitch.text') || where.startsWith('content/synonyms.yaml: ');
    expect(english.filter(([where, text]) => HAN.test(text) && !quotesChinese(where)).map(([where]) => where)).toEqual([]);
  });
});

describe('agency names', () => {
  test('never contain a comma, which would read as a list separator', () => {
    expect(inputs.registry.agencies.filter((a) => a.en.includes(',')).map((a) => a.en)).toEqual([]);
  });

  test('read in the closing block of the 2026 notice exactly as the registry writes them', () => {
    const unit = units.find((u) => u.file === 'services-opening/document.yaml' && u.path.join('.') === 'parts.closing.related-units.text')!;
    const found = inputs.registry.agencies.flatMap((a) => a.names.filter((name) => unit.zh.includes(name)).map((name) => ({ name, agency: a })));
    // 人民银行 is inside 人民银行厦门市分行: a name inside a longer name found there is not listed on its own.
    const named = found.filter(({ name }) => !found.some((other) => other.name !== name && other.name.includes(name))).map(({ agency }) => agency);
    expect(named.length).toBe(13);
    expect(named.filter((a) => !lookup(unit).includes(a.en)).map((a) => a.en)).toEqual([]);
  });
});

describe('labels that say no more than the source', () => {
  test('keep the intention of every remark that states one (拟), in both languages', () => {
    const remarks = Object.entries(inputs.priorities.remarks);
    expect(remarks.length).toBe(3);
    for (const [id, kind] of remarks) {
      expect(kind.remark.startsWith('拟'), id).toBe(true);
      expect(kind.label.zh, id).toContain('拟');
      expect(kind.label.en, id).toMatch(/^(?:Intended|Proposed)\b/);
      expect(kind.description.en, id).toMatch(/\b(?:intended|proposed)\b/);
    }
  });

  test('call the higher bodies of the services-trade table what it calls them: they make policy or support and guide, they do not supervise', () => {
    const labels = Object.entries(en).filter(([key]) => /supervis/i.test(key));
    expect(labels.length).toBeGreaterThan(3);
    expect(labels.filter(([, value]) => /supervis/i.test(value)).map(([key]) => key)).toEqual([]);
    expect(zh['task.supervising']).not.toBe('上级指导部门');
    expect(zh['task.supervisingFull']).toBe(
      corpus.documents
        .find((d) => d.id === 'services-trade')!
        .parts.flatMap((p) => (p.kind === 'items' ? p.columns : []))
        .find((c) => c.field === 'supervising')?.heading.zh,
    );
  });
});

describe('the translation notes', () => {
  /** The Chinese of the place a note is about. */
  function chineseOf(target: NoteTarget): string | undefined {
    if ('task' in target) {
      const task = corpus.tasks.find((t) => t.document === target.document && t.key === target.task);
      return task && [task.text.zh, ...Object.values(task.details).map((d) => d.zh)].join('\n');
    }
    const document = corpus.documents.find((d) => d.id === target.document);
    const sections = corpus.sections.filter((s) => s.document === target.document);
    const sectionText = (s: (typeof sections)[number]) => [s.heading?.zh ?? '', ...s.paragraphs.map((p) => p.zh)].join('\n');
    if ('part' in target) {
      // A part's own texts: its passages, its columns, and the sections of prose it holds.
      const part = document?.parts.find((p) => p.key === target.part);
      return (
        part &&
        [
          ...part.blocks.flatMap((b) => (b.kind === 'passage' ? [b.text.zh] : [])),
          ...(part.kind === 'items' ? part.columns.map((c) => c.heading.zh) : []),
          ...sections.filter((s) => s.part === part.key).map(sectionText),
        ].join('\n')
      );
    }
    const section = sections.find((s) => s.key === target.section);
    return section && sectionText(section);
  }

  test('are each about places where the Chinese they explain occurs', () => {
    expect(notes.length).toBeGreaterThanOrEqual(10);
    // 场景 and 高地 are explained once for the several ways we render them; every other note names the phrase itself.
    const wrong = notes.flatMap((note) =>
      note.about.filter((target) => !chineseOf(target)?.includes(note.zh)).map((target) => `${note.id}: ${JSON.stringify(target)}`),
    );
    expect(wrong).toEqual([]);
  });

  test('explain the major correction: 随批随进 is admission to a hospital, not import', () => {
    const note = notes.find((n) => n.zh === '随批随进')!;
    expect(note.about).toEqual([{ document: 'services-opening', task: '20' }]);
    const task20 = units.find((u) => u.file === 'services-opening/tasks.yaml' && u.path.join('.') === '20.text')!;
    expect(lookup(task20)).toContain('admitted for use at designated medical institutions');
    expect(lookup(task20)).not.toMatch(/\bimport/i);
  });

  test('have unique ids and show no Chinese in their English fields', () => {
    expect(new Set(notes.map((n) => n.id)).size).toBe(notes.length);
    expect(notes.filter((n) => HAN.test(`${n.en}${n.note}`)).map((n) => n.id)).toEqual([]);
  });
});
