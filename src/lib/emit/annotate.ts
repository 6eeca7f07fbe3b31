import { langSchema, type Lang } from '../schema/common.ts';
import { resolveMarks, type InnerMark, type Mark } from './marks.ts';

/**
 * Text as MDX that renders exactly that text: a JavaScript string literal in
 * an expression, never parsed as Markdown, HTML or ESM (see mdx-text.ts for
 * why escaping would not do). Nothing for an empty piece.
 */
const textToExpression = (text: string) => (text === '' ? '' : `{${JSON.stringify(text)}}`);

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
function innerTag(mark: InnerMark, lang: Lang, inClause: boolean): [string, string] {
  const common = `lang="${lang}"${inClause ? ' inClause' : ''}`;
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
function spanToMdx(text: string, start: number, end: number, inner: readonly InnerMark[], lang: Lang, inClause: boolean): string {
  let out = '';
  let cursor = start;
  for (const mark of inner) {
    const [name, open] = innerTag(mark, lang, inClause);
    out += textToExpression(text.slice(cursor, mark.start)) + open + textToExpression(text.slice(mark.start, mark.end)) + `</${name}>`;
    cursor = mark.end;
  }
  return out + textToExpression(text.slice(cursor, end));
}

/**
 * Writes one paragraph as MDX with what it refers to marked up as components:
 * `<Clause>` for a clause of the plan that names a task, and inside or
 * outside it `<Term>` (a glossary term), `<Body>` (a body of the registry)
 * and `<Cited>` (a cited document); inside a clause they carry `inClause`,
 * since the clause is a link already. Every piece of text is a string literal
 * expression and every attribute value an expression too, so no text and no
 * id can become markup; `lang` is written as is, after checking it is a
 * language of the site. Concatenating the text the MDX renders gives the
 * paragraph back, character for character.
 *
 * Overlaps are settled by `resolveMarks` (marks.ts): a clause is the outer
 * span; inner marks that overlap keep the earliest, then the longest. Throws
 * on a mark outside the paragraph, or on clauses that overlap.
 *
 * @example
 * paragraphToAnnotatedMdx('优化升级国际贸易“单一窗口”。', 'zh', [
 *   { kind: 'clause', start: 0, end: 14, task: 'services-opening-87' },
 *   { kind: 'term', start: 9, end: 13, term: '单一窗口', hint: 'single window' },
 * ])
 * // → '<p><Clause lang="zh" task={"services-opening-87"}>{"优化升级国际贸易“"}<Term lang="zh" inClause term={"单一窗口"} hint={"single window"}>{"单一窗口"}</Term>{"”"}</Clause>{"。"}</p>'
 */
export function paragraphToAnnotatedMdx(text: string, lang: Lang, marks: readonly Mark[]): string {
  if (!langSchema.safeParse(lang).success) throw new Error(`paragraphToAnnotatedMdx: the language ${JSON.stringify(lang)} is not one of zh, en`);
  const body = resolveMarks(text.length, marks)
    .map(({ clause, start, end, inner }) => {
      const content = spanToMdx(text, start, end, inner, lang, clause !== null);
      return clause ? `<Clause lang="${lang}"${attribute('task', clause.task)}>${content}</Clause>` : content;
    })
    .join('');
  return `<p>${body}</p>`;
}

/**
 * Wraps one language's paragraphs (annotated MDX, as written by
 * {@link paragraphToAnnotatedMdx}) in an `<Edition>`, so one MDX file can
 * hold both languages and a page renders only its own. The page passes its
 * language to the content, `<Content current={lang} components={mdxComponents} />`,
 * and MDX hands it on as `props.current`.
 *
 * @example
 * editionToMdx('zh', ['<p>{"第一段。"}</p>']) // → '<Edition lang="zh" current={props.current}>\n\n<p>{"第一段。"}</p>\n\n</Edition>'
 */
export function editionToMdx(lang: Lang, paragraphs: readonly string[]): string {
  if (!langSchema.safeParse(lang).success) throw new Error(`editionToMdx: the language ${JSON.stringify(lang)} is not one of zh, en`);
  return `<Edition lang="${lang}" current={props.current}>\n\n${paragraphs.join('\n\n')}\n\n</Edition>`;
}
