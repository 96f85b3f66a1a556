// Builds the two browser apps (whistleblower at /, prosecutor at /prosecutor/) into dist/client.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { sodiumSplit } from './vite-sodium';
import { precompress } from './vite-precompress';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// libsodium-wrappers' ES-module build contains only WebAssembly and fails in Tor Browser "Safer"
// (no WebAssembly, no JIT). Its CommonJS build carries an asm.js backup that works there, so the
// whistleblower bundle always takes the CommonJS build, with sodiumPlugins: it splits libsodium's
// WebAssembly and asm.js into two chunks, and a browser fetches only the one it can run; without
// WebAssembly it goes straight to asm.js, with no uncaught error first (vite-sodium.ts).
export const sodiumPlugins = () => [sodiumSplit()];
export const sodiumAliases = [
  { find: /^libsodium-wrappers$/, replacement: here('./node_modules/libsodium-wrappers/dist/modules/libsodium-wrappers.js') },
  { find: /^libsodium$/, replacement: here('./node_modules/libsodium/dist/modules/libsodium.js') },
];

// The instance root public key (base64url, from `npm run admin -- init-root`) is built into the
// client; it never comes from the server at run time. Empty: the instance is not set up yet.
const rootPublicKey = process.env.ROOT_PUBLIC_KEY ?? '';
if (rootPublicKey !== '' && !/^[A-Za-z0-9_-]{43}$/.test(rootPublicKey)) {
  throw new Error('ROOT_PUBLIC_KEY: must be the 32-byte root public key in base64url (43 characters)');
}

export default defineConfig({
  root: here('./client'),
  define: { __THICKET_ROOT_PUBLIC_KEY__: JSON.stringify(rootPublicKey) },
  base: '/',
  publicDir: false,
  // precompress: a .br and a .gz beside every text file, sent as they are by the server.
  plugins: [react(), ...sodiumPlugins(), precompress()],
  resolve: { alias: sodiumAliases },
  // The Argon2id worker is started as a module worker.
  worker: { format: 'es', plugins: sodiumPlugins },
  build: {
    outDir: here('./dist/client'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Never inline assets as data: URLs into scripts or styles; keep every file a plain same-origin file.
    assetsInlineLimit: 0,
    rollupOptions: {
      input: {
        whistleblower: here('./client/index.html'),
        prosecutor: here('./client/prosecutor/index.html'),
      },
    },
  },
});
