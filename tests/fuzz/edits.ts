import fc from 'fast-check';

/**
 * One random edit of a text, at positions fast-check chooses: lines deleted,
 * duplicated or swapped, characters deleted, the text cut short, or `noise`
 * (what the caller's kind of file might gain) inserted. The fuzz tests of the
 * parsers and of the gate corrupt their inputs with it.
 */
export function textEdit(noise: fc.Arbitrary<string>) {
  return fc.oneof(
    fc.record({ kind: fc.constant('delete-lines' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 8 }) }),
    fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), other: fc.nat() }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: noise }),
    fc.record({ kind: fc.constant('delete-chars' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 40 }) }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  );
}
export type TextEdit = ReturnType<typeof textEdit> extends fc.Arbitrary<infer T> ? T : never;

/** The text after one edit. */
export function applyEdit(text: string, change: TextEdit): string {
  const lines = text.split('\n');
  const line = (n: number) => n % lines.length;
  switch (change.kind) {
    case 'delete-lines':
      lines.splice(line(change.at), change.count);
      return lines.join('\n');
    case 'duplicate-line':
      lines.splice(line(change.at), 0, lines[line(change.at)] ?? '');
      return lines.join('\n');
    case 'swap-lines': {
      const [a, b] = [line(change.at), line(change.other)];
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines.join('\n');
    }
    case 'insert': {
      const at = change.at % (text.length + 1);
      return text.slice(0, at) + change.text + text.slice(at);
    }
    case 'delete-chars': {
      const at = change.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + change.count);
    }
    case 'truncate':
      return text.slice(0, change.at % (text.length + 1));
  }
}
