import { describe, expect, test } from 'vitest';
import { corpusToFiles } from '../../src/lib/emit/collections.ts';
import { SourceError } from '../../src/lib/text/source-error.ts';
import { taskAgencies } from '../../src/lib/text/task-agencies.ts';
import { pipelineCorpus } from '../../src/lib/pipeline.ts';
import type { Seed } from '../../src/lib/build/manifest-claims.ts';
import type { Registry } from '../../src/lib/schema/agency.ts';
import { readInputs } from '../../src/scripts/inputs.ts';
import { ROOT, SEEDS } from '../helpers/paths.ts';
import { unmarked as corpus } from '../helpers/pipeline.ts';

const inputs = await readInputs(ROOT);
const { seeds, registry } = inputs;
const task = (id: string) => corpus.tasks.find((t) => t.id === id)!;

/** The stages through the build stage, on the real inputs with some changed. */
const build = (changed: Seed[], changedRegistry: Registry = registry) => pipelineCorpus({ ...inputs, seeds: changed, registry: changedRegistry }, 'build');

/** The seeds with one document's text changed. */
const withText = (slug: keyof typeof SEEDS, change: (text: string) => string): Seed[] =>
  seeds.map((s) => (s.entry.slug === slug ? { ...s, text: change(s.text) } : s));

const errorOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof SourceError) return error.message;
    throw error;
  }
  throw new Error('expected a SourceError');
};

