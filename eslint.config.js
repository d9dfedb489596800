// Lint: TypeScript strict rules, Solid's rules for the UI, and the architecture's import direction
// (shared/STYLE.md): domain imports nothing else; store → domain; io → domain; ui → everything.
import js from '@eslint/js';
import solid from 'eslint-plugin-solid/configs/typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layer = (name) => ({
  group: [`**/${name}`, `**/${name}/**`, `../${name}/*`],
  message: `This layer must not import ${name}/ (see STYLE.md, dependency direction).`,
});
const pkg = (name) => ({ name, message: `This layer must not import ${name} (see STYLE.md).` });

export default tseslint.config(
  { ignores: ['dist/**', 'dist-file/**', 'node_modules/**', '.probe/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Misfires on Solid's `let el!: T; ref={el}` (STACK.md).
      'no-unassigned-vars': 'off',
    },
  },
  { files: ['src/ui/**/*.tsx'], ...solid },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['solid-js', 'solid-js/web', 'dexie', 'xlsx', 'ag-grid-community', '@solidjs/router'].map(pkg),
          patterns: ['store', 'io', 'ui', 'platform', 'i18n'].map(layer),
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'document', message: 'The domain has no DOM.' },
        { name: 'window', message: 'The domain has no DOM.' },
        { name: 'localStorage', message: 'The domain has no storage.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Pass the clock in (asOf).',
        },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass the clock in (asOf).' },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Pass a seeded generator in.',
        },
      ],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['xlsx', 'ag-grid-community', '@solidjs/router'].map(pkg),
          patterns: ['io', 'ui', 'platform', 'i18n'].map(layer),
        },
      ],
    },
  },
  {
    files: ['src/io/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['solid-js', 'dexie', 'ag-grid-community'].map(pkg), patterns: ['store', 'ui', 'platform', 'i18n'].map(layer) },
      ],
    },
  },
  {
    files: ['src/platform/**/*.ts', 'src/i18n/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['dexie', 'xlsx', 'ag-grid-community'].map(pkg), patterns: ['store', 'io', 'ui'].map(layer) },
      ],
    },
  },
);
