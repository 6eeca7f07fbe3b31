/**
 * Splits a text at the names it contains, in the order given, so each name can
 * be linked while everything between them (separators, punctuation) stays
 * exactly as written. Throws if a name is not found after the previous one.
 *
 * @example
 * splitAtNames('厦门海关、市税务局。', [{ name: '厦门海关' }, { name: '市税务局' }])
 * // → [{ name: '厦门海关' }, '、', { name: '市税务局' }, '。']
 */
export function splitAtNames<T extends { name: string }>(text: string, refs: readonly T[]): (string | T)[] {
  const parts: (string | T)[] = [];
  let cursor = 0;
  for (const ref of refs) {
    const at = text.indexOf(ref.name, cursor);
    if (at < 0) throw new Error(`splitAtNames: ${ref.name} not found in ${text.slice(cursor)}`);
    if (at > cursor) parts.push(text.slice(cursor, at));
    parts.push(ref);
    cursor = at + ref.name.length;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return parts;
}
