import { langSchema } from '../schema/common.ts';
import type { Lang } from '../schema/languages.ts';
import { resolveMarks, type InnerMark, type Mark } from './marks.ts';
import { textToMdx } from './mdx-text.ts';

/**
 * A component attribute whose value is an expression holding a string
 * literal, so no value, whatever it holds, can close the tag or add another.
 */
const attribute = (name: string, value: string) => ` ${name}={${JSON.stringify(value)}}`;

/**
 * The opening tag of an inner mark's component, with its props. Inside a
 * clause it says so (`inClause`): the clause is a link, and a link may not
 * hold another, so the component renders no link of its own there.
 */
function innerTag(mark: InnerMark, inClause: boolean): [string, string] {
  // The page's language, for the links: an English page shows the Chinese too, and links stay in English.
  const common = `lang={props.page}${inClause ? ' inClause' : ''}`;
  switch (mark.kind) {
    case 'term':
      return ['Term', `<Term ${common}${attribute('term', mark.term)}${attribute('hint', mark.hint)}>`];
    case 'body':
      return ['Body', `<Body ${common}${attribute('agency', mark.agency)}>`];
    case 'citation':
      return ['Cited', `<Cited ${common}${attribute('number', mark.number)}${mark.title === undefined ? '' : attribute('title', mark.title)}>`];
  }
}

/** The text from `start` to `end`, with its inner marks as components. */
function spanToMdx(text: string, start: number, end: number, inner: readonly InnerMark[], inClause: boolean): string {
  let out = '';
  let cursor = start;
  for (const mark of inner) {
    const [name, open] = innerTag(mark, inClause);
    out += textToMdx(text.slice(cursor, mark.start)) + open + textToMdx(text.slice(mark.start, mark.end)) + `</${name}>`;
    cursor = mark.end;
  }
  return out + textToMdx(text.slice(cursor, end));
}

/**
 * Writes one paragraph as MDX with what it refers to marked up as components:
 * `<Clause>` for a clause of the plan that names a task, and inside or
 * outside it `<Term>` (a glossary term), `<Body>` (a body of the registry)
 * and `<Cited>` (a cited document); inside a clause they carry `inClause`,
 * since the clause is a link already. Every piece of text is a string literal
 * expression and every attribute value an expression too, so no text and no
 * id can become markup. Each component's `lang` is the page's language
 * (`props.page`, see {@link editionToMdx}), which the links it renders are in.
 * Concatenating the text the MDX renders gives the paragraph back, character
 * for character.
 *
 * Overlaps are settled by `resolveMarks` (marks.ts): a clause is the outer
 * span; inner marks that overlap keep the earliest, then the longest. Throws
 * on a mark outside the paragraph, or on clauses that overlap.
 *
 * @example
 * paragraphToAnnotatedMdx('优化升级国际贸易“单一窗口”。', [
 *   { kind: 'clause', start: 0, end: 14, task: 'services-opening-87' },
 *   { kind: 'term', start: 9, end: 13, term: '单一窗口', hint: 'single window' },
 * ])
 * // → '<p><Clause lang={props.page} task={"services-opening-87"}>{"优化升级国际贸易“"}<Term lang={props.page} inClause term={"单一窗口"} hint={"single window"}>{"单一窗口"}</Term>{"”"}</Clause>{"。"}</p>'
 */
export function paragraphToAnnotatedMdx(text: string, marks: readonly Mark[]): string {
  const body = resolveMarks(text.length, marks)
    .map(({ clause, start, end, inner }) => {
      const content = spanToMdx(text, start, end, inner, clause !== null);
      return clause ? `<Clause lang={props.page}${attribute('task', clause.task)}>${content}</Clause>` : content;
    })
    .join('');
  return `<p>${body}</p>`;
}

/**
 * Wraps one language's paragraphs (annotated MDX, as written by
 * {@link paragraphToAnnotatedMdx}) in an `<Edition>`, so one MDX file can
 * hold both languages and a page renders the one it asks for. The page
 * passes the edition and its own language to the content,
 * `<Content edition={edition} page={lang} components={mdxComponents} />`
 * (see RecordText.astro), and MDX hands them on as `props.edition` and
 * `props.page`: the marks link to pages in the page's language.
 *
 * @example
 * editionToMdx('zh', ['<p>{"第一段。"}</p>']) // → '<Edition lang="zh" current={props.edition}>\n\n<p>{"第一段。"}</p>\n\n</Edition>'
 */
export function editionToMdx(lang: Lang, paragraphs: readonly string[]): string {
  if (!langSchema.safeParse(lang).success) throw new Error(`editionToMdx: the language ${JSON.stringify(lang)} is not one of zh, en`);
  return `<Edition lang="${lang}" current={props.edition}>\n\n${paragraphs.join('\n\n')}\n\n</Edition>`;
}
