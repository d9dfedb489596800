// Lint: TypeScript strict rules, Solid's rules for the UI, and the architecture (README,
// "Architecture"): each layer has an allow-list of what it may import, and the clock and
// randomness are read only in platform/.
import js from '@eslint/js';
import solid from 'eslint-plugin-solid/configs/typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const LAYERS = ['domain', 'documents', 'store', 'io', 'i18n', 'platform', 'ui'];
/** Relative imports of the layers not listed (a layer always imports itself). */
const otherLayers = (allowed) =>
  LAYERS.filter((l) => !allowed.includes(l)).map((name) => ({
    regex: `^(\\.\\.?/)+${name}(/|$)`,
    message: `This layer must not import ${name}/ (README, Architecture).`,
  }));
/** Any package but the listed ones (relative imports and test tooling in test files aside). */
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const packagesBut = (allowed) => ({
  regex: allowed.length === 0 ? '^(?!\\.)' : `^(?!\\.|${allowed.map(escape).join('$|')}$)`,
  message: `This layer imports only these packages: ${allowed.join(', ') || 'none'} (README, Architecture).`,
});
const layer = (allowedLayers, allowedPackages, extra = []) => ({
  'no-restricted-imports': ['error', { patterns: [...otherLayers(allowedLayers), packagesBut(allowedPackages), ...extra] }],
});

const clockAndRandomness = [
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'Read the clock in platform/ (inject it).',
  },
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Read the clock in platform/ (inject it).' },
  {
    selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
    message: 'Take randomness from platform/ (inject it).',
  },
  { selector: "MemberExpression[object.name='crypto']", message: 'Take randomness from platform/ (inject it).' },
];
const numberFormatting = [
  {
    selector: "CallExpression[callee.property.name='toFixed']",
    message: 'Format numbers through the locale formatters (i18n/format).',
  },
  {
    selector: "CallExpression[callee.property.name='replace'][arguments.0.value='.'][arguments.1.value=',']",
    message: 'Format numbers through the locale formatters (i18n/format).',
  },
];
const noTables = [
  {
    selector: "MemberExpression[property.name='db']",
    message: 'The UI never touches the database: use the store’s queries and writes.',
  },
  { selector: "MemberExpression[object.property.name='registry']", message: 'The UI never touches the registry’s tables.' },
];

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
  // The agency's live queries take tracked keys (store/live.ts).
  {
    files: ['src/ui/**/*.tsx', 'src/ui/**/*.ts'],
    ...solid,
    rules: { ...solid.rules, 'solid/reactivity': ['warn', { customReactiveFunctions: ['live'] }] },
  },
  // Clock and randomness: only platform/ reads them.
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/platform/**', 'src/**/*.test.ts', 'src/**/*.test.tsx', 'src/store/test-support.ts'],
    rules: { 'no-restricted-syntax': ['error', ...clockAndRandomness] },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      ...layer([], ['valibot']),
      'no-restricted-globals': [
        'error',
        { name: 'document', message: 'The domain has no DOM.' },
        { name: 'window', message: 'The domain has no DOM.' },
        { name: 'localStorage', message: 'The domain has no storage.' },
      ],
    },
  },
  { files: ['src/documents/**/*.ts'], rules: layer(['domain', 'i18n'], []) },
  // The store imports Solid only in the one bridge.
  { files: ['src/store/**/*.ts'], ignores: ['src/store/live.ts'], rules: layer(['domain'], ['dexie', 'valibot']) },
  { files: ['src/store/live.ts'], rules: layer(['domain'], ['dexie', 'solid-js']) },
  { files: ['src/io/**/*.ts'], rules: layer(['domain', 'documents'], ['xlsx', 'valibot', 'fflate', 'virtual:workbook-worker']) },
  // Dictionaries and formatters are plain data; only the translator is Solid.
  { files: ['src/i18n/**/*.ts'], ignores: ['src/i18n/translator.ts'], rules: layer(['domain'], []) },
  { files: ['src/i18n/translator.ts'], rules: layer(['domain'], ['solid-js', '@solid-primitives/i18n']) },
  { files: ['src/platform/**/*.ts'], rules: layer(['domain'], ['solid-js', 'virtual:pwa-register', 'workbox-window']) },
  {
    files: ['src/ui/**/*.ts', 'src/ui/**/*.tsx'],
    ignores: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'The UI never imports Dexie: use the store’s queries and writes.' }],
          patterns: [
            { group: ['**/store/db', '**/store/schema'], message: 'The UI never imports the store’s internals (db, schema).' },
          ],
        },
      ],
      'no-restricted-syntax': ['error', ...clockAndRandomness, ...noTables, ...numberFormatting],
    },
  },
  // Tests may use the test tooling and Node.
  {
    files: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
