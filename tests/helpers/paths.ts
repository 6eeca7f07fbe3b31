import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, whatever the test's working directory. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The seed of each document, relative to the root. */
export const SEEDS = {
  'services-trade': 'seeds/000_0b1b6885711b46b3.txt',
  'services-opening': 'seeds/003_fb70ce431c18d979.txt',
} as const;

/** Reads a file relative to the project root. */
export function readProjectFile(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}
