import { sourceHash } from '../text/source-hash.ts';
import type { Unit } from './units.ts';

const at = (tree: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), tree);

const HEADER = (file: string) => `# English translation: ${file}
# Unofficial. The Chinese text is authoritative; this is our own translation.
#
# Each entry holds the English (en) and the fingerprint (source) of the
# Chinese it translates, which the comment above it quotes. When the Chinese
# changes, the build names the entry as stale: re-translate it, then set
# source to the new fingerprint that \`npm run translations\` reports.
`;

/**
 * Writes a translation file in its canonical form: every unit in reading
 * order, the Chinese quoted in a comment above its entry, the English kept
 * where there is one. A missing entry gets the current fingerprint and an
 * empty `en`; a stale entry keeps its old fingerprint and is marked, so the
 * build keeps failing until a person has re-translated it.
 */
export function unitsToYaml(file: string, units: readonly Unit[], existing: unknown): string {
  const lines = [HEADER(file)];
  const opened = new Set<string>();
  for (const unit of units) {
    // Open each enclosing key once, in order.
    unit.path.slice(0, -1).forEach((key, depth) => {
      const id = unit.path.slice(0, depth + 1).join('.');
      if (opened.has(id)) return;
      opened.add(id);
      lines.push(`${'  '.repeat(depth)}${JSON.stringify(key)}:`);
    });
    const depth = unit.path.length - 1;
    const indent = '  '.repeat(depth);
    const key = unit.path.at(-1) as string;
    const entry = at(existing, unit.path) as { source?: string; en?: string } | undefined;
    const current = sourceHash(unit.zh);
    const stale = entry?.source !== undefined && entry.source !== current;
    lines.push(`${indent}${JSON.stringify(key)}:`);
    lines.push(`${indent}  # ${unit.zh}`);
    if (stale) lines.push(`${indent}  # STALE: the Chinese changed; re-translate, then set source to ${current}`);
    lines.push(`${indent}  source: ${stale ? entry.source : current}`);
    lines.push(`${indent}  en: ${JSON.stringify(entry?.en ?? '')}`);
  }
  return `${lines.join('\n')}\n`;
}
