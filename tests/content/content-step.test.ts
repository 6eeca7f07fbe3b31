import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { manifestSchema } from '../../src/lib/schema/manifest.ts';
import { sectionEntrySchema } from '../../src/lib/schema/section.ts';
import { taskEntrySchema } from '../../src/lib/schema/task.ts';
import { seedTextToSha256 } from '../../src/lib/build/seed-hash.ts';
import { generateContent, generateContentIfChanged } from '../../src/scripts/content.ts';
import { ROOT, SEEDS, readProjectFile } from '../helpers/paths.ts';
import { renderEditions } from '../helpers/mdx.ts';
import { removeScratch, scratchProject } from '../helpers/scratch.ts';

const scratch: string[] = [];
afterAll(() => scratch.forEach(removeScratch));

/** Every file under a folder, as path → content. */
function readTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(dir.length + 1), readFileSync(path, 'utf8'));
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

describe('the seeds', () => {
  test('are the files the manifest describes, unchanged', () => {
    const manifest = manifestSchema.parse(JSON.parse(readProjectFile('seeds/manifest.json')));
    for (const entry of manifest.documents) expect(seedTextToSha256(readProjectFile(`seeds/${entry.file}`)), entry.file).toBe(entry.sha256);
    expect(manifest.documents.map((d) => `seeds/${d.file}`)).toEqual(Object.values(SEEDS));
  });

  test('are pinned by a hash that the harmless normalisations leave alone, and any other change moves', () => {
    const text = readProjectFile(SEEDS['services-trade']);
    const hash = seedTextToSha256(text);
    expect(seedTextToSha256(`\uFEFF${text.replace(/\n/g, '  \r\n')}`)).toBe(hash);
    expect(seedTextToSha256(text.replace('市商务局', '市商\u200B务局'))).not.toBe(hash);
    // A seed in normal form (no BOM, LF, no trailing space) hashes as `sha256sum` does.
    const opening = readFileSync(join(ROOT, SEEDS['services-opening']));
    expect(seedTextToSha256(opening.toString('utf8'))).toBe(createHash('sha256').update(opening).digest('hex'));
  });
});

describe('generateContentIfChanged, as a build runs the step', () => {
  test('reuses the output while no input changes, and runs in full as soon as one byte of one does', async () => {
    const dir = scratchProject();
    scratch.push(dir);
    const first = await generateContentIfChanged({ root: dir });
    expect(first.reused).toBe(false);
    const written = readTree(join(dir, 'content/generated'));
    const second = await generateContentIfChanged({ root: dir });
    expect(second.reused).toBe(true);
    expect(second.documents).toEqual(first.documents);
    expect(readTree(join(dir, 'content/generated'))).toEqual(written);
    // A translation edited: the step runs again, and the page text follows it.
    const tasks = join(dir, 'content/translations/en/services-trade/tasks.yaml');
    writeFileSync(tasks, readFileSync(tasks, 'utf8').replace('Reform the market access approach', 'Reform the market-access approach'));
    expect((await generateContentIfChanged({ root: dir })).reused).toBe(false);
    expect(readFileSync(join(dir, 'content/generated/tasks.json'), 'utf8')).toContain('Reform the market-access approach');
    expect((await generateContentIfChanged({ root: dir })).reused).toBe(true);
    // A broken seed is never hidden behind the earlier output.
    const seed = join(dir, SEEDS['services-opening']);
    writeFileSync(seed, readFileSync(seed, 'utf8').replace(/^9\t/m, '10\t'));
    await expect(generateContentIfChanged({ root: dir })).rejects.toThrow(/expected serial number 9/);
  });
});

const dir = scratchProject();
scratch.push(dir);
await generateContent({ root: dir });

