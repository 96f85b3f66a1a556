// Builds the browser harness (bench/upload/harness) with Vite as the real client is built: the
// same libsodium alias (CommonJS build with its asm.js backup for --jitless) and module workers.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { sodiumAliases } from '../../vite.config';

const harnessRoot = fileURLToPath(new URL('./harness', import.meta.url));

export async function buildHarness(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: harnessRoot,
    logLevel: 'error',
    base: '/',
    publicDir: false,
    define: { __THICKET_ROOT_PUBLIC_KEY__: JSON.stringify('') },
    resolve: { alias: sodiumAliases },
    worker: { format: 'es' },
    build: { outDir, emptyOutDir: true, target: 'es2022', minify: true, assetsInlineLimit: 0, chunkSizeWarningLimit: 4096 },
  });
}
