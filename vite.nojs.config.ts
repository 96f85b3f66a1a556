// Builds the no-JavaScript renderer (api/no-js.ts): the whistleblower app's components, checks
// and crypto, built for Node into dist/nojs/entry-server.js, which the server loads at start-up.
// Packages stay in node_modules (Vite's default for a server build); our code is bundled.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./client'),
  // The browser app's build-time root key is not used here: the server hands its ROOT_PUBLIC_KEY in.
  define: { __THICKET_ROOT_PUBLIC_KEY__: JSON.stringify('') },
  publicDir: false,
  plugins: [react()],
  logLevel: 'warn',
  build: {
    ssr: here('./client/whistleblower/nojs/entry-server.tsx'),
    outDir: here('./dist/nojs'),
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    rollupOptions: {
      output: { entryFileNames: 'entry-server.js' },
      // Every translation is bundled here on purpose; the browser app keeps loading them lazily.
      onwarn(warning, warn) {
        if (warning.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') warn(warning);
      },
    },
  },
});
