import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import yaml from 'js-yaml';
import { documentTranslationSchema, glossarySchema, tasksTranslationSchema, type Glossary } from '../schema/translation.ts';

export const TRANSLATIONS_DIR = 'content/translations/en';
export const GLOSSARY_FILE = 'content/glossary.yaml';

const SCHEMAS = { 'tasks.yaml': tasksTranslationSchema, 'document.yaml': documentTranslationSchema } as const;

/**
 * Reads every translation file under content/translations/en/, keyed by its
 * path there (`services-trade/tasks.yaml`), each checked against its schema.
 * A file of the wrong shape fails here, naming the file and the field.
 */
export function readTranslationFiles(root: string): Map<string, unknown> {
  const dir = join(root, TRANSLATIONS_DIR);
  const files = new Map<string, unknown>();
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.yaml')) continue;
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    const schema = SCHEMAS[entry.name as keyof typeof SCHEMAS];
    if (!schema) throw new Error(`${TRANSLATIONS_DIR}/${path}: expected a file named tasks.yaml or document.yaml`);
    const parsed = schema.safeParse(yaml.load(readFileSync(join(dir, path), 'utf8')) ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${TRANSLATIONS_DIR}/${path}: expected ${issue?.message ?? 'a valid translation file'} at ${issue?.path.join('.') || 'the top'}`);
    }
    files.set(path, parsed.data);
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

/** Reads content/glossary.yaml. */
export function readGlossary(root: string): Glossary {
  return glossarySchema.parse(yaml.load(readFileSync(join(root, GLOSSARY_FILE), 'utf8')));
}
