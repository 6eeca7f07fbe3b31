import fc from 'fast-check';

/**
 * Pieces of text that mean something to Markdown, MDX, HTML, YAML or
 * JavaScript, and the characters of our documents. The same pieces as
 * tests/unit/mdx-text.test.ts uses for the plain paragraph writer, plus the
 * citation brackets and document numbers the finders look for.
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
  '.',
  ':',
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
  '{/* */}',
  '&amp;',
  '&#x41;',
  'www.x.com',
  'http://example.com',
  'mailto:a@b.co',
  'a@b.co',
  '---',
  '# ',
  '> ',
  '1. ',
  '- [ ] ',
  '| a | b |',
  '[^1]',
  '[x](y)',
  '**',
  '${x}',
  '`${x}`',
  ' ',
  '\t',
  '    ',
  '\u00a0',
  '\u3000',
  '中',
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
