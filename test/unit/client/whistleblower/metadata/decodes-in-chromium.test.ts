// The metadata module in real Chromium, normally and jitless (Tor Browser "Safer"), bundled by
// Vite as the client is: pdf-lib and exifr load lazily from their own chunks, the browser's
// results match Node's byte for byte, and Chromium's decoder shows cleaned images pixel for pixel
// as the originals (orientation included).
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeMetadata } from '../../../../../client/whistleblower/files/metadata/index';
import { launchChromium } from '../../../../helpers/chromium';
import { serveDirectory, type StaticServer } from '../../../../helpers/static-server';
import type { CleanOutput, DecodedImage } from './browser-harness';
import { jpegWithEverything, pngMetadataChunks, pngWith, webpWithMetadata } from './fixtures';
import { pdfWithMetadata } from './pdf-fixtures';

const harnessEntry = fileURLToPath(new URL('./browser-harness.ts', import.meta.url));
const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

let outDir: string;
let server: StaticServer;
let chunks: Map<string, string>;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'thicket-metadata-'));
  await build({
    configFile: false,
    logLevel: 'error',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      lib: { entry: harnessEntry, formats: ['es'], fileName: 'harness' },
    },
  });
  await writeFile(join(outDir, 'index.html'), '<!doctype html><meta charset="utf-8"><script type="module" src="./harness.js"></script>');
  chunks = new Map();
  for (const name of await readdir(outDir)) if (name.endsWith('.js')) chunks.set(name, await readFile(join(outDir, name), 'utf8'));
  server = await serveDirectory(outDir);
});

afterAll(async () => {
  await server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

it('bundles pdf-lib and exifr into chunks of their own, loaded only when needed', () => {
  const entry = chunks.get('harness.js') ?? '';
  expect(entry).not.toBe('');
  expect(entry).not.toContain('PDFDocument');
  expect(entry).not.toContain('IFD0 offset');
  expect([...chunks.values()].some((source) => source.includes('PDFDocument'))).toBe(true);
  expect([...chunks.values()].some((source) => source.includes('ICC_PROFILE') && !source.includes('PDFDocument'))).toBe(true);
});

describe.each([
  { mode: 'normal', jitless: false },
  { mode: 'jitless (Tor Browser "Safer")', jitless: true },
])('in Chromium, $mode', ({ jitless }) => {
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium({ jitless });
    page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => window.metadataHarness !== undefined);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const cleanInBrowser = (input: Uint8Array, type: string): Promise<CleanOutput> =>
    page.evaluate(([data, mime]) => {
      const harness = window.metadataHarness;
      if (!harness) throw new Error('harness not loaded');
      return harness.clean(data, mime);
    }, [b64(input), type] as const);

  const decodeInBrowser = (input: string, type: string): Promise<DecodedImage> =>
    page.evaluate(([data, mime]) => {
      const harness = window.metadataHarness;
      if (!harness) throw new Error('harness not loaded');
      return harness.decode(data, mime);
    }, [input, type] as const);

  it.each([
    ['JPEG', 'image/jpeg', () => jpegWithEverything(6)],
    ['PNG', 'image/png', () => pngWith(pngMetadataChunks())],
    ['WebP', 'image/webp', () => webpWithMetadata()],
  ])('cleans a %s exactly as Node does, and it decodes to the same pixels', async (_name, type, make) => {
    const input = make();
    const inBrowser = await cleanInBrowser(input, type);
    const inNode = await removeMetadata(input, type);
    expect(inBrowser.action).toBe('removed');
    expect(inBrowser.removed).toEqual(inNode.report.removed);
    expect(inBrowser.bytes).toBe(b64(inNode.bytes));

    const before = await decodeInBrowser(b64(input), type);
    const after = await decodeInBrowser(inBrowser.bytes, type);
    expect(after.width).toBeGreaterThan(0);
    expect({ width: after.width, height: after.height }).toEqual({ width: before.width, height: before.height });
    expect(after.pixels).toBe(before.pixels);
    // The JPEG is 16×8 as stored and orientation 6 (turn 90°): shown 8×16 before and after.
    if (type === 'image/jpeg') expect([after.width, after.height]).toEqual([8, 16]);
  });

  it('cleans a PDF exactly as Node does (pdf-lib loaded on demand)', async () => {
    const input = await pdfWithMetadata({ objectStreams: true });
    const inBrowser = await cleanInBrowser(input, 'application/pdf');
    const inNode = await removeMetadata(input, 'application/pdf');
    expect(inBrowser.action).toBe('removed');
    expect(inBrowser.removed).toEqual(inNode.report.removed);
    expect(inBrowser.bytes).toBe(b64(inNode.bytes));
  });

  it('fails closed in the browser too', async () => {
    const broken = jpegWithEverything(6).subarray(0, 300);
    const result = await cleanInBrowser(broken, 'image/jpeg');
    expect(result.action).toBe('not-checked');
    expect(result.bytes).toBe(b64(broken));
    expect(pageErrors).toEqual([]);
  });
});
