import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

/**
 * A scratch copy of the project's inputs, so tests can break them: the seeds,
 * the curated files (not the generated ones) and the UI strings copied, the
 * rest of the code linked (the parsers are loaded from it). Remove it with
 * {@link removeScratch}.
 */
export function scratchProject(prefix = 'scratch-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
  for (const name of readdirSync(join(ROOT, 'content'))) {
    if (name !== 'generated') cpSync(join(ROOT, 'content', name), join(dir, 'content', name), { recursive: true });
  }
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  mkdirSync(join(dir, 'src'));
  for (const name of readdirSync(join(ROOT, 'src'))) {
    if (name === 'i18n') cpSync(join(ROOT, 'src', name), join(dir, 'src', name), { recursive: true });
    else symlinkSync(join(ROOT, 'src', name), join(dir, 'src', name));
  }
  return dir;
}

export const removeScratch = (dir: string) => rmSync(dir, { recursive: true, force: true });
