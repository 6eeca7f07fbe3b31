import yaml from 'js-yaml';
import type { z } from 'zod';
import { checkTextCharacters, codePointToName, isRefusedCodePoint } from './characters.ts';
import { textToNormalForm } from './normal-form.ts';
import { SourceError, quoteSource } from './source-error.ts';

/**
 * Reading the curated inputs (seeds/manifest.json, content/*.yaml and the
 * translation files) so that every fault, from a syntax error to a value of
 * the wrong shape, is reported as `file:line: expected …, found …`, at the
 * line of the value concerned, never as a stack trace.
 */

/** A parsed node of a YAML or JSON text, with the line it starts on. */
interface Node {
  line: number;
  kind: string;
  result: unknown;
  children: Node[];
}

/**
 * What js-yaml reads a curated file with. The core schema: a value is a text,
 * a number, true, false or null, and nothing else (no dates that become
 * objects, no binary, no merge keys); js-yaml refuses a key given twice in one
 * mapping, and a second document in one file.
 */
const LOAD_OPTIONS = { schema: yaml.CORE_SCHEMA } as const;

/**
 * Reads a YAML (or JSON) text into its value and the tree of its nodes, with
 * their lines. js-yaml announces every node it opens and closes (its
 * `listener`); a mapping's children come as key, value, key, value …, a
 * sequence's as its items. An anchor is refused, and with it every alias
 * (which needs one): it would copy a value from elsewhere in the file, which
 * a reviewer reading one entry cannot see.
 */
function textToTree(text: string, file: string): { value: unknown; root: Node | undefined } {
  const stack: Node[] = [];
  let root: Node | undefined;
  let value: unknown;
  try {
    value = yaml.load(text, {
      ...LOAD_OPTIONS,
      listener(event, state) {
        if (event === 'open') {
          stack.push({ line: state.line + 1, kind: '', result: undefined, children: [] });
          return;
        }
        const node = stack.pop() as Node;
        // js-yaml's state has the node's anchor; its types leave it out.
        const { anchor } = state as typeof state & { anchor?: string | null };
        if (anchor) throw new SourceError(file, node.line, 'no anchor (write each value out in full)', `&${anchor}`);
        node.kind = state.kind;
        node.result = state.result;
        const parent = stack.at(-1);
        if (parent) parent.children.push(node);
        else root = node;
      },
    });
  } catch (error) {
    if (error instanceof SourceError) throw error;
    if (error instanceof yaml.YAMLException) throw yamlError(error, text, file);
    throw error;
  }
  return { value, root };
}

/** The line that starts a second YAML document: a `---` or `...` after the first document's content. */
function secondDocumentLine(text: string): number {
  const lines = text.split(/\r\n|\r|\n/);
  let content = false;
  for (const [i, line] of lines.entries()) {
    const marker = /^(?:---|\.\.\.)(?:\s|$)/.test(line);
    if (marker && content) return i + 1;
    if (!marker && line.trim() !== '' && !line.trimStart().startsWith('#')) content = true;
  }
  return 1;
}

/** A js-yaml error as a SourceError at its line and column (js-yaml counts both from 0). */
function yamlError(error: yaml.YAMLException, text: string, file: string): SourceError {
  const mark = error.mark as { line: number; column: number; position: number } | undefined;
  if (error.reason.startsWith('expected a single document'))
    return new SourceError(file, secondDocumentLine(text), 'one YAML document in the file', 'a second one');
  if (!mark) return new SourceError(file, 1, 'well-formed YAML', error.reason);
  if (error.reason === 'duplicated mapping key') {
    const key = /^\s*("(?:[^"\\]|\\.)*"|'[^']*'|[^:]+?)\s*:/.exec(text.slice(mark.position))?.[1] ?? '?';
    return new SourceError(
      file,
      mark.line + 1,
      'each key once in a mapping',
      `${key.startsWith('"') || key.startsWith("'") ? key : JSON.stringify(key)} a second time`,
      mark.column + 1,
    );
  }
  return new SourceError(file, mark.line + 1, 'well-formed YAML', error.reason, mark.column + 1);
}

