import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { bytesToText } from '../parse/characters.ts';
import { SourceError } from '../parse/source-error.ts';
import { documentTranslationSchema, glossarySchema, tasksTranslationSchema, type Glossary } from '../schema/translation.ts';
import { yamlToValue } from '../validate/input-files.ts';

export const TRANSLATIONS_DIR = 'content/translations/en';
export const GLOSSARY_FILE = 'content/glossary.yaml';

const SCHEMAS = { 'tasks.yaml': tasksTranslationSchema, 'document.yaml': documentTranslationSchema } as const;

/**
 * Reads every translation file under content/translations/en/, keyed by its
 * path there (`services-trade/tasks.yaml`), each checked against its schema.
 * A file of the wrong shape fails here with a {@link SourceError} at the
 * line of the value at fault.
 */
export function readTranslationFiles(root: string): Map<string, unknown> {
  const dir = join(root, TRANSLATIONS_DIR);
  const files = new Map<string, unknown>();
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.yaml')) continue;
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    const schema = SCHEMAS[entry.name as keyof typeof SCHEMAS];
    const file = `${TRANSLATIONS_DIR}/${path}`;
    if (!schema) throw new SourceError(file, 1, 'a file named tasks.yaml or document.yaml', entry.name);
    files.set(path, yamlToValue(bytesToText(readFileSync(join(dir, path)), file), file, schema));
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

/** Reads content/glossary.yaml. */
export function readGlossary(root: string): Glossary {
  return yamlToValue(bytesToText(readFileSync(join(root, GLOSSARY_FILE)), GLOSSARY_FILE), GLOSSARY_FILE, glossarySchema);
}
