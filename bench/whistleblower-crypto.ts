// Benchmark (not a test): what the whistleblower's browser pays for protocol v1.
//  1. Size of the crypto code the whistleblower page loads (crypto/index.ts + libsodium's CommonJS
//     build with its asm.js backup), raw and gzip, against the baseline of libsodium alone.
//  2. Time for the whistleblower operations in Chromium, normal and --jitless (Tor Browser
//     "Safer"), measured in the same run; the ratio jitless/normal is the figure to watch.
// Run: npx tsx bench/whistleblower-crypto.ts
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { sodiumAliases } from '../vite.config';
import { deriveCaseKeys, generateCaseEntropy, ready, toBase64Url } from '../crypto/index';
import { launchChromium } from '../test/helpers/chromium';
import { serveDirectory } from '../test/helpers/static-server';
import type { SubmitOutput } from '../test/e2e/whistleblower-crypto-harness/harness-api';

const harnessRoot = fileURLToPath(new URL('../test/e2e/whistleblower-crypto-harness', import.meta.url));
const libsodiumFile = fileURLToPath(new URL('../node_modules/libsodium/dist/modules/libsodium.js', import.meta.url));
const runs = 5;
const fileBytes = 1024 * 1024;

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function bundleSizes(outDir: string): Promise<void> {
  const assets = join(outDir, 'assets');
  let raw = 0;
  let gzip = 0;
  for (const name of await readdir(assets)) {
    const bytes = await readFile(join(assets, name));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  const sodium = await readFile(libsodiumFile);
  const sodiumGzip = gzipSync(sodium, { level: 9 }).length;
  console.log('bundle: whistleblower crypto (crypto/index.ts + libsodium CommonJS with asm.js backup)');
  console.log(`  ours+libsodium: ${kib(raw)} raw, ${kib(gzip)} gzip`);
  console.log(`  baseline libsodium.js alone: ${kib(sodium.length)} raw, ${kib(sodiumGzip)} gzip`);
  console.log(`  ratio (bundle gzip / libsodium gzip): ${(gzip / sodiumGzip).toFixed(3)}`);
}

async function timings(url: string): Promise<void> {
  await ready();
  const prosecutor = deriveCaseKeys(generateCaseEntropy());
  const results: Record<string, { submit: number; file: number }> = {};
  for (const jitless of [false, true]) {
    const browser = await launchChromium({ jitless });
    try {
      const page = await browser.newPage();
      await page.goto(`${url}/index.html`);
      await page.waitForFunction(() => window.thicketHarness !== undefined);
      const submit: number[] = [];
      const file: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        const out: SubmitOutput = await page.evaluate((input) => {
          const harness = window.thicketHarness;
          if (!harness) throw new Error('harness not loaded');
          return harness.submit(input);
        }, {
          prosecutorBoxPublicKey: toBase64Url(prosecutor.box.publicKey),
          tipText: 'x'.repeat(4000),
          fileBytes,
        });
        submit.push(out.milliseconds.submit);
        file.push(out.milliseconds.file);
      }
      results[jitless ? 'jitless' : 'normal'] = { submit: median(submit), file: median(file) };
    } finally {
      await browser.close();
    }
  }
  const { normal, jitless } = results;
  if (!normal || !jitless) throw new Error('missing measurements');
  const mbps = (ms: number): string => `${(fileBytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s`;
  console.log(`chromium, median of ${runs} (normal | jitless | ratio jitless/normal):`);
  console.log(
    `  submit (code, keys, 4 KB tip, 2 seals, signature): ${normal.submit.toFixed(1)} ms | ${jitless.submit.toFixed(1)} ms | ${(jitless.submit / normal.submit).toFixed(1)}x`,
  );
  console.log(
    `  file encryption 1 MiB (secretstream): ${mbps(normal.file)} | ${mbps(jitless.file)} | ${(jitless.file / normal.file).toFixed(1)}x`,
  );
}

const outDir = await mkdtemp(join(tmpdir(), 'thicket-bench-'));
try {
  await build({
    configFile: false,
    root: harnessRoot,
    logLevel: 'error',
    resolve: { alias: sodiumAliases },
    build: { outDir, emptyOutDir: true, target: 'es2022', minify: true, chunkSizeWarningLimit: 4096 },
  });
  await bundleSizes(outDir);
  const server = await serveDirectory(outDir);
  try {
    await timings(server.url);
  } finally {
    await server.close();
  }
} finally {
  await rm(outDir, { recursive: true, force: true });
}
