// ESLint: typescript-eslint's recommended rules, Prettier's formatting left to Prettier, and two
// rules of our own: core's floors (kit → functions → plans, never up, never out to a host) and no
// words in the pane that skip the message catalogue.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** Imports a floor of core may not make: anything above it, and any host or UI code. */
const OUTSIDE_CORE = ['**/ui/**', '**/preview/**', '**/excel-addin/**', '**/sheets-addon/**', '**/scripts/**', '**/tests/**', 'node:*', 'fs', 'path'];
const floor = (files, above, why) => ({
  files,
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: [...above, ...OUTSIDE_CORE], message: why }] }],
  },
});

/** Text a person reads, written as a literal where it should go through t() or msg(). */
const WORDS = '/[A-Za-z]{3,}/';
const UNTRANSLATED = [
  {
    selector: `CallExpression[callee.name='h'] > Literal.arguments:not(:first-child)[value=${WORDS}]`,
    message: "Words in the pane go through t('…') so every language gets them.",
  },
  {
    selector: `AssignmentExpression[left.property.name='textContent'] > Literal.right[value=${WORDS}]`,
    message: "Words in the pane go through t('…') so every language gets them.",
  },
  {
    selector: `Property[key.name=/^(title|ariaLabel|placeholder)$/] > Literal.value[value=${WORDS}]`,
    message: "Words in the pane go through t('…') so every language gets them.",
  },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'build/**', 'artifacts/**', 'scratch/**', 'coverage/**', '**/*.generated.*', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  floor(['core/kit/**/*.ts'], ['**/functions/**', '**/plans/**'], 'core/kit is the bottom floor: it imports nothing from functions or plans, nor any host.'),
  floor(['core/functions/**/*.ts'], ['**/plans/**'], 'core/functions sits under core/plans: it imports only from its own floor and the kit, never a host.'),
  floor(['core/plans/**/*.ts', 'core/*.ts'], [], 'core imports no host, UI or Node code: hosts are thin adapters over it.'),
  {
    // Outside core, an area is one module: its entry point (core/<floor>/<area>/index.ts), not its files.
    // The catalogues load on their own (a pane downloads only its language's), so they are named directly.
    files: ['ui/**/*.ts', 'preview/**/*.ts', 'excel-addin/**/*.ts', 'sheets-addon/**/*.ts', 'tests/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/*/*/*', '!**/core/kit/i18n/catalogues', '!**/core/kit/i18n/catalogue', '!**/core/functions/*/*.cases'],
              message: 'Import an area of core through its entry point (core/<floor>/<area>), not a file inside it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['ui/**/*.ts', 'preview/src/**/*.ts', 'excel-addin/src/**/*.ts', 'sheets-addon/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', ...UNTRANSLATED] },
  },
  prettier,
);
