// Lint rules, including the process layering of DESIGN.md (VS Code's layer rule): folders name the runtime.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'net', 'http', 'https', 'crypto', 'url', 'stream', 'worker_threads', 'readline', 'process', 'util', 'zlib', 'events', 'buffer'];
const nodeModules = [...nodeBuiltins, ...nodeBuiltins.map((m) => `node:${m}`)];
const restrict = (paths, patterns = [], message) => ({
  'no-restricted-imports': ['error', {
    paths: paths.map((name) => ({ name, message })),
    patterns: patterns.map((group) => ({ group: [group], message })),
  }],
});

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
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: restrict(['electron', ...nodeModules], ['**/main/**', '**/renderer/**', '**/annotations/**'],
      'shared/ is pure: no Electron, no DOM, no Node I/O, and nothing from the process folders.'),
  },
  {
    files: ['renderer/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(['electron', ...nodeModules], ['**/main/**', '**/annotations/**'],
      'renderer/ reaches the rest only through the typed API in shared/api.'),
  },
  {
    files: ['annotations/**/*.ts'],
    rules: restrict(['electron'], ['**/main/**', '**/renderer/**'], 'annotations/ may use Node fs, never Electron or the UI.'),
  },
  {
    files: ['main/services/**/*.ts', 'main/web/**/*.ts', 'bin/**/*.ts', 'bin/**/*.js'],
    rules: restrict(['electron'], ['**/main/electron/**', '**/renderer/**'], 'Only main/electron imports electron; main/web and main/electron never import each other.'),
  },
  {
    files: ['main/electron/**/*.ts'],
    rules: restrict([], ['**/main/web/**', '**/renderer/**'], 'main/electron and main/web never import each other.'),
  },
);
