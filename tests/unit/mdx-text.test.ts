import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { corpusToFiles, taskTextFile } from '../../src/lib/emit/collections.ts';
import { paragraphToAnnotatedMdx } from '../../src/lib/emit/annotate.ts';
import { textToMdx } from '../../src/lib/emit/mdx-text.ts';

/** A paragraph with nothing marked: what the emit step writes for plain text. */
const paragraphToMdx = (text: string) => paragraphToAnnotatedMdx(text, []);
const paragraphsToMdx = (texts: readonly string[]) => texts.map(paragraphToMdx).join('\n\n');
import { verbatimSchema } from '../../src/lib/schema/common.ts';
import { taskEntrySchema, type TaskEntry } from '../../src/lib/schema/task.ts';
import { anyText, hostileText } from '../helpers/hostile-text.ts';
import { renderEditions, renderMdx } from '../helpers/mdx.ts';

describe('a paragraph of plain text (textToMdx in a <p>)', () => {
  test('renders any string as one paragraph holding exactly that text, through the real MDX compiler', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const { nodes, exports } = await renderMdx(paragraphToMdx(text));
        // An empty text writes nothing inside the paragraph.
        expect(nodes).toEqual([{ type: 'p', children: text === '' ? [] : [text] }]);
        expect(exports).toEqual(['default']);
      }),
      { numRuns: 400 },
    );
  });

  test('writes an empty text as nothing, and any other as one string literal', () => {
    expect(textToMdx('')).toBe('');
    expect(textToMdx('a"b')).toBe('{"a\\"b"}');
  });

  test('keeps Chinese text readable and verbatim in the file', () => {
    expect(paragraphToMdx('向外资开放国内互联网虚拟专用网业务(外资股比不超过50%)')).toBe('<p>{"向外资开放国内互联网虚拟专用网业务(外资股比不超过50%)"}</p>');
  });

  test('renders a list of paragraphs as that many paragraphs', async () => {
    const { nodes } = await renderMdx(paragraphsToMdx(['第一段。', 'import a from "b"', '{x}']));
    expect(nodes.filter((n) => typeof n !== 'string')).toEqual([
      { type: 'p', children: ['第一段。'] },
      { type: 'p', children: ['import a from "b"'] },
      { type: 'p', children: ['{x}'] },
    ]);
  });
});

describe('a generated task file', () => {
  const verbatimText = hostileText.filter((t) => verbatimSchema.safeParse(t).success);
  const task = (zh: string, en: string): TaskEntry => ({
    id: 'services-trade-1',
    document: 'services-trade',
    key: '1',
    part: 'attachment',
    attachment: 1,
    number: 1,
    category: 1,
    text: { zh, en },
    line: 12,
    details: { remark: { zh: en, en: zh } },
    assignment: null,
    priorities: [],
    related: [],
  });
  const filesOf = (entry: TaskEntry) =>
    corpusToFiles(
      { documents: [], sections: [], categories: [], agencies: [], priorities: [], tasks: [entry] },
      { manifest: 'm', seeds: { 'services-trade': 's' }, registry: 'r', editorial: 'e', priorities: 'p', glossary: 'g', notes: 'n', translations: 't' },
      { glossary: [], registry: { agencies: [] }, notes: [], seeds: [] },
    );

  test('reads back, record and text, as exactly the text it was given', async () => {
    await fc.assert(
      fc.asyncProperty(verbatimText, verbatimText, async (zh, en) => {
        const files = filesOf(task(zh, en));
        const record = (JSON.parse(files.get('tasks.json') as string) as { entries: unknown[] }).entries[0];
        expect(taskEntrySchema.parse(record)).toEqual(task(zh, en));
        expect(await renderEditions(files.get(taskTextFile(task(zh, en))) as string)).toEqual({ zh: [zh], en: [en] });
      }),
      { numRuns: 300 },
    );
  });
});
