import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { registrySchema, type RegistryAgency } from '../../src/lib/schema/agency.ts';
import { langSchema } from '../../src/lib/schema/common.ts';
import { synonymsSchema } from '../../src/lib/schema/synonyms.ts';
import { glossarySchema } from '../../src/lib/schema/translation.ts';
import { unmarked } from '../helpers/pipeline.ts';
import { readProjectFile, ROOT } from '../helpers/paths.ts';
import { readSeeds, roleOf, type SeedReading } from '../helpers/seed-tasks.ts';

/**
 * tests/fixtures/search-queries.yaml: what reporters type, and the tasks each
 * query must find, derived here from the seeds' own text (never from the
 * site's output). Each entry says how (`find`): the Chinese words whose
 * occurrence in a task's text makes it a match, and for a name, the body whose
 * cells in the services-trade table name it, under any name the documents use
 * for it (the entries one `succeeds` the other are one body). The browser
 * tests type each query and compare what the page lists with `expected`.
 * `UPDATE=1` rewrites the derived fields (expected, why, recipientAs).
 */

const FILE = 'tests/fixtures/search-queries.yaml';

const HEADER = `# Reporters' queries and the tasks each must find, for the search tests.
#
# Written by hand: query, lang (the edition searched from), kind (name | place |
# synonym | word | traditional | absent), find, reason and nearest. find says
# how the answer follows from the seeds: words, the Chinese whose occurrence in
# a task's text is a match (ignore: longer strings in which an occurrence is no
# match, 相关税收 for 关税), and body, the registry entry whose services-trade
# cells name the task (the 2026 attachment names no unit per task), under any
# name the documents give that body (an entry and the one it succeeds are one).
#
# Derived by tests/unit/search-queries.test.ts from the seeds (UPDATE=1 writes
# them): expected, the task ids (services-trade-N is measure N of
# seeds/000_…txt, services-opening-N task N of seeds/003_…txt); why, for each
# task, the words of its text or the cell and role that name the body; and
# recipientAs, the name under which the 2026 notice lists the body among its
# recipients (有关单位). The test also checks each query against the registry
# and the synonym table.

`;

const entrySchema = z.strictObject({
  query: z.string().min(1),
  lang: langSchema,
  kind: z.enum(['name', 'place', 'synonym', 'word', 'traditional', 'absent']),
  find: z.strictObject({
    body: z.string().optional(),
    words: z.array(z.string().min(1)).default([]),
    ignore: z.array(z.string().min(1)).optional(),
  }),
  reason: z.string().min(1),
  nearest: z.array(z.string().min(1)).optional(),
  expected: z.array(z.string()),
  why: z.record(z.string(), z.string()).optional(),
  recipientAs: z.string().optional(),
});
type Entry = z.output<typeof entrySchema>;

const entries = z.array(entrySchema).parse(yaml.load(readProjectFile(FILE)));
const seeds = readSeeds();
const registry = registrySchema.parse(yaml.load(readProjectFile('content/agencies.yaml')));
const synonyms = synonymsSchema.parse(yaml.load(readProjectFile('content/synonyms.yaml')));
const glossary = glossarySchema.parse(yaml.load(readProjectFile('content/glossary.yaml')));
const inSeeds = (word: string) => seeds.whole['services-trade'].includes(word) || seeds.whole['services-opening'].includes(word);

const agency = (id: string): RegistryAgency => {
  const found = registry.agencies.find((a) => a.id === id);
  if (!found) throw new Error(`${FILE}: no registry entry ${id}`);
  return found;
};

/** The body and the entries that are the same body under an earlier or later name. */
function oneBody(id: string): RegistryAgency[] {
  const chain = [agency(id)];
  for (let earlier = chain[0]?.succeeds?.agency; earlier !== undefined; earlier = agency(earlier).succeeds?.agency) chain.push(agency(earlier));
  for (let later = registry.agencies.find((a) => a.succeeds?.agency === id); later; later = registry.agencies.find((a) => a.succeeds?.agency === later?.id))
    chain.unshift(later);
  return chain;
}

/** A word's occurrence in a text, not counting those inside a longer string that `ignore` lists. */
const occurs = (text: string, word: string, ignore: readonly string[] = []) =>
  ignore.reduce((t, longer) => t.split(longer).join('\u0000'), text).includes(word);

/** The bodies the 2026 notice lists as recipients (有关单位), its line breaks undone. */
const recipients = (reading: SeedReading): string[] => {
  const whole = reading.whole['services-opening'];
  // The block starts a line; the notice's address line also ends with 各有关单位：.
  const block = /有关单位：(.+?)。/.exec(whole.slice(whole.search(/^有关单位：/m)).replace(/\n/g, ''))?.[1];
  if (block === undefined) throw new Error('no 有关单位 in the 2026 notice');
  return block.split(/[、，]/);
};

