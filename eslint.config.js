// Lint enforces the layering in DESIGN.md: shared/ imports only itself, the renderer reaches
// main only through renderer/src/lib/api.ts, the preload imports electron and shared/ only,
// and only the thin Electron glue files may import `electron`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

// Bare built-in names go in `paths` (exact match): as gitignore-style patterns, 'stream' would
// also match './stream'.
const bareBuiltins = [
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'events',
  'stream',
  'util',
  'worker_threads',
];
const nodeBuiltins = ['node:*'];
const builtinPaths = (message) => bareBuiltins.map((name) => ({ name, message }));

const mainOnlyPackages = [
  'better-sqlite3',
  'keytar',
  'openai',
  'openai/*',
  '@aws-sdk/*',
  '@smithy/*',
];

// Files in electron/main that are allowed to touch Electron APIs.
const electronGlue = [
  'electron/main/index.ts',
  'electron/main/window/**',
  'electron/main/ipc/register-ipc.ts',
  'electron/main/electron/**',
];

export default tseslint.config(
  {
    ignores: ['node_modules', 'out', 'dist', 'release', 'coverage', 'tests/.tmp', 'bench/results'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports only.' },
      ],
    },
  },
  {
    files: [
      '*.config.ts',
      '*.config.js',
      'eslint.config.js',
      'electron.vite.config.ts',
      'vitest.config.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*'],
              message: 'shared/ is pure TypeScript: no Electron.',
            },
            { group: nodeBuiltins, message: 'shared/ is pure TypeScript: no Node built-ins.' },
            { group: ['react', 'react-dom', 'zustand'], message: 'shared/ has no UI.' },
            {
              group: ['**/electron/**', '**/renderer/**', '**/tests/**'],
              message: 'shared/ imports nothing but itself.',
            },
            { group: mainOnlyPackages, message: 'shared/ imports nothing but itself.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    ignores: electronGlue,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron'],
              message:
                'Services are plain Node: only the glue files in electron/main may import electron.',
            },
            {
              group: ['**/renderer/**', '**/preload/**', '**/tests/**'],
              message: 'Main imports shared/, Node and Electron only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: electronGlue,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', '**/preload/**', '**/tests/**'],
              message: 'Main imports shared/, Node and Electron only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: builtinPaths('The preload imports shared/ and electron only.'),
          patterns: [
            { group: nodeBuiltins, message: 'The preload imports shared/ and electron only.' },
            {
              group: ['**/main/**', '**/renderer/**', '**/tests/**'],
              message: 'The preload imports shared/ and electron only.',
            },
            { group: mainOnlyPackages, message: 'The preload imports shared/ and electron only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*'],
              message: 'The renderer reaches main only through renderer/src/lib/api.ts.',
            },
            { group: nodeBuiltins, message: 'The renderer is sandboxed: no Node built-ins.' },
            {
              group: ['**/electron/**', '**/tests/**'],
              message: 'The renderer imports shared/ and its own code only.',
            },
            {
              group: mainOnlyPackages,
              message: 'The renderer never calls a cloud or the database.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'The renderer never calls the network; go through lib/api.ts.' },
      ],
    },
  },
  {
    // Only lib/api.ts may touch window.api.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/lib/api.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'api', message: 'Use renderer/src/lib/api.ts.' },
      ],
    },
  },
  prettier,
);
