// Pre-compressed copies of the built client: after `vite build` has written dist/client, every
// compressible file gets a brotli (.br) and a gzip (.gz) sibling at the highest quality, which the
// server sends as they are (@fastify/static `preCompressed`, server/plugins/static-client.ts).
// Over a Tor circuit of about 1 Mbit/s every kilobyte counts, and compressing once at build time
// costs nothing per request. Both are needed: Tor Browser asks for br on a .onion, but Chromium
// (and so the tests and the benchmark) asks for br only over HTTPS or on localhost, gzip otherwise.
// node:zlib only, no dependency: a copy is written only when it is smaller than the file.
// Brotli at its highest quality takes seconds per megabyte, and the test suite builds the client
// several times from the same sources, so copies are kept in a cache by the SHA-256 of the file
// (Vite's cache folder, node_modules/.vite/precompress); a cached copy is used only after it was
// unpacked and found byte for byte equal to the file, and entries unused for 30 days are removed.
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliDecompress, constants, gunzip, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const unbrotli = promisify(brotliDecompress);
const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** Cache entries not used for this long are removed when the plugin runs. */
export const CACHE_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** Text-like files worth compressing; images, fonts and the like are compressed already. */
export const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|svg|txt|wasm|map|xml|webmanifest)$/i;

export interface PrecompressResult {
  readonly file: string;
  readonly bytes: number;
  readonly br: number | null;
  readonly gzip: number | null;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Brotli at quality 11 with the text mode hint; the size hint lets it size its window. */
export function brotliBytes(data: Buffer): Promise<Buffer> {
  return brotli(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

export function gzipBytes(data: Buffer): Promise<Buffer> {
  return gzipAsync(data, { level: constants.Z_BEST_COMPRESSION, memLevel: 9 });
}

interface Encoding {
  readonly suffix: '.br' | '.gz';
  readonly pack: (data: Buffer) => Promise<Buffer>;
  readonly unpack: (data: Buffer) => Promise<Buffer>;
}

const BROTLI: Encoding = { suffix: '.br', pack: brotliBytes, unpack: (data) => unbrotli(data) };
const GZIP: Encoding = { suffix: '.gz', pack: gzipBytes, unpack: (data) => gunzipAsync(data) };

/** The cached copy of `data` if it unpacks to exactly `data`; else a fresh one, cached. */
async function compressed(data: Buffer, encoding: Encoding, cacheDir: string | undefined): Promise<Buffer> {
  if (cacheDir === undefined) return encoding.pack(data);
  const entry = join(cacheDir, `${createHash('sha256').update(data).digest('hex')}${encoding.suffix}`);
  try {
    const cached = await readFile(entry);
    if ((await encoding.unpack(cached)).equals(data)) {
      const now = new Date();
      await utimes(entry, now, now);
      return cached;
    }
  } catch {
    // Missing or unreadable: made afresh below.
  }
  const fresh = await encoding.pack(data);
  // Written aside under a name of its own, then renamed: a build running at the same time never
  // reads half an entry. The cache only saves time: if it cannot be written, the build goes on.
  const aside = `${entry}.${randomUUID()}.tmp`;
  try {
    await writeFile(aside, fresh);
    await rename(aside, entry);
  } catch {
    await rm(aside, { force: true }).catch(() => undefined);
  }
  return fresh;
}

/** Removes cache entries (and left-over temporary files) not used for CACHE_MAX_AGE_MS. */
export async function pruneCache(cacheDir: string, now: number = Date.now()): Promise<void> {
  const names = await readdir(cacheDir).catch(() => []);
  for (const name of names) {
    const path = join(cacheDir, name);
    const info = await stat(path).catch(() => null);
    if (info !== null && info.isFile() && now - info.mtimeMs > CACHE_MAX_AGE_MS) await rm(path, { force: true });
  }
}

async function precompressFile(file: string, cacheDir: string | undefined): Promise<PrecompressResult> {
  const data = await readFile(file);
  const [br, gz] = await Promise.all([compressed(data, BROTLI, cacheDir), compressed(data, GZIP, cacheDir)]);
  const write = async (suffix: string, compressed: Buffer): Promise<number | null> => {
    if (compressed.length >= data.length) return null;
    await writeFile(`${file}${suffix}`, compressed);
    return compressed.length;
  };
  return { file, bytes: data.length, br: await write('.br', br), gzip: await write('.gz', gz) };
}

export interface PrecompressOptions {
  /** Where copies are cached by content (created if missing); none: no cache. */
  readonly cacheDir?: string | undefined;
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file under `dir` (not beside copies
 * already made). A copy that would not be smaller is not written: the server then sends the file.
 */
export async function precompressDirectory(dir: string, options: PrecompressOptions = {}): Promise<PrecompressResult[]> {
  let { cacheDir } = options;
  if (cacheDir !== undefined) {
    try {
      await mkdir(cacheDir, { recursive: true });
      await pruneCache(cacheDir);
    } catch {
      // No cache then: it only saves time.
      cacheDir = undefined;
    }
  }
  const files = (await filesUnder(dir)).filter((file) => COMPRESSIBLE.test(file)).sort();
  const results: PrecompressResult[] = [];
  // A few at a time: brotli 11 is CPU-heavy and the zlib thread pool has four threads.
  const queue = [...files];
  const worker = async (): Promise<void> => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      if ((await stat(file)).size > 0) results.push(await precompressFile(file, cacheDir));
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return results.sort((a, b) => a.file.localeCompare(b.file));
}

/** The Vite plugin: runs once the build has written its output folder. */
export function precompress(): Plugin {
  let cacheDir: string | undefined;
  return {
    name: 'thicket-precompress',
    apply: 'build',
    configResolved(config) {
      cacheDir = join(config.cacheDir, 'precompress');
    },
    async writeBundle(options) {
      if (options.dir === undefined) throw new Error('thicket-precompress: the build has no output folder');
      await precompressDirectory(options.dir, { cacheDir });
    },
  };
}
