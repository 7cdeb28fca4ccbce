// Flat ESLint config. Not type-aware on purpose: lint stays fast on a 2-core machine, and
// `tsc -b` already does the type checking.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  {
    files: ['**/*.{js,mjs,cjs,ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      // False positives on react-hook-form's `field` (it holds `field.ref`, so every `field.x` read
      // in render is reported): https://github.com/react/react/issues/34775
      'react-hooks/refs': 'off',
    },
  },
  {
    files: ['src/**/*.tsx'],
    extends: [reactRefresh.configs.vite],
  },
  {
    // Code that runs in Node: the CLI, build and test tooling.
    files: ['*.{js,mjs,cjs,ts}', 'bin/**', 'src/cli/**', 'e2e/**', 'bench/**', 'test/**', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  // The layers of src/: imports run one way, app -> pages -> shared -> checkWorker, editor ->
  // model (README, "How it is built"). Each layer names the folders it may not import.
  ...layerRules({
    'src/pages/**': ['app', 'cli'],
    'src/shared/**': ['app', 'pages', 'cli'],
    'src/checkWorker/**': ['app', 'pages', 'shared', 'cli'],
    'src/editor/**': ['app', 'pages', 'shared', 'checkWorker', 'cli'],
    'src/cli/**': ['app', 'pages', 'shared', 'checkWorker', 'editor'],
    'src/model/**': ['app', 'pages', 'shared', 'checkWorker', 'editor', 'cli'],
  }),
);

/** One no-restricted-imports block per layer: a relative import into a forbidden folder of src/ is an error. */
function layerRules(forbidden) {
  return Object.entries(forbidden).map(([files, folders]) => ({
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: folders.map((folder) => ({
            group: [`**/${folder}/**`],
            message: `${files.split('/')[1]}/ may not import from ${folder}/: imports run app -> pages -> shared -> checkWorker, editor -> model.`,
          })),
          ...(files === 'src/model/**'
            ? {
                paths: ['react', 'react-dom', 'monaco-editor'].map((name) => ({
                  name,
                  message: 'The model is plain TypeScript: it runs in the page, in a Web Worker and in the CLI.',
                })),
              }
            : {}),
        },
      ],
    },
  }));
}
