import yaml from 'js-yaml';
import type { z } from 'zod';
import { checkTextCharacters } from './characters.ts';
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
 * The tree of nodes js-yaml reads, with their lines. js-yaml announces every
 * node it opens and closes (its `listener`); a mapping's children come as
 * key, value, key, value …, a sequence's as its items. JSON is YAML, so the
 * manifest is located the same way.
 */
function textToNodes(text: string): Node | undefined {
  const stack: Node[] = [];
  let root: Node | undefined;
  yaml.load(text, {
    listener(event, state) {
      if (event === 'open') {
        stack.push({ line: state.line + 1, kind: '', result: undefined, children: [] });
        return;
      }
      const node = stack.pop() as Node;
      node.kind = state.kind;
      node.result = state.result;
      const parent = stack.at(-1);
      if (parent) parent.children.push(node);
      else root = node;
    },
  });
  return root;
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

/**
 * Checks a parsed value against its schema; on failure throws a
 * {@link SourceError} at the line of the first value at fault.
 */
function checkValue<T extends z.ZodType>(schema: T, value: unknown, text: string, file: string): z.output<T> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  // A key the schema does not know is most often a misspelling, which also
  // leaves a required key missing: name the misspelt one.
  const issues = result.error.issues;
  const issue = (issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0]) as z.core.$ZodIssue;
  let path: PropertyKey[] = issue.path;
  let found: string;
  if (issue.code === 'unrecognized_keys') {
    path = [...issue.path, issue.keys[0] as string];
    found = `the key ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
  } else if (issue.code === 'custom' && typeof issue.input === 'string') {
    found = issue.input;
  } else {
    found = describe(at(value, path));
  }
  const where = path.length > 0 ? ` at ${path.map(String).join('.')}` : '';
  throw new SourceError(file, lineOfPath(textToNodes(text), path), `${expectation(issue)}${where}`, found);
}

/**
 * Parses a YAML file and checks it against its schema. Every fault becomes a
 * {@link SourceError}: a refused character at its line and column, a syntax
 * error where js-yaml found it, a value of the wrong shape at its line.
 *
 * @example
 * yamlToValue('agencies:\n  - id: 商务部\n', 'content/agencies.yaml', registrySchema)
 * // throws content/agencies.yaml:2: expected lowercase ASCII words joined by "-" at agencies.0.id, found "商务部"
 */
export function yamlToValue<T extends z.ZodType>(text: string, file: string, schema: T): z.output<T> {
  checkTextCharacters(text, file, new Set(), 'a curated file admits none');
  let value: unknown;
  try {
    value = yaml.load(text);
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    throw new SourceError(file, error.mark.line + 1, 'well-formed YAML', error.reason, error.mark.column + 1);
  }
  return checkValue(schema, value ?? {}, text, file);
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
 * fault as {@link yamlToValue} does. The syntax is JSON's, strictly.
 *
 * @example
 * jsonToValue('{\n  "documents": [\n}', 'seeds/manifest.json', manifestSchema)
 * // throws seeds/manifest.json:3:1: expected well-formed JSON, found Unexpected token '}'
 */
export function jsonToValue<T extends z.ZodType>(text: string, file: string, schema: T): z.output<T> {
  checkTextCharacters(text, file, new Set(), 'the manifest admits none in itself');
  const body = text.replace(/^\uFEFF/, '');
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
  return checkValue(schema, value, body, file);
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
    return lineOfPath(textToNodes(text), path);
  } catch {
    return 1;
  }
}