describe('the build stage', () => {
  test('holds 199 tasks: 88 + 111, with stable ids', () => {
    expect(corpus.tasks).toHaveLength(199);
    expect(corpus.tasks[0]?.id).toBe('services-trade-1');
    expect(corpus.tasks.at(-1)?.id).toBe('services-opening-111');
    expect(corpus.documents.map((d) => [d.id, d.counts.tasks, d.counts.categories])).toEqual([
      ['services-trade', 88, 8],
      ['services-opening', 111, 14],
    ]);
    expect(corpus.categories).toHaveLength(22);
  });

  test('resolves leads and co-operating units to registry ids (measure 35)', () => {
    expect(task('services-trade-35').assignment).toMatchObject({
      lead: [
        { name: { zh: '人行厦门中心支行' }, agency: 'pboc-xiamen-central-sub-branch' },
        { name: { zh: '外汇局厦门市分局' }, agency: 'safe-xiamen-branch' },
      ],
      cooperating: [{ name: { zh: '市金融监管局' }, agency: 'xiamen-local-financial-supervision-and-administration-bureau' }],
    });
  });

  test('keeps generic references verbatim but links them to no body', () => {
    const measure8 = task('services-trade-8').assignment!;
    expect(measure8.supervising).toEqual([{ name: { zh: '-', en: 'none stated' }, agency: null }]);
    expect(measure8.cooperating.filter((r) => r.agency === null).map((r) => r.name.zh)).toEqual(['各区政府', '各相关责任单位']);
    expect(task('services-trade-87').assignment?.supervising.slice(-2)).toMatchObject([
      { name: { zh: '证监会' }, agency: 'china-securities-regulatory-commission' },
      { name: { zh: '联席会议其他成员', en: 'the other members of the joint conference' }, agency: null },
    ]);
    expect(task('services-trade-82').assignment?.supervising.slice(-2)).toMatchObject([
      { name: { zh: '商务部', en: 'Ministry of Commerce' }, agency: 'ministry-of-commerce' },
      { name: { zh: '有关行业主管部门' }, agency: null },
    ]);
    expect(task('services-trade-26').assignment?.supervising).toEqual([{ name: { zh: '有关部门', en: 'the relevant departments' }, agency: null }]);
  });

  test('counts each body once per role and task', () => {
    const commerce = corpus.agencies.find((a) => a.id === 'xiamen-municipal-bureau-of-commerce')!;
    const byHand = corpus.tasks.filter((t) => taskAgencies(t).lead.includes(commerce.id)).length;
    expect(commerce.counts.lead).toBe(byHand);
    expect(commerce.counts).toEqual({ lead: 8, cooperating: 9, supervising: 0 });
  });

  test('records the bodies the 2026 notice lists under 有关单位', () => {
    const listed = corpus.agencies.filter((a) => a.listedIn.includes('services-opening')).map((a) => a.names[0]);
    expect(listed).toHaveLength(13);
    expect(listed).toContain('人民银行厦门市分行');
  });

  test('an unknown agency stops the build, naming the file and the line of its cell', () => {
    expect(errorOf(() => build(withText('services-trade', (t) => t.replace('\t市建设局\n', '\t市建设厅\n'))))).toBe(
      `${SEEDS['services-trade']}:29: expected a body listed in content/agencies.yaml, or a generic reference such as 有关部门, found "市建设厅"`,
    );
    expect(errorOf(() => build(withText('services-opening', (t) => t.replace('信息\n集团', '信息集团公司'))))).toMatch(
      new RegExp(`^${SEEDS['services-opening']}:237: expected a body listed in content/agencies.yaml.*found "信息集团公司"`),
    );
  });

  test('a manifest claim the text does not make stops the build', () => {
    const claim = (slug: string, change: object): Seed[] => seeds.map((s) => (s.entry.slug === slug ? { ...s, entry: { ...s.entry, ...change } } : s));
    expect(errorOf(() => build(claim('services-opening', { number: '厦府〔2026〕89号' })))).toBe(
      `${SEEDS['services-opening']}:5: expected the document number 厦府〔2026〕89号 (as seeds/manifest.json says), found "厦府〔2026〕88号"`,
    );
    expect(errorOf(() => build(claim('services-trade', { date: '2020-01-01' })))).toBe(
      `${SEEDS['services-trade']}:2: expected date: null, since this text states no date (as seeds/manifest.json says), found "2020-01-01"`,
    );
  });

  test('a copy cut exactly between two measures still stops the build', () => {
    const cut = withText('services-trade', (t) => t.slice(0, t.indexOf('\t\n\t88\n')));
    expect(errorOf(() => build(cut))).toBe(
      `${SEEDS['services-trade']}:614: expected 88 tasks (as seeds/manifest.json says), found 87, the last being number 87`,
    );
  });

  test('a registry entry that no document names stops the build', () => {
    const extra = { ...registry, agencies: [...registry.agencies, { id: 'nobody', names: ['无名局'], en: 'Nobody', level: 'other' as const, aliases: [] }] };
    // The entry is not in the file, so its line is only the nearest the file has.
    expect(() => build(seeds, extra)).toThrow(
      /^content\/agencies\.yaml:\d+: expected every agency to be named by a document, found nobody \(无名局\), which none names$/,
    );
  });
});

describe('harmless variants of a seed', () => {
  const { provenance } = inputs;
  const extras = (changed: Seed[]) => ({
    glossary: inputs.glossary,
    registry,
    notes: inputs.notes,
    seeds: changed,
    synonyms: inputs.synonyms,
    site: inputs.site,
    changes: [],
  });
  const original = corpusToFiles(corpus, provenance, extras(seeds));
  const variants: Record<string, (text: string) => string> = {
    'CRLF line endings': (t) => t.replace(/\n/g, '\r\n'),
    'a UTF-8 BOM': (t) => `\uFEFF${t}`,
    'trailing spaces': (t) => t.replace(/\n/g, '  \n'),
    'all three at once': (t) => `\uFEFF${t.replace(/\n/g, ' \r\n')}`,
  };
  for (const [name, change] of Object.entries(variants)) {
    test(`${name} give identical records and identical files`, () => {
      const changed = seeds.map((s) => ({ ...s, text: change(s.text) }));
      const variantCorpus = build(changed);
      expect(variantCorpus).toEqual(corpus);
      expect(corpusToFiles(variantCorpus, provenance, extras(changed))).toEqual(original);
    });
  }
});
