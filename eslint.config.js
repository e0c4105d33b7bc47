// Lint rules that hold the layering (docs/architecture.md): each folder says what it may import.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'url', 'stream', 'zlib', 'util', 'events', 'worker_threads'];

const noElectron = { name: 'electron', message: 'Only the thin glue in electron/ (main.ts, preload.ts, ipc.ts) imports electron.' };

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'tmp/**', 'bench/**/*.json'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noElectron],
        patterns: [{ group: nodeBuiltins, message: 'The renderer has no Node: ask main through the contract (shared/contract).' },
          { group: ['**/electron/**'], message: 'The renderer reaches main only through window.api.' }],
      }],
    },
  },
  {
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noElectron, { name: 'dexie', message: 'Features read and write through renderer/src/db (repositories), so every write is logged.' }],
        patterns: [{ group: nodeBuiltins, message: 'The renderer has no Node.' }, { group: ['**/electron/**'], message: 'Use window.api.' },
          { group: ['**/db/db', '**/db/write-guard'], message: 'Use the repositories in renderer/src/db.' }],
      }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noElectron, { name: 'react', message: 'shared/ is runtime-free: no React.' }, { name: 'dexie', message: 'shared/ is runtime-free: no Dexie.' }],
        patterns: [{ group: nodeBuiltins, message: 'shared/ runs in both processes: no Node built-ins.' },
          { group: ['**/renderer/**', '**/electron/**', 'react-dom*', '@mui/*'], message: 'shared/ imports nothing from either side.' }],
      }],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/handlers/**/*.ts', 'electron/browser-host/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noElectron],
        patterns: [{ group: ['**/renderer/**'], message: 'Main-side code does not import the renderer.' }],
      }],
    },
  },
  {
    files: ['electron/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'Main-side code does not import the renderer.' }] }],
    },
  },
);
