// Benchmark (not a test): how long a fresh whistleblower page takes, from navigation, until its
// first tip is encrypted (libsodium started, case code and keys made, tip sealed and signed), in
// Chromium normal and --jitless (Tor Browser "Safer"), with and without the libsodium build step
// of vite-sodium.ts (without WebAssembly: straight to asm.js instead of first decoding the wasm).
// Loopback only: download time is bench/page-load's business. A fresh browser for every run.
// Run: npx tsx bench/whistleblower-first-encryption.ts [runs]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { sodiumAliases, sodiumPlugins } from '../vite.config';
import { deriveCaseKeys, generateCaseEntropy, ready, toBase64Url } from '../crypto/index';
import { launchChromium } from '../test/helpers/chromium';
import { serveDirectory } from '../test/helpers/static-server';

const harnessRoot = fileURLToPath(new URL('../test/e2e/whistleblower-crypto-harness', import.meta.url));
const runs = Number(process.argv[2] ?? 5);

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

interface Run {
  /** Navigation start → harness module evaluated (libsodium parsed and its start-up begun). */
  readonly loaded: number;
  /** Navigation start → libsodium ready. */
  readonly ready: number;
  /** Navigation start → first tip encrypted. */
  readonly encrypted: number;
  readonly pageErrors: number;
}

async function once(url: string, jitless: boolean, prosecutorBoxPublicKey: string): Promise<Run> {
  const browser = await launchChromium({ jitless });
  try {
    const page = await browser.newPage();
    let pageErrors = 0;
    page.on('pageerror', () => {
      pageErrors += 1;
    });
    await page.goto(`${url}/index.html`);
    await page.waitForFunction(() => window.thicketHarness !== undefined);
    const times = await page.evaluate(async (box) => {
      const harness = window.thicketHarness;
      if (!harness) throw new Error('harness not loaded');
      const loaded = performance.now();
      const out = await harness.submit({ prosecutorBoxPublicKey: box, tipText: 'x'.repeat(2000), fileBytes: 0 });
      const end = performance.now();
      return { loaded, ready: loaded + out.milliseconds.ready, encrypted: end - out.milliseconds.file };
    }, prosecutorBoxPublicKey);
    return { ...times, pageErrors };
  } finally {
    await browser.close();
  }
}

await ready();
const prosecutor = toBase64Url(deriveCaseKeys(generateCaseEntropy()).box.publicKey);
const rows: string[] = [];
for (const [label, plugins] of [
  ['as published', []],
  ['with vite-sodium.ts', sodiumPlugins()],
] as const) {
  const outDir = await mkdtemp(join(tmpdir(), 'thicket-bench-first-'));
  try {
    await build({
      configFile: false,
      root: harnessRoot,
      logLevel: 'error',
      resolve: { alias: sodiumAliases },
      plugins: [...plugins],
      build: { outDir, emptyOutDir: true, target: 'es2022', minify: true, chunkSizeWarningLimit: 4096 },
    });
    const server = await serveDirectory(outDir);
    try {
      for (const jitless of [false, true]) {
        const results: Run[] = [];
        for (let i = 0; i < runs; i += 1) results.push(await once(server.url, jitless, prosecutor));
        const m = (key: 'loaded' | 'ready' | 'encrypted'): string => `${median(results.map((r) => r[key])).toFixed(0)} ms`.padStart(8);
        const errors = results.reduce((sum, r) => sum + r.pageErrors, 0);
        rows.push(
          `${label.padEnd(20)} ${(jitless ? 'jitless' : 'normal').padEnd(8)} ${m('loaded')} ${m('ready')} ${m('encrypted')} ${String(errors).padStart(12)}`,
        );
      }
    } finally {
      await server.close();
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
console.log(`chromium, fresh browser per run, median of ${runs}; times from navigation start (loopback):`);
console.log(`${'libsodium build'.padEnd(20)} ${'mode'.padEnd(8)} ${'loaded'.padStart(8)} ${'ready'.padStart(8)} ${'1st tip'.padStart(8)} ${'page errors'.padStart(12)}`);
for (const row of rows) console.log(row);
