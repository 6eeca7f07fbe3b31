// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * ESLint for the TypeScript, the Astro components and the few JavaScript
 * files. Formatting is Prettier's job (`npm run format`), so no rule here is
 * about layout. Type errors are `npm run typecheck`'s job; the rules that
 * need types here are the ones about promises, because a promise nobody
 * awaits fails silently: in a browser script, a copy or a search that does
 * nothing and says nothing.
 */
export default tseslint.config(
  { ignores: ['dist/', '.astro/', '.tmp/', 'content/generated/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Refusing control characters in the source text is the point of the
      // two regular expressions that match them (src/lib/parse/source-lines.ts,
      // src/lib/schema/common.ts).
      'no-control-regex': 'off',
      // `const { omitted: _omitted, ...rest } = value` is how the code drops a
      // key; an underscore marks a name kept unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // The language is decided once per page (src/middleware.ts) from the one
    // table of languages (src/lib/schema/languages.ts). Elsewhere, a literal
    // tag or locale, or a comparison with a language's code, would decide it
    // again, and go wrong the day a language is added.
    files: ['src/**/*.{ts,astro}', 'astro.config.mjs'],
    ignores: ['src/lib/schema/languages.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[value=/^(?:zh|en)(?:[-_][A-Za-z]+)+$/]',
          message: 'A language tag or locale belongs in src/lib/schema/languages.ts: use langToTag() or LANGUAGES[lang].',
        },
        {
          selector: 'BinaryExpression[operator=/^[!=]==?$/] > Literal[value=/^(?:zh|en)$/]',
          message: "Compare with the language table, not a language's code: LANGUAGES[lang].original, ORIGINAL_LANG, otherLangs(lang).",
        },
        {
          selector: 'SwitchCase > Literal[value=/^(?:zh|en)$/]',
          message: 'Look the language up in a table keyed by language rather than switching on its code.',
        },
      ],
    },
  },
  {
    // dependency-cruiser does not read Astro components (.dependency-cruiser.mjs);
    // this holds them to its rule for the render side: a page reads the
    // generated collections and the model, and never runs a stage.
    files: ['src/**/*.astro'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '/lib/(parse|build|translate|enrich|emit)/|/lib/pipeline\\.ts$|/(scripts|integrations)/',
              message: 'The render side reads the generated collections and the model (src/lib/site, src/lib/schema, src/lib/text); it never runs a stage.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests walk parsed JSON and YAML of a shape they are about to assert.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