describe('generateContent', () => {
  const out = join(dir, 'content/generated');
  const files = readTree(out);

  /** The records of a generated JSON data collection. */
  const recordsOf = (name: string): unknown[] => (JSON.parse(files.get(name) ?? '{}') as { entries: unknown[] }).entries;
  const tasks = recordsOf('tasks.json').map((t) => taskEntrySchema.parse(t));
  const sections = recordsOf('sections.json').map((s) => sectionEntrySchema.parse(s));

  test('writes one record per task and per narrative section, for both languages, and one MDX text for each', () => {
    const paths = [...files.keys()];
    expect(tasks).toHaveLength(199);
    expect(sections).toHaveLength(18);
    expect(paths.filter((p) => p.startsWith(`texts/tasks/services-trade/`))).toHaveLength(88);
    expect(paths.filter((p) => p.startsWith(`texts/tasks/services-opening/`))).toHaveLength(111);
    expect(paths.filter((p) => p.startsWith(`texts/sections/services-opening/`))).toHaveLength(18);
    expect(paths.filter((p) => !p.endsWith('.mdx'))).toEqual([
      'agencies.json',
      'categories.json',
      'changes.json',
      'documents.json',
      'glossary.json',
      'priorities.json',
      'search-words.json',
      'sections.json',
      'site.json',
      'sources.json',
      'synonyms.json',
      'tasks.json',
      'translation-notes.json',
    ]);
  });

  test('says at the top of every file that it is generated, and from what', () => {
    for (const [path, content] of files) {
      const head = content.split('\n').slice(0, 3).join('\n');
      expect(head, path).toMatch(/Generated by `npm run content` from (?:seeds|content)\/.+\. Do not edit/);
    }
    expect(files.get('texts/tasks/services-trade/35.mdx')).toMatch(
      /^\{\/\* Generated by `npm run content` from seeds\/000_0b1b6885711b46b3\.txt \(line 250\), content\/translations\/en\/services-trade\/tasks\.yaml\./,
    );
  });

  test('renders each task’s text as its two editions, each exactly the record’s text in that language', async () => {
    for (const task of tasks) {
      const body = files.get(`texts/tasks/${task.document}/${task.key}.mdx`) ?? '';
      expect(await renderEditions(body), task.id).toEqual({ zh: [task.text.zh], en: [task.text.en] });
    }
  });

  test('renders each section’s paragraphs as its two editions', async () => {
    for (const section of sections) {
      const body = files.get(`texts/sections/${section.id}.mdx`) ?? '';
      const paragraphs = (lang: 'zh' | 'en') => section.paragraphs.map((p) => p[lang]);
      expect(await renderEditions(body), section.id).toEqual({ zh: paragraphs('zh'), en: paragraphs('en') });
    }
  });

  test('takes every task text from its own seed, unchanged', () => {
    for (const task of tasks) expect(readProjectFile(SEEDS[task.document as keyof typeof SEEDS]), task.id).toContain(`\t${task.text.zh}\n`);
  });

  test('carries every narrative paragraph, which the seed holds verbatim but for rejoined page breaks', () => {
    const source = readProjectFile(SEEDS['services-opening']).replace(/\n/g, '');
    for (const section of sections) for (const paragraph of section.paragraphs) expect(source, section.id).toContain(paragraph.zh);
  });

  test('writes the same bytes every time', async () => {
    await generateContent({ root: dir });
    expect(readTree(out)).toEqual(files);
  });

  test('writes the same bytes from inputs saved with a BOM, CRLF line ends and trailing spaces, every input at once', async () => {
    const variant = scratchProject();
    scratch.push(variant);
    const inputs = [
      ...readdirSync(join(variant, 'seeds')).map((name) => `seeds/${name}`),
      ...readdirSync(join(variant, 'content'), { recursive: true })
        .map((name) => `content/${String(name)}`)
        .filter((path) => /\.(?:ya?ml|json)$/.test(path) && !path.startsWith('content/generated')),
      'src/i18n/zh.json',
      'src/i18n/en.json',
    ];
    expect(inputs.length).toBeGreaterThan(12);
    for (const path of inputs) {
      const text = readFileSync(join(variant, path), 'utf8');
      writeFileSync(join(variant, path), `\uFEFF${text.replace(/\n/g, ' \r\n')}`);
    }
    await generateContent({ root: variant });
    expect(readTree(join(variant, 'content/generated'))).toEqual(files);
  });

  test('removes files a previous run left behind', async () => {
    writeFileSync(join(out, 'texts/tasks/services-trade/999.mdx'), 'stale');
    await generateContent({ root: dir });
    expect(existsSync(join(out, 'texts/tasks/services-trade/999.mdx'))).toBe(false);
  });

  test('writes nothing when a seed is broken, and says where', async () => {
    const broken = scratchProject();
    scratch.push(broken);
    await generateContent({ root: broken });
    const before = readTree(join(broken, 'content/generated'));
    const seed = join(broken, SEEDS['services-opening']);
    writeFileSync(seed, readFileSync(seed, 'utf8').replace(/^9\t/m, '10\t'));
    await expect(generateContent({ root: broken })).rejects.toThrow(`${SEEDS['services-opening']}:100: expected serial number 9, found "10"`);
    expect(readTree(join(broken, 'content/generated'))).toEqual(before);
  });
});

describe('npm run content', () => {
  test('prints tasks, categories, the bodies the tasks name and the listed recipients, for each document', () => {
    const output = execFileSync(process.execPath, ['src/scripts/content.ts'], { cwd: ROOT, encoding: 'utf8' });
    expect(output).toContain('services-trade: 88 tasks, 8 categories, 80 bodies named in its tasks, 0 listed in its text\n');
    expect(output).toContain('services-opening: 111 tasks, 14 categories, 0 bodies named in its tasks, 13 listed in its text\n');
    // A whole run in a new process, jieba's dictionary included (about 0.4 s): more than the default 5 s on a busy machine.
  }, 20_000);

  test('stops with the error alone and a non-zero exit code when a seed is broken', () => {
    const dir = scratchProject();
    scratch.push(dir);
    const seed = join(dir, SEEDS['services-trade']);
    writeFileSync(seed, readFileSync(seed, 'utf8').replace('市通信管理局\n', '市通讯管理局\n'));
    const run = spawnSync(process.execPath, ['src/scripts/content.ts', '--root', dir], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `content: ${SEEDS['services-trade']}:358: expected a body listed in content/agencies.yaml, or a generic reference such as 有关部门, found "市通讯管理局"\n`,
    );
    expect(existsSync(join(dir, 'content/generated'))).toBe(false);
  });
});
