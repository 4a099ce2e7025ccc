// Lint rules, including the process layering of DESIGN.md (VS Code's layer rule): folders name the runtime.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';

const nodeBuiltins = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'net', 'http', 'https', 'crypto', 'url', 'stream', 'worker_threads', 'readline', 'process', 'util', 'zlib', 'events', 'buffer'];
const nodeModules = [...nodeBuiltins, ...nodeBuiltins.map((m) => `node:${m}`)];
// Module names (Node built-ins, electron) are rules on names; folders are rules on resolved paths (LAYER_ZONES).
const restrict = (paths, message) => ({
  'no-restricted-imports': ['error', { paths: paths.map((name) => ({ name, message })) }],
});

/**
 * The layers as folders, checked on resolved paths (eslint-plugin-import-x's no-restricted-paths): an
 * import is judged by the file it resolves to, however it is spelled (`../../annotations`, `./x/../../y`).
 * tests/unit/lint/layer-rules.test.ts proves each zone fires.
 */
const LAYER_ZONES = [
  { target: './shared', from: ['./main', './renderer', './annotations', './bin', './tests', './scripts'], message: 'shared/ is pure: it imports nothing from the process folders.' },
  { target: './renderer', from: ['./main', './annotations', './bin', './tests', './scripts'], message: 'renderer/ reaches the rest only through the typed API in shared/api.' },
  { target: './annotations', from: ['./main', './renderer', './bin', './tests', './scripts'], message: 'annotations/ may use Node fs, never the services, the shells or the UI.' },
  { target: './main/services', from: ['./main/electron', './main/web', './renderer', './bin', './tests'], message: 'main/services serves both shells and imports neither.' },
  { target: './main/web', from: ['./main/electron', './renderer', './bin', './tests'], message: 'main/web and main/electron never import each other.' },
  { target: './main/electron', from: ['./main/web', './renderer', './bin', './tests'], message: 'main/electron and main/web never import each other.' },
  { target: './bin', from: ['./main/electron', './main/web', './renderer', './tests'], message: 'bin/ is a thin caller of main/services.' },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', 'test-results/', 'playwright-report/', 'tests/artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.js', '**/*.cjs', '**/*.ts'], languageOptions: { globals: { ...globals.node } } },
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'] } } },
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: LAYER_ZONES }] },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: restrict(['electron', ...nodeModules], 'shared/ is pure: no Electron, no DOM, no Node I/O.'),
  },
  {
    files: ['renderer/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(['electron', ...nodeModules], 'renderer/ reaches the rest only through the typed API in shared/api.'),
  },
  {
    files: ['annotations/**/*.ts'],
    rules: restrict(['electron'], 'annotations/ may use Node fs, never Electron or the UI.'),
  },
  {
    files: ['main/services/**/*.ts', 'main/web/**/*.ts', 'bin/**/*.ts', 'bin/**/*.js'],
    rules: restrict(['electron'], 'Only main/electron imports electron.'),
  },
);
