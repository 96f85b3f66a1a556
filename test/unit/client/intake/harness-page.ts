// Builds a browser harness with Vite (as the client is built: production React) into a temporary
// folder with the app's style sheets, serves it on loopback and opens it in Chromium.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../../../helpers/chromium';
import { serveDirectory, type StaticServer } from '../../../helpers/static-server';

export interface HarnessPage {
  readonly page: Page;
  readonly url: string;
  /** Errors the page logged or threw. */
  readonly errors: string[];
  close(): Promise<void>;
}

export async function openHarness(entry: URL, styleSheets: readonly string[]): Promise<HarnessPage> {
  const outDir = await mkdtemp(join(tmpdir(), 'thicket-intake-'));
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  try {
    await build({
      configFile: false,
      logLevel: 'error',
      mode: 'production',
      // Vitest runs with NODE_ENV=test, which would make JSX compile for React's development build.
      oxc: { jsx: { runtime: 'automatic', development: false } },
      define: { 'process.env.NODE_ENV': '"production"' },
      build: { outDir, emptyOutDir: true, target: 'es2022', minify: false, lib: { entry: fileURLToPath(entry), formats: ['es'], fileName: 'harness' } },
    });
    const links: string[] = [];
    for (const name of styleSheets) {
      await writeFile(join(outDir, name), await readFile(fileURLToPath(new URL(`../../../../client/styles/${name}`, import.meta.url))));
      links.push(`<link rel="stylesheet" href="./${name}">`);
    }
    await writeFile(
      join(outDir, 'index.html'),
      `<!doctype html><html lang="en" dir="ltr"><meta charset="utf-8"><link rel="icon" href="data:,"><title>Harness</title>${links.join('')}<div id="root"></div><script type="module" src="./harness.js"></script></html>`,
    );
    server = await serveDirectory(outDir);
    browser = await launchChromium();
    const page = await (await browser.newContext()).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const opened = { browser, server };
    return {
      page,
      url: `${server.url}/index.html`,
      errors,
      close: async () => {
        await opened.browser.close();
        await opened.server.close();
        await rm(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await server?.close();
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
}
