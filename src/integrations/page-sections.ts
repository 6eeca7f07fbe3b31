import { load } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { tagToLang, type Lang } from '../lib/schema/languages.ts';

/*
 * A built page read as the sections of its prose, the way Pagefind reads a
 * page, with Pagefind's own attributes: the element marked
 * `data-pagefind-body` is what is indexed, an element marked
 * `data-pagefind-ignore` is left out, `data-pagefind-meta="key:value"` names
 * the page, and a heading with an id starts a section (Pagefind's
 * sub-results). Three things Pagefind does not do: a part (a `<section>`
 * named by its heading) starts its section where it starts, so a label above
 * its heading (附件) is its own; the text of an element in another language
 * (the original beside a translation, `lang="zh-CN"`) is kept apart as that
 * language's text of the same section; and a heading that is left out (a
 * part's name the page supplies, such as 版记) still starts and names its
 * section, without its words being indexed.
 */

/** One section of a page's prose: its anchor, its labels, and its text in each language the page shows. */
export interface PageSection {
  /** The heading's id; null for what stands before the first one (the front matter). */
  anchor: string | null;
  /** Its heading's words (the page's h1 for the front matter). */
  title: string;
  /** The name of the part it belongs to (the heading of the enclosing `<section aria-labelledby>`). */
  part: string;
  /** For a subsection (h3 and below), the heading of the section it falls under. */
  parent: string;
  /** Its text per language, blocks (paragraphs, headings, list items) one a line. */
  texts: Partial<Record<Lang, string>>;
}

/** A page's language, its metadata and its sections. */
export interface PageProse {
  lang: Lang;
  meta: Record<string, string>;
  sections: PageSection[];
}

/** Elements whose text is a block of its own: a line break before and after. */
const BLOCKS = new Set(
  'address article aside blockquote br dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul'.split(
    ' ',
  ),
);
const HEADING = /^h([1-6])$/;

const isElement = (node: AnyNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';
const ignored = (element: Element) => element.attribs['data-pagefind-ignore'] !== undefined;

/** An element's words, as a reader sees them: ignored descendants left out, white space collapsed. */
function wordsOf(element: Element): string {
  const parts: string[] = [];
  const walk = (node: AnyNode) => {
    if (node.type === 'text') parts.push(node.data);
    else if (isElement(node) && !ignored(node)) node.children.forEach(walk);
  };
  element.children.forEach(walk);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * Reads a built page's prose as sections. Throws when the page has no
 * `<html lang>` the site publishes, or not exactly one `data-pagefind-body`.
 */
export function htmlToSections(html: string, where: string): PageProse {
  const $ = load(html);
  const tag = $('html').attr('lang') ?? '';
  const lang = tagToLang(tag);
  if (!lang) throw new Error(`${where}: expected <html lang> of a published language, found "${tag}"`);
  const bodies = $('[data-pagefind-body]');
  if (bodies.length !== 1) throw new Error(`${where}: expected one element with data-pagefind-body, found ${bodies.length}`);
  const meta: Record<string, string> = {};
  bodies
    .find('[data-pagefind-meta]')
    .addBack('[data-pagefind-meta]')
    .each((_, element) => {
      const value = $(element).attr('data-pagefind-meta') ?? '';
      const colon = value.indexOf(':');
      if (colon < 1) throw new Error(`${where}: expected data-pagefind-meta="key:value", found "${value}"`);
      meta[value.slice(0, colon)] = value.slice(colon + 1);
    });

  const sections: PageSection[] = [];
  /** The blocks of the section being read, per language, and the block being written. */
  let blocks: Partial<Record<Lang, string[]>> = {};
  const line: Partial<Record<Lang, string>> = {};
  const headingById = (id: string) => bodies.find('[id]').filter((_, e) => e.attribs.id === id && HEADING.test(e.name))[0];
  const h1 = bodies.find('h1')[0];
  let current: PageSection = { anchor: null, title: h1 ? wordsOf(h1) : '', part: '', parent: '', texts: {} };
  /** The heading of the last section of level 1 or 2: the one a subsection falls under. */
  let upper = '';
  const endLine = (l: Lang) => {
    const text = (line[l] ?? '').replace(/\s+/g, ' ').trim();
    if (text) (blocks[l] ??= []).push(text);
    line[l] = '';
  };
  const close = () => {
    for (const l of Object.keys(line) as Lang[]) endLine(l);
    current.texts = Object.fromEntries(Object.entries(blocks).map(([l, b]) => [l, b.join('\n')]));
    if (Object.keys(current.texts).length > 0) sections.push(current);
    blocks = {};
  };

  const walk = (node: AnyNode, textLang: Lang) => {
    if (node.type === 'text') {
      line[textLang] = (line[textLang] ?? '') + node.data;
      return;
    }
    if (!isElement(node) || node.type !== 'tag') return;
    const level = HEADING.exec(node.name)?.[1];
    const id = node.attribs.id;
    // A part (a <section> named by a heading) starts its section where it starts, so that what stands above its heading (a label: 附件) is its own.
    const named = node.name === 'section' && !ignored(node) ? node.attribs['aria-labelledby'] : undefined;
    const partHeading = named ? headingById(named) : undefined;
    if (named && partHeading && textLang === lang && named !== current.anchor) {
      close();
      upper = wordsOf(partHeading);
      current = { anchor: named, title: upper, part: '', parent: '', texts: {} };
    }
    // A heading of the page's own text, with an id, starts a section, unless its part has started it.
    if (level && id && textLang === lang && id !== current.anchor) {
      close();
      const title = wordsOf(node);
      const part = $(node).closest('section[aria-labelledby]').attr('aria-labelledby');
      const partName = part && part !== id ? headingById(part) : undefined;
      if (Number(level) <= 2) upper = title;
      current = { anchor: id, title, part: partName ? wordsOf(partName) : '', parent: Number(level) > 2 ? upper : '', texts: {} };
    }
    if (ignored(node)) return;
    const own = node.attribs.lang ? (tagToLang(node.attribs.lang) ?? textLang) : textLang;
    const block = BLOCKS.has(node.name) || own !== textLang;
    if (block) endLine(textLang);
    node.children.forEach((child) => walk(child, own));
    if (block) {
      endLine(own);
      endLine(textLang);
    }
  };
  walk(bodies[0]!, lang);
  close();
  return { lang, meta, sections };
}
