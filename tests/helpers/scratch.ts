import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

/**
 * A scratch copy of the project's inputs, so tests can break them: the seeds
 * and the curated files (not the generated ones) copied, the code linked (the
 * parsers are loaded from it). Remove it with {@link removeScratch}.
 */
export function scratchProject(prefix = 'scratch-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
  for (const name of readdirSync(join(ROOT, 'content'))) {
    if (name !== 'generated') cpSync(join(ROOT, 'content', name), join(dir, 'content', name), { recursive: true });
  }
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  for (const name of ['src', 'node_modules']) symlinkSync(join(ROOT, name), join(dir, name), 'dir');
  return dir;
}

export const removeScratch = (dir: string) => rmSync(dir, { recursive: true, force: true });
