// Pre-compressed copies of the built client: after `vite build` has written dist/client, every
// compressible file gets a brotli (.br) and a gzip (.gz) sibling at the highest quality, which the
// server sends as they are (@fastify/static `preCompressed`, server/plugins/static-client.ts).
// Over a Tor circuit of about 1 Mbit/s every kilobyte counts, and compressing once at build time
// costs nothing per request. Both are needed: Tor Browser asks for br on a .onion, but Chromium
// (and so the tests and the benchmark) asks for br only over HTTPS or on localhost, gzip otherwise.
// node:zlib only, no dependency: a copy is written only when it is smaller than the file.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

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

async function precompressFile(file: string): Promise<PrecompressResult> {
  const data = await readFile(file);
  const [br, gz] = await Promise.all([brotliBytes(data), gzipBytes(data)]);
  const write = async (suffix: string, compressed: Buffer): Promise<number | null> => {
    if (compressed.length >= data.length) return null;
    await writeFile(`${file}${suffix}`, compressed);
    return compressed.length;
  };
  return { file, bytes: data.length, br: await write('.br', br), gzip: await write('.gz', gz) };
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file under `dir` (not beside copies
 * already made). A copy that would not be smaller is not written: the server then sends the file.
 */
export async function precompressDirectory(dir: string): Promise<PrecompressResult[]> {
  const files = (await filesUnder(dir)).filter((file) => COMPRESSIBLE.test(file)).sort();
  const results: PrecompressResult[] = [];
  // A few at a time: brotli 11 is CPU-heavy and the zlib thread pool has four threads.
  const queue = [...files];
  const worker = async (): Promise<void> => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      if ((await stat(file)).size > 0) results.push(await precompressFile(file));
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return results.sort((a, b) => a.file.localeCompare(b.file));
}

/** The Vite plugin: runs once the build has written its output folder. */
export function precompress(): Plugin {
  return {
    name: 'thicket-precompress',
    apply: 'build',
    async writeBundle(options) {
      if (options.dir === undefined) throw new Error('thicket-precompress: the build has no output folder');
      await precompressDirectory(options.dir);
    },
  };
}