/** What the seeds say a query must find. */
function derive(entry: Entry): Pick<Entry, 'expected' | 'why' | 'recipientAs'> {
  const why = new Map<string, string[]>();
  const add = (id: string, what: string) => why.set(id, [...(why.get(id) ?? []), what]);
  for (const task of seeds.tasks) {
    const words = entry.find.words.filter((word) => occurs(task.text, word, entry.find.ignore));
    if (words.length > 0) add(task.id, `text: ${words.join(', ')}`);
  }
  const bodies = entry.find.body === undefined ? [] : oneBody(entry.find.body);
  for (const task of seeds.tasks)
    for (const name of bodies.flatMap((b) => b.names)) {
      const role = roleOf(task, name);
      if (role) add(task.id, `${role}: ${name}`);
    }
  const listed = recipients(seeds);
  const recipientAs = bodies.flatMap((b) => b.names).find((name) => listed.includes(name));
  const expected = seeds.tasks.filter((t) => why.has(t.id)).map((t) => t.id);
  return {
    expected,
    ...(why.size > 0 ? { why: Object.fromEntries(expected.map((id) => [id, (why.get(id) ?? []).join('; ')])) } : {}),
    ...(recipientAs !== undefined ? { recipientAs } : {}),
  };
}

/** The Chinese words the synonym table widens a Chinese query to (the query included), one step, as search does. */
function widen(query: string): Set<string> {
  const words = new Set([query]);
  for (const group of synonyms) if (group.zh.includes(query) && (!group.oneWay || group.zh[0] === query)) group.zh.forEach((w) => words.add(w));
  return words;
}

/** The Chinese an English query stands for: the table's groups that list it (and the groups their English leads to), and the glossary phrases whose rendering holds it. */
function chineseOf(query: string): Set<string> {
  const groups = synonyms.filter((g) => g.en.includes(query));
  const english = new Set(groups.flatMap((g) => g.en));
  const reached = synonyms.filter((g) => groups.includes(g) || g.en.some((w) => english.has(w) && (!g.oneWay || g.en[0] === w)));
  const fromGlossary = glossary.filter((term) => term.en.toLowerCase().includes(query.toLowerCase())).map((term) => term.zh);
  return new Set([...reached.flatMap((g) => g.zh), ...fromGlossary]);
}

/** The file with every entry's derived fields as the seeds give them. */
function rewritten(): string {
  const out = entries.map((entry) => {
    const { expected: _e, why: _w, recipientAs: _r, ...written } = entry;
    const find = {
      ...(entry.find.body ? { body: entry.find.body } : {}),
      words: entry.find.words,
      ...(entry.find.ignore ? { ignore: entry.find.ignore } : {}),
    };
    return { ...written, find, ...derive(entry) };
  });
  return HEADER + yaml.dump(out, { flowLevel: 3, lineWidth: -1 }).replace(/\n- /g, '\n\n- ');
}

describe('tests/fixtures/search-queries.yaml', () => {
  test('the seed reader reads the tasks the parsers read', () => {
    expect(seeds.tasks.map((t) => [t.id, t.text])).toEqual(unmarked.tasks.map((t) => [t.id, t.text.zh]));
  });

  test('holds about forty queries in both languages, of every kind', () => {
    expect(entries.length).toBeGreaterThanOrEqual(40);
    expect(new Set(entries.map((e) => e.lang))).toEqual(new Set(['zh', 'en']));
    expect(new Set(entries.map((e) => e.kind)).size).toBe(6);
  });

  test('expects, of every query, the tasks the seeds give it (UPDATE=1 rewrites them)', () => {
    if (process.env.UPDATE) writeFileSync(join(ROOT, FILE), rewritten());
    for (const entry of entries)
      expect({ query: entry.query, ...derive(entry) }).toEqual({
        query: entry.query,
        expected: entry.expected,
        why: entry.why,
        recipientAs: entry.recipientAs,
      });
  });

  test('names a body by a name the registry gives it: a name, an alias or its English name', () => {
    const wrong = entries
      .filter((e) => e.find.body !== undefined)
      .filter((e) => {
        const body = agency(e.find.body as string);
        return ![...body.names, ...body.aliases.map((a) => a.name), body.en].includes(e.query);
      });
    expect(wrong.map((e) => e.query)).toEqual([]);
  });

  test('searches a Chinese name for itself, and a Chinese word for what the synonym table widens it to', () => {
    for (const entry of entries.filter((e) => e.lang === 'zh' && e.kind !== 'traditional')) {
      const words = entry.find.body !== undefined ? [entry.query] : [...widen(entry.query)].filter(inSeeds);
      expect({ query: entry.query, words: [...words].sort() }).toEqual({ query: entry.query, words: [...entry.find.words].sort() });
    }
  });

  test('searches an English word for Chinese that the synonym table or the glossary gives it', () => {
    const unfounded = entries
      .filter((e) => e.lang === 'en' && e.find.body === undefined)
      .flatMap((e) => e.find.words.filter((word) => !chineseOf(e.query).has(word)).map((word) => `${e.query}: ${word}`));
    expect(unfounded).toEqual([]);
  });

  test('finds nothing for a word the texts do not use, and offers nearest words that they do', () => {
    for (const entry of entries.filter((e) => e.kind === 'absent'))
      expect({ query: entry.query, expected: entry.expected }).toEqual({ query: entry.query, expected: [] });
    expect(entries.flatMap((e) => e.nearest ?? []).filter((word) => !inSeeds(word))).toEqual([]);
  });
});
