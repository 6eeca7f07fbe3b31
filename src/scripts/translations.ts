/**
 * `npm run translations`: what the English edition still needs.
 *
 *   npm run translations            report, per file: entries, missing, stale
 *   npm run translations -- --write rewrite every file in canonical form, adding
 *                                   empty entries (with fingerprints) for what is missing
 *   npm run translations -- --check also check the glossary, numbers, Latin terms and house style
 *
 * With --file F --as services-trade/tasks.yaml, checks a working copy F in
 * place of that file, and only the entries F holds: for a translator who has
 * been given part of a file.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { bytesToText } from '../lib/text/characters.ts';
import { SourceError } from '../lib/text/source-error.ts';
import { glossaryViolations, missingTokens } from '../lib/translate/checks.ts';
import { styleViolations } from '../lib/translate/style.ts';
import { sourceHash } from '../lib/text/source-hash.ts';
import { TRANSLATIONS_DIR, unitToName, type Unit } from '../lib/translate/units.ts';
import { unitsToYaml } from '../lib/translate/worksheet.ts';
import { parsedToUnits, runPipeline } from '../lib/pipeline.ts';
import { yamlToValue } from '../lib/text/structured.ts';
import { PROJECT_ROOT } from './content.ts';
import { readInputs } from './inputs.ts';

const { values } = parseArgs({
  options: { write: { type: 'boolean' }, check: { type: 'boolean' }, root: { type: 'string' }, file: { type: 'string' }, as: { type: 'string' } },
});
if (values.file && (!values.as || values.write)) throw new Error('--file needs --as, and cannot be combined with --write');
const root = values.root ?? PROJECT_ROOT;
// A fault in the inputs is the editor's to fix, not a crash: print the message alone.
const fail = (error: unknown): never => {
  if (!(error instanceof SourceError)) throw error;
  console.error(`translations: ${error.message}`);
  process.exit(1);
};
const orExit = <T>(read: () => T): T => {
  try {
    return read();
  } catch (error) {
    return fail(error);
  }
};
const inputs = await readInputs(root).catch(fail);
const units = orExit(() => {
  const { parsed = [] } = runPipeline(inputs, 'parse');
  return parsedToUnits(parsed, inputs);
});
const { glossary } = inputs;

const byFile = new Map<string, Unit[]>();
for (const unit of units) byFile.set(unit.file, [...(byFile.get(unit.file) ?? []), unit]);

const at = (tree: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), tree);

let problems = 0;
for (const [file, allUnits] of byFile) {
  if (values.as && file !== values.as) continue;
  const path = values.file ?? join(root, TRANSLATIONS_DIR, file);
  // Only read here, not checked against the schema: a working copy may hold part of a file.
  const existing = existsSync(path)
    ? orExit(() => yamlToValue(bytesToText(readFileSync(path), path), values.file ?? `${TRANSLATIONS_DIR}/${file}`, z.unknown()))
    : undefined;
  // A working copy holds only some entries: check those alone.
  const fileUnits = values.file ? allUnits.filter((unit) => at(existing, unit.path) !== undefined) : allUnits;
  let missing = 0;
  let stale = 0;
  for (const unit of fileUnits) {
    const entry = at(existing, unit.path) as { source?: string; en?: string } | undefined;
    if (!entry?.en?.trim()) missing += 1;
    else if (entry.source !== sourceHash(unit.zh)) stale += 1;
    else if (values.check) {
      const tokens = missingTokens(unit.zh, entry.en);
      const terms = glossaryViolations(unit.zh, entry.en, glossary);
      for (const token of tokens) console.log(`  ${unitToName(unit)}: the English lacks ${JSON.stringify(token)}`);
      for (const term of terms) console.log(`  ${unitToName(unit)}: ${term.zh} must be rendered "${term.en}"`);
      const style = styleViolations(entry.en);
      for (const v of style) console.log(`  ${unitToName(unit)}: house style (${v.rule}): ${JSON.stringify(v.found)}, write ${v.fix}`);
      problems += tokens.length + terms.length + style.length;
    }
  }
  problems += missing + stale;
  console.log(`${file}: ${fileUnits.length} entries, ${missing} missing, ${stale} stale`);
  if (values.write) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, unitsToYaml(file, fileUnits, existing));
  }
}
process.exitCode = problems > 0 ? 1 : 0;
