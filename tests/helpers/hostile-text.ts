import fc from 'fast-check';
import { mdxTextSchema } from '../../src/lib/emit/mdx-text.ts';

/**
 * Pieces of text that mean something to Markdown, MDX, HTML, YAML or
 * JavaScript, the characters of our documents, and the citation brackets and
 * document numbers the finders look for. Every fuzz test of the MDX writers
 * draws on this one list.
 */
export const hostilePiece = fc.constantFrom(
  '{',
  '}',
  '<',
  '>',
  '`',
  '*',
  '_',
  '#',
  '|',
  '\\',
  '[',
  ']',
  '(',
  ')',
  '!',
  '~',
  '&',
  '"',
  "'",
  '$',
  '-',
  '+',
  '.',
  ':',
  '^',
  'import ',
  'export ',
  'import x from "y"',
  'export const a = 1',
  '<script>alert(1)</script>',
  '</script>',
  '<b>',
  '</p>',
  '</Term>',
  '<Clause task="x">',
  '"}><script>',
  '<!-- -->',
  '<!--',
  '-->',
  '<?x?>',
  '<![CDATA[',
  '{/* */}',
  '&amp;',
  '&copy;',
  '&#x41;',
  '&#123;',
  '&lt;',
  '&nbsp;',
  'www.x.com',
  'www.example.com',
  'WWW.X.COM',
  'http://example.com',
  'https://example.com/a_b?c=d',
  '<http://example.com>',
  'mailto:a@b.co',
  'xmpp:a@b.co',
  'a@b.co',
  'javascript:alert(1)',
  '[x](javascript:alert(1))',
  '---',
  '===',
  '# ',
  '## ',
  '> ',
  '1. ',
  '2) ',
  '- ',
  '+ ',
  '* ',
  '- [ ] ',
  '| a | b |',
  '|a|b|',
  '|-|-|',
  '[^1]',
  '[^1]: x',
  '[x]: y',
  '[x](y)',
  '![x](y)',
  '*a*',
  '_a_',
  'a_b_c',
  '**',
  '***',
  '__',
  '~~',
  '~a~',
  '```',
  '\\\\',
  '\\*',
  '\\{',
  '${x}',
  '`${x}`',
  ' ',
  '  ',
  '\t',
  '    ',
  '\u00a0',
  '\u3000',
  '中',
  '文',
  '釆',
  'Ⅰ',
  '，',
  '。',
  '“',
  '”',
  '《',
  '》',
  '（',
  '）',
  '〔',
  '〕',
  '国函〔2025〕39号',
  'Guo Han [2025] No. 39',
  '单一窗口',
  '商务部',
  '🀄',
  '\u2028',
  '\u200b',
);

/** A string of hostile pieces and random graphemes. */
export const hostileText = fc
  .array(fc.oneof(hostilePiece, fc.string({ unit: 'grapheme', maxLength: 3 })), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join(''))
  .filter((text) => text !== '');

/** Any non-empty string at all: hostile text, or any code units (lone surrogates, control characters, line breaks). */
export const anyText = fc.oneof(hostileText, fc.string({ unit: 'binary', minLength: 1 }), fc.string({ unit: 'grapheme', minLength: 1 }));

/**
 * Text the MDX writer takes as a paragraph (mdxTextSchema): hostile text or
 * any string at all, but one line, with no control character but the tab and
 * no lone surrogate, as the character policy leaves every input, and with
 * something besides spaces and tabs.
 */
export const writableText = anyText.filter((text) => mdxTextSchema.safeParse(text).success && /[^ \t]/.test(text));

/** Whether an offset of a text (in UTF-16 code units) falls between characters, not between the halves of a surrogate pair. */
export const onCharacterBoundary = (text: string, at: number): boolean =>
  at <= 0 || at >= text.length || !/^[\uD800-\uDBFF][\uDC00-\uDFFF]$/.test(text.slice(at - 1, at + 1));
