// The build's pre-compressed copies (vite-precompress.ts): which files get a .br and a .gz, that
// each unpacks to the very bytes of its file, and that the client build uses the plugin.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import type { PluginOption } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_MAX_AGE_MS, COMPRESSIBLE, precompress, precompressDirectory, pruneCache } from '../../../vite-precompress';
import viteConfig from '../../../vite.config';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'thicket-precompress-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, 'prosecutor'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const text = (lines: number, word: string): string => Array.from({ length: lines }, (_, index) => `${word} ${String(index % 13)};`).join('\n');

describe('precompressDirectory', () => {
  it('writes a .br and a .gz beside every text file, in every folder, each unpacking to the same bytes', async () => {
    const files = {
      'index.html': `<!doctype html><title>x</title>${text(50, '<p>tip</p>')}`,
      'assets/app-1a2b3c4d.js': text(500, 'export const a = 1'),
      'assets/app-1a2b3c4d.css': text(200, '.card { margin-block: 1rem }'),
      'assets/worker-5e6f.mjs': text(300, 'self.onmessage = null'),
      'prosecutor/index.html': `<!doctype html>${text(40, '<div>prosecutor</div>')}`,
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    const results = await precompressDirectory(dir);
    expect(results.map((result) => result.file.slice(dir.length + 1))).toEqual(Object.keys(files).sort());
    for (const [name, content] of Object.entries(files)) {
      const original = Buffer.from(content);
      const br = readFileSync(join(dir, `${name}.br`));
      const gz = readFileSync(join(dir, `${name}.gz`));
      expect(brotliDecompressSync(br).equals(original), name).toBe(true);
      expect(gunzipSync(gz).equals(original), name).toBe(true);
      expect(br.length, name).toBeLessThan(original.length / 3);
      expect(gz.length, name).toBeLessThan(original.length / 3);
      const result = results.find((one) => one.file === join(dir, name));
      expect(result, name).toEqual({ file: join(dir, name), bytes: original.length, br: br.length, gzip: gz.length });
    }
  });

  it('leaves files that are compressed already, and writes no copy that would not be smaller', async () => {
    writeFileSync(join(dir, 'assets', 'photo-1234.png'), Buffer.alloc(4096, 7));
    writeFileSync(join(dir, 'assets', 'font-1234.woff2'), Buffer.alloc(4096, 7));
    writeFileSync(join(dir, 'assets', 'tiny-1234.js'), ';');
    writeFileSync(join(dir, 'assets', 'empty-1234.css'), '');
    const results = await precompressDirectory(dir);
    expect(results).toEqual([{ file: join(dir, 'assets', 'tiny-1234.js'), bytes: 1, br: null, gzip: null }]);
    for (const name of ['photo-1234.png', 'font-1234.woff2', 'tiny-1234.js', 'empty-1234.css']) {
      expect(existsSync(join(dir, 'assets', `${name}.br`)), name).toBe(false);
      expect(existsSync(join(dir, 'assets', `${name}.gz`)), name).toBe(false);
    }
  });

  it('does not compress its own copies again when run twice', async () => {
    writeFileSync(join(dir, 'assets', 'app.js'), text(300, 'let x = 0'));
    await precompressDirectory(dir);
    const again = await precompressDirectory(dir);
    expect(again.map((result) => result.file)).toEqual([join(dir, 'assets', 'app.js')]);
    expect(existsSync(join(dir, 'assets', 'app.js.br.br'))).toBe(false);
    expect(existsSync(join(dir, 'assets', 'app.js.gz.gz'))).toBe(false);
    expect(COMPRESSIBLE.test('app.js.br')).toBe(false);
    expect(COMPRESSIBLE.test('app.js.gz')).toBe(false);
  });
});

describe('the cache of compressed copies', () => {
  const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');
  const content = text(400, 'export const cached = true');
  let cacheDir: string;
  beforeEach(() => {
    cacheDir = join(dir, 'cache');
    writeFileSync(join(dir, 'assets', 'app.js'), content);
  });

  it('keeps each copy under the hash of the file, and uses it again', async () => {
    await precompressDirectory(join(dir, 'assets'), { cacheDir });
    expect(readdirSync(cacheDir).sort()).toEqual([`${sha256(content)}.br`, `${sha256(content)}.gz`]);
    expect(readFileSync(join(cacheDir, `${sha256(content)}.br`)).equals(readFileSync(join(dir, 'assets', 'app.js.br')))).toBe(true);
    // A valid copy made differently (brotli quality 1, gzip level 1) stands in the cache: the next run takes it as it is.
    const quickBr = brotliCompressSync(Buffer.from(content), { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } });
    const quickGz = gzipSync(content, { level: 1 });
    writeFileSync(join(cacheDir, `${sha256(content)}.br`), quickBr);
    writeFileSync(join(cacheDir, `${sha256(content)}.gz`), quickGz);
    await precompressDirectory(join(dir, 'assets'), { cacheDir });
    expect(readFileSync(join(dir, 'assets', 'app.js.br')).equals(quickBr)).toBe(true);
    expect(readFileSync(join(dir, 'assets', 'app.js.gz')).equals(quickGz)).toBe(true);
  });

  it('handles files of the same content side by side, and a cache it cannot write', async () => {
    for (const name of ['a.js', 'b.js', 'c.js', 'd.js', 'e.js']) writeFileSync(join(dir, 'assets', name), content);
    await precompressDirectory(join(dir, 'assets'), { cacheDir });
    expect(readdirSync(cacheDir).sort()).toEqual([`${sha256(content)}.br`, `${sha256(content)}.gz`]);
    // A cache folder that is a file: nothing can be cached, every copy is still written.
    const blocked = join(dir, 'blocked');
    mkdirSync(blocked);
    writeFileSync(join(blocked, 'cache'), 'a file, not a folder');
    rmSync(join(dir, 'assets', 'e.js.br'));
    rmSync(join(dir, 'assets', 'e.js.gz'));
    await precompressDirectory(join(dir, 'assets'), { cacheDir: join(blocked, 'cache', 'inner') });
    expect(brotliDecompressSync(readFileSync(join(dir, 'assets', 'e.js.br'))).toString()).toBe(content);
    expect(gunzipSync(readFileSync(join(dir, 'assets', 'e.js.gz'))).toString()).toBe(content);
  });

  it('never uses a cached copy that does not unpack to the very file', async () => {
    mkdirSync(cacheDir);
    writeFileSync(join(cacheDir, `${sha256(content)}.br`), brotliCompressSync(Buffer.from(`${content} // changed`)));
    writeFileSync(join(cacheDir, `${sha256(content)}.gz`), 'not gzip at all');
    await precompressDirectory(join(dir, 'assets'), { cacheDir });
    expect(brotliDecompressSync(readFileSync(join(dir, 'assets', 'app.js.br'))).toString()).toBe(content);
    expect(gunzipSync(readFileSync(join(dir, 'assets', 'app.js.gz'))).toString()).toBe(content);
    // And the bad entries were replaced by good ones.
    expect(brotliDecompressSync(readFileSync(join(cacheDir, `${sha256(content)}.br`))).toString()).toBe(content);
    expect(gunzipSync(readFileSync(join(cacheDir, `${sha256(content)}.gz`))).toString()).toBe(content);
  });

  it('removes entries unused for 30 days, keeps the others, and refreshes those it uses', async () => {
    mkdirSync(cacheDir);
    const now = Date.now();
    const old = new Date(now - CACHE_MAX_AGE_MS - 60_000);
    const recent = new Date(now - CACHE_MAX_AGE_MS + 60_000);
    for (const [name, when] of [['old.br', old], ['recent.gz', recent]] as const) {
      writeFileSync(join(cacheDir, name), 'x');
      utimesSync(join(cacheDir, name), when, when);
    }
    await pruneCache(cacheDir, now);
    expect(readdirSync(cacheDir)).toEqual(['recent.gz']);
    await precompressDirectory(join(dir, 'assets'), { cacheDir });
    const entry = join(cacheDir, `${sha256(content)}.br`);
    utimesSync(entry, old, old);
    await precompressDirectory(join(dir, 'assets'), { cacheDir });
    expect(statSync(entry).mtimeMs).toBeGreaterThan(now - CACHE_MAX_AGE_MS);
  });
});

describe('the client build', () => {
  const names = (options: readonly PluginOption[]): string[] =>
    options.flatMap((option) => {
      if (Array.isArray(option)) return names(option);
      return option !== null && typeof option === 'object' && 'name' in option ? [option.name] : [];
    });

  it('runs the plugin, for builds only', () => {
    expect(names(viteConfig.plugins ?? [])).toContain('thicket-precompress');
    expect(precompress().apply).toBe('build');
  });
});
