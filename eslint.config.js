// Lint rules, including the import boundaries that keep the architecture honest:
//   crypto/      imports nothing of ours and does no I/O (pure, isomorphic)
//   server/      never imports client/
//   migrations/  never import application code (they are frozen once landed)
//   api/         the HTTP contract: imports only zod
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = [
  'fs', 'fs/promises', 'path', 'os', 'net', 'http', 'https', 'http2', 'dgram', 'dns', 'tls',
  'child_process', 'cluster', 'worker_threads', 'crypto', 'buffer', 'stream', 'process',
];
const ioGlobals = [
  'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'localStorage', 'sessionStorage',
  'indexedDB', 'document', 'window', 'navigator', 'process', 'Buffer', 'require',
].map((name) => ({ name, message: 'crypto/ is pure: no I/O, no platform globals.' }));

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use the CSPRNG.' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['crypto/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: nodeBuiltins.map((name) => ({ name, message: 'crypto/ does no I/O and is isomorphic.' })),
        patterns: [
          { group: ['node:*'], message: 'crypto/ does no I/O and is isomorphic.' },
          { group: ['../*', '**/server/**', '**/client/**', '**/migrations/**', '**/test/**'], message: 'crypto/ imports nothing of ours.' },
        ],
      }],
      'no-restricted-globals': ['error', ...ioGlobals],
    },
  },
  {
    files: ['api/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: nodeBuiltins.map((name) => ({ name, message: 'api/ is a pure contract.' })),
        patterns: [
          { group: ['node:*'], message: 'api/ is a pure contract.' },
          { group: ['../*'], message: 'api/ imports only zod and itself.' },
        ],
      }],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/client', '**/client/**'], message: 'server/ never imports client/.' }],
      }],
    },
  },
  {
    files: ['migrations/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['../*', '**/server/**', '**/client/**', '**/crypto/**'], message: 'Migrations are frozen: they import no application code.' }],
      }],
    },
  },
);
