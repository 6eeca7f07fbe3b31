/** The part of unicode-name (which ships no types) that the content step uses. */
declare module 'unicode-name' {
  /** The character's Unicode name, alias or label, e.g. `ZERO WIDTH SPACE`, `<private-use-E000>`. */
  export function unicodeName(char: string | number): string | undefined;
}
