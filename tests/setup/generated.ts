/**
 * Global setup of the build and browser tests: the records the built site
 * was made from, as the content step wrote them to content/generated/ (the
 * build ran it), for every test file to inject.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { GENERATED_DIR } from '../../src/lib/schema/collections.ts';
import type { Corpus } from '../../src/lib/schema/corpus.ts';
import { ROOT } from '../helpers/paths.ts';
import './context.ts';

const entries = <T>(name: string): T[] => (JSON.parse(readFileSync(join(ROOT, GENERATED_DIR, `${name}.json`), 'utf8')) as { entries: T[] }).entries;

export default function setup({ provide }: TestProject): void {
  const corpus: Corpus = {
    documents: entries('documents'),
    sections: entries('sections'),
    categories: entries('categories'),
    tasks: entries('tasks'),
    agencies: entries('agencies'),
    priorities: entries('priorities'),
  };
  provide('corpus', corpus);
}
