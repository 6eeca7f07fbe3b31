import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { bytesToText } from '../parse/characters.ts';
import { SourceError } from '../parse/source-error.ts';
import { documentTranslationSchema, glossarySchema, tasksTranslationSchema, type Glossary } from '../schema/translation.ts';
import { lineInText, yamlToValue } from '../validate/input-files.ts';
import type { TranslationLines } from './lookup.ts';

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
  return readTranslations(root).files;
}

/**
 * Reads the translation files as {@link readTranslationFiles} does, and
 * gives, for messages, the line at which a key path stands in each.
 */
export function readTranslations(root: string): { files: Map<string, unknown>; lines: TranslationLines } {
  const dir = join(root, TRANSLATIONS_DIR);
  const files = new Map<string, unknown>();
  const texts = new Map<string, string>();
  const lines: TranslationLines = (file, path) => lineInText(texts.get(file) ?? '', path);
  if (!existsSync(dir)) return { files, lines };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.yaml')) continue;
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    const schema = SCHEMAS[entry.name as keyof typeof SCHEMAS];
    const file = `${TRANSLATIONS_DIR}/${path}`;
    if (!schema) throw new SourceError(file, 1, 'a file named tasks.yaml or document.yaml', entry.name);
    const text = bytesToText(readFileSync(join(dir, path)), file);
    texts.set(path, text);
    files.set(path, yamlToValue(text, file, schema));
  }
  return { files: new Map([...files].sort(([a], [b]) => a.localeCompare(b))), lines };
}

/** Reads content/glossary.yaml. */
export function readGlossary(root: string): Glossary {
  if (!existsSync(join(root, GLOSSARY_FILE))) throw new SourceError(GLOSSARY_FILE, 1, 'a file here', 'none');
  return yamlToValue(bytesToText(readFileSync(join(root, GLOSSARY_FILE)), GLOSSARY_FILE), GLOSSARY_FILE, glossarySchema);
}
