import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

/** What a clean checkout holds: no dependencies, no build output, no caches. */
const SOURCES = ['package.json', 'tsconfig.json', 'astro.config.mjs', 'src', 'content', 'seeds', 'public'];

/** Copies the project's sources to a fresh folder, sharing node_modules, and builds there. */
async function cleanBuild(dir: string): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const source of SOURCES)
    cpSync(join(ROOT, source), join(dir, source), { recursive: true, filter: (path) => !path.includes(join('content', 'generated')) });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  await new Promise<void>((resolve, reject) => {
    const build = spawn(join(ROOT, 'node_modules/.bin/astro'), ['build'], { cwd: dir, stdio: 'ignore', env: { ...process.env, LOCAL_BUILD: '1' } });
    build.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`astro build in ${dir} exited with ${code}`))));
  });
}

/** Every file of a built site, as path → SHA-256. */
function fingerprint(dist: string): Map<string, string> {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    files
      .map((e) => {
        const path = join(e.parentPath, e.name);
        return [relative(dist, path), createHash('sha256').update(readFileSync(path)).digest('hex')] as const;
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

describe('the build', () => {
  test('gives byte-identical output from two clean checkouts in different folders', { timeout: 240_000 }, async () => {
    const a = join(ROOT, '.tmp/reproducible/a');
    const b = join(ROOT, '.tmp/reproducible/b');
    await cleanBuild(a);
    await cleanBuild(b);
    const first = fingerprint(join(a, 'dist'));
    const second = fingerprint(join(b, 'dist'));
    expect(first.size).toBeGreaterThan(1000);
    const differing = [...new Set([...first.keys(), ...second.keys()])].filter((path) => first.get(path) !== second.get(path));
    expect(differing).toEqual([]);
    rmSync(join(ROOT, '.tmp/reproducible'), { recursive: true, force: true });
  });
});
