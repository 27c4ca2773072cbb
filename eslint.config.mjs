// Lint rules. Besides the usual TypeScript checks, this file holds the project's layers (see README's
// Design section): every pure folder is free of the editor API, each folder imports only the layers below
// it, and `matcher` and `kb` are entered only through their index.ts.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Folders whose code runs without VS Code: tested in plain Node, shared by the CLI and the language server. */
const PURE = ['text', 'matcher', 'kb', 'core', 'outline', 'export', 'preview', 'service', 'lsp', 'cli'];

/** What each pure folder may import from the others (the layers, lowest first). */
const MAY_IMPORT = {
  text: [],
  matcher: ['text'],
  kb: ['text', 'matcher'],
  core: ['text', 'matcher', 'kb'],
  outline: ['text', 'core'],
  export: ['text', 'core', 'kb'],
  preview: ['text', 'core', 'kb'],
  service: ['text', 'matcher', 'kb', 'core', 'outline', 'export'],
  lsp: ['text', 'kb', 'core', 'outline', 'service'],
  cli: ['text', 'kb', 'core', 'outline', 'export', 'service', 'lsp'],
};

/** Folders with one front door: from outside, only `<folder>` (its index.ts) may be imported. */
const FRONT_DOORS = ['matcher', 'kb'];

function layerRules(folder) {
  const forbidden = PURE.filter((other) => other !== folder && !MAY_IMPORT[folder].includes(other)).concat('vscode-adapters');
  const patterns = [
    {
      regex: `^(\\.\\./)+(${forbidden.map((f) => (f === 'vscode-adapters' ? 'vscode' : f)).join('|')})(/|$)`,
      message: `src/${folder} sits below these folders in the layers and must not import them (see eslint.config.mjs).`,
    },
    ...FRONT_DOORS.filter((door) => door !== folder).map((door) => ({
      regex: `^(\\.\\./)+${door}/`,
      message: `Import src/${door} through its index ('../${door}'), its only public entry.`,
    })),
  ];
  return {
    files: [`src/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'vscode', message: 'Pure code must not depend on the editor API; put adapters in src/vscode/.' }], patterns },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'esbuild.mjs', 'eslint.config.mjs'] },
  js.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      'no-empty': ['error', { allowEmptyCatch: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    // Expected text in tests spells out indentation literally.
    files: ['test/**/*.ts'],
    rules: { 'no-regex-spaces': 'off' },
  },
  ...PURE.map(layerRules),
  {
    // Adapters reach the matcher and the KB through their front doors too.
    files: ['src/vscode/**/*.ts', 'src/extension.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: FRONT_DOORS.map((door) => ({ regex: `^(\\.\\./|\\./)+${door}/`, message: `Import src/${door} through its index.` })) },
      ],
    },
  },
);
