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
    // Tests walk parsed JSON and YAML of a shape they are about to assert.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