/** The line of the deepest node on `path` (a key's own line for a mapping entry), or 1. */
function lineOfPath(root: Node | undefined, path: readonly PropertyKey[]): number {
  let node = root;
  let line = 1;
  for (const key of path) {
    // js-yaml wraps a flow collection at the top (all of a JSON file) in a node of the same value.
    while (node && node.children.length === 1 && node.children[0]?.result === node.result) node = node.children[0];
    if (!node) break;
    if (node.kind === 'mapping') {
      let next: Node | undefined;
      for (let i = 0; i + 1 < node.children.length; i += 2) {
        const keyNode = node.children[i] as Node;
        if (String(keyNode.result) === String(key)) {
          line = keyNode.line;
          next = node.children[i + 1];
        }
      }
      node = next;
    } else if (node.kind === 'sequence') {
      node = node.children[Number(key)];
      if (node) line = node.line;
    } else {
      break;
    }
  }
  return line;
}

const at = (value: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), value);

/** A value as an error message shows it. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null (an empty value)';
  if (typeof value === 'string') return quoteSource(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return `a mapping of ${Object.keys(value).join(', ') || 'nothing'}`;
  return String(value);
}

const TYPES: Readonly<Record<string, string>> = {
  string: 'a text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
};

/** What a zod issue expected, in words. */
function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return TYPES[issue.expected] ?? `a ${issue.expected}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `${JSON.stringify(issue.values[0])}` : `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) === 1 ? 'a text that is not empty' : `a text of at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `a list of at least ${issue.minimum}`;
      return `at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `a text of at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `a list of at most ${issue.maximum}`;
      return `at most ${issue.maximum}`;
    case 'invalid_format':
      return issue.message.startsWith('Invalid')
        ? `text matching ${issue.format === 'regex' && 'pattern' in issue ? String(issue.pattern) : issue.format}`
        : issue.message;
    case 'unrecognized_keys':
      return 'only the keys this file defines';
    default:
      return issue.message;
  }
}

/** Edit distance between two keys, for suggesting the one a misspelt key meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  getter?: () => z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * The keys the object schema at `path` defines, walking the schema beside
 * the value (through lists, records, optional values, refinements and
 * unions, where it takes the option that knows most of the value's keys).
 */
function keysAt(schema: z.ZodType, value: unknown, path: readonly PropertyKey[]): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return keysAt(def.innerType as z.ZodType, value, path);
    case 'pipe':
      return keysAt(def.in as z.ZodType, value, path);
    case 'lazy':
      return keysAt((def.getter as () => z.ZodType)(), value, path);
    case 'intersection':
      return [...keysAt(def.left as z.ZodType, value, path), ...keysAt(def.right as z.ZodType, value, path)];
    case 'union': {
      const here = path.length === 0 && value !== null && typeof value === 'object' ? Object.keys(value) : [];
      const candidates = (def.options ?? []).map((option) => keysAt(option, value, path));
      const score = (keys: string[]) => (path.length === 0 ? here.filter((k) => keys.includes(k)).length : keys.length);
      return candidates.reduce<string[]>((best, keys) => (score(keys) > score(best) ? keys : best), []);
    }
    case 'object':
      if (path.length === 0) return Object.keys(def.shape ?? {});
      return def.shape?.[String(path[0])] ? keysAt(def.shape[String(path[0])] as z.ZodType, at(value, [path[0] as PropertyKey]), path.slice(1)) : [];
    case 'array':
      return path.length === 0 ? [] : keysAt(def.element as z.ZodType, at(value, [path[0] as PropertyKey]), path.slice(1));
    case 'record':
      return path.length === 0 ? [] : keysAt(def.valueType as z.ZodType, at(value, [path[0] as PropertyKey]), path.slice(1));
    default:
      return [];
  }
}

/** What an unknown key is expected to be: the keys the mapping defines, the nearest first where one is close. */
function unknownKey(schema: z.ZodType, value: unknown, path: readonly PropertyKey[], key: string): { expected: string; found: string } {
  const known = keysAt(schema, value, path);
  const nearest = [...known].sort((a, b) => distance(key, a) - distance(key, b))[0];
  const close = nearest !== undefined && distance(key, nearest) <= Math.max(2, Math.floor(nearest.length / 3));
  const listed =
    known.length > 8 ? `one of the ${known.length} keys this mapping defines` : `one of the keys ${known.map((k) => JSON.stringify(k)).join(', ')}`;
  return {
    expected: known.length > 0 ? listed : 'only the keys this file defines',
    found: `the key ${JSON.stringify(key)}${close ? ` (did you mean ${JSON.stringify(nearest)}?)` : ''}`,
  };
}

/**
 * Checks a parsed value against its schema; on failure throws a
 * {@link SourceError} at the line of the first value at fault.
 */
function checkValue<T extends z.ZodType>(schema: T, value: unknown, root: Node | undefined, file: string): z.output<T> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  // A key the schema does not know is most often a misspelling, which also
  // leaves a required key missing: name the misspelt one, and the key it meant.
  const issues = result.error.issues;
  const issue = (issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0]) as z.core.$ZodIssue;
  let path: PropertyKey[] = issue.path;
  let expected = expectation(issue);
  let found: string;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] as string;
    ({ expected, found } = unknownKey(schema, value, issue.path, key));
    path = [...issue.path, key];
  } else if (issue.code === 'custom' && typeof issue.input === 'string') {
    found = issue.input;
  } else {
    found = value == null && path.length === 0 ? 'an empty file' : describe(at(value, path));
  }
  const where = issue.path.length > 0 ? ` at ${issue.path.map(String).join('.')}` : '';
  throw new SourceError(file, lineOfPath(root, path), `${expected}${where}`, found);
}

/** What a refusal of a decoded value tells the editor. */
const CURATED_NOTE = 'a curated file admits none';

/**
 * Applies the character policy to every key and text of a parsed file, after
 * YAML's and JSON's escapes are decoded: `"\u202E"` is written in plain ASCII
 * but puts a right-to-left override on the page. A line break inside a text
 * (a block scalar) is allowed; every other refused character stops at the
 * line of its value.
 */
function checkDecodedCharacters(value: unknown, root: Node | undefined, file: string, path: PropertyKey[] = []): void {
  const check = (text: string, at: PropertyKey[], what: string) => {
    for (const char of text) {
      const codePoint = char.codePointAt(0) as number;
      if (codePoint !== 0x0a && isRefusedCodePoint(codePoint)) {
        const where = at.length > 0 ? ` at ${at.map(String).join('.')}` : '';
        throw new SourceError(file, lineOfPath(root, at), `no invisible or unusual character in ${what} (${CURATED_NOTE})${where}`, codePointToName(codePoint));
      }
    }
  };
  if (typeof value === 'string') check(value, path, 'a text');
  else if (Array.isArray(value)) value.forEach((item, i) => checkDecodedCharacters(item, root, file, [...path, i]));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      check(key, [...path, key], 'a key');
      checkDecodedCharacters(item, root, file, [...path, key]);
    }
  }
}

/** A parsed curated file: its checked value, and the line of any value in it, for later messages. */
export interface Structured<T> {
  value: T;
  /** The line at which the value at `path` stands (a key's own line for a mapping entry), or 1. */
  lineOf: (path: readonly PropertyKey[]) => number;
}

/**
 * Parses a YAML file and checks it against its schema. Every fault becomes a
 * {@link SourceError}: a refused character at its line and column (in the
 * text as written, then in every value as decoded), a syntax error where
 * js-yaml found it, a key given twice, a second document, an anchor (and
 * so any alias), a value of the wrong shape at its line, an unknown key with the key
 * it most likely meant.
 *
 * @example
 * yamlToValue('agencies:\n  - id: 商务部\n', 'content/agencies.yaml', registrySchema)
 * // throws content/agencies.yaml:2: expected lowercase ASCII words joined by "-" at agencies.0.id, found "商务部"
 */
export function yamlToValue<T extends z.ZodType>(text: string, file: string, schema: T): z.output<T> {
  return readYaml(text, file, schema).value;
}

/** {@link yamlToValue}, keeping the lines of the file's values. */
export function readYaml<T extends z.ZodType>(text: string, file: string, schema: T): Structured<z.output<T>> {
  checkTextCharacters(text, file, new Set(), CURATED_NOTE);
  // Read in normal form, so a copy saved with CRLF or trailing spaces gives the same values (the lines stay where they were).
  const { value, root } = textToTree(textToNormalForm(text), file);
  checkDecodedCharacters(value, root, file);
  // An empty file is a value of nothing, which no schema of a curated file accepts: the message says so.
  return { value: checkValue(schema, value, root, file), lineOf: (path) => lineOfPath(root, path) };
}

const AT_END = /^(?:Unexpected end of JSON input|Unterminated string)/;
/** Where JSON.parse stopped, as an offset: from its message, or, where it names none, by trying prefixes. */
function jsonErrorOffset(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  // "Unexpected token 'x', … is not valid JSON" names no position: find the
  // shortest prefix whose error is not merely that the prefix ends early.
  const failsInside = (length: number) => {
    try {
      JSON.parse(text.slice(0, length));
      return false;
    } catch (e) {
      const m = (e as Error).message;
      const p = /at position (\d+)/.exec(m);
      return !AT_END.test(m) && !(p && Number(p[1]) >= length);
    }
  };
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (failsInside(middle)) high = middle;
    else low = middle + 1;
  }
  return Math.max(0, low - 1);
}

/**
 * Parses a JSON file and checks it against its schema, reporting every
 * fault as {@link yamlToValue} does. The syntax is JSON's, strictly; a key
 * given twice in one object is refused (JSON.parse would keep the last).
 *
 * @example
 * jsonToValue('{\n  "documents": [\n}', 'seeds/manifest.json', manifestSchema)
 * // throws seeds/manifest.json:3:1: expected well-formed JSON, found Unexpected token '}'
 */
export function jsonToValue<T extends z.ZodType>(text: string, file: string, schema: T): z.output<T> {
  return readJson(text, file, schema).value;
}

/** {@link jsonToValue}, keeping the lines of the file's values. */
export function readJson<T extends z.ZodType>(text: string, file: string, schema: T): Structured<z.output<T>> {
  checkTextCharacters(text, file, new Set(), CURATED_NOTE);
  const body = textToNormalForm(text);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const message = (error as Error).message;
    const offset = jsonErrorOffset(body, message);
    const before = body.slice(0, offset).split(/\r\n|\r|\n/);
    const reason = message.replace(/ in JSON at position \d+.*$/s, '').replace(/, (?:\.\.\.)?".*$/s, '');
    throw new SourceError(file, before.length, 'well-formed JSON', reason, [...(before.at(-1) ?? '')].length + 1);
  }
  // JSON is YAML: reading it again gives the lines of its values, and refuses a key given twice.
  const { root } = textToTree(body, file);
  checkDecodedCharacters(value, root, file);
  return { value: checkValue(schema, value, root, file), lineOf: (path) => lineOfPath(root, path) };
}

/**
 * The line at which the value at `path` stands in a YAML or JSON text, for
 * messages about a value that is well-formed but wrong in context; 1 when the
 * path is not there.
 *
 * @example lineInText('a:\n  b: 1\n', ['a', 'b']) // → 2
 */
export function lineInText(text: string, path: readonly PropertyKey[]): number {
  try {
    return lineOfPath(textToTree(text, '').root, path);
  } catch {
    return 1;
  }
}
