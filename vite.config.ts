// Builds the two browser apps (whistleblower at /, prosecutor at /prosecutor/) into dist/client.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// libsodium-wrappers' ES-module build contains only WebAssembly and fails in Tor Browser "Safer"
// (no WebAssembly, no JIT). Its CommonJS build carries an asm.js backup that works there, so the
// whistleblower bundle always takes the CommonJS build.
export const sodiumAliases = [
  { find: /^libsodium-wrappers$/, replacement: here('./node_modules/libsodium-wrappers/dist/modules/libsodium-wrappers.js') },
  { find: /^libsodium$/, replacement: here('./node_modules/libsodium/dist/modules/libsodium.js') },
];

export default defineConfig({
  root: here('./client'),
  base: '/',
  publicDir: false,
  plugins: [react()],
  resolve: { alias: sodiumAliases },
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
