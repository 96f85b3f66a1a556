// Drives the harness page in Chromium (test/helpers/chromium.ts, normal or --jitless): part (c),
// encryption speed of the raw primitive against the client pipeline, and part (d), a file handed
// to startUpload until the Thicket server holds it. The page is served by that server.
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../test/helpers/chromium';
import type { AttachInput, AttachResult, PipelineSpeed, PipelineWorkers, Speed } from './harness/harness-api';

export interface ChromiumRun {
  readonly jitless: boolean;
  /** Medians over `runs`. */
  readonly raw: Speed;
  readonly ours: PipelineSpeed;
  /** The page's first pipeline run (1 MiB), with workers started cold: what a first file waits for. */
  readonly cold: PipelineSpeed;
  /** One run of each worker alone, to see which sets the pace. */
  readonly alone: { readonly encrypt: PipelineSpeed; readonly hash: PipelineSpeed };
  readonly attach: AttachResult | Error;
}

export interface ChromiumPlan {
  readonly url: string;
  readonly jitless: boolean;
  readonly encryptBytes: number;
  readonly runs: number;
  readonly attach: Omit<AttachInput, 'token'>;
  /** A fresh case session token (also asked for again if the server refuses one). */
  token(): Promise<string>;
}

function medianBy<T>(values: readonly T[], key: (value: T) => number): T {
  const sorted = [...values].sort((a, b) => key(a) - key(b));
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (middle === undefined) throw new Error('no measurements');
  return middle;
}

async function openHarness(browser: Browser, plan: ChromiumPlan, errors: string[]): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.exposeFunction('thicketBenchRenewToken', () => plan.token());
  await page.goto(`${plan.url}/`);
  await page.waitForFunction(() => window.thicketUploadBench !== undefined, undefined, { timeout: 30_000 });
  return page;
}

function withErrors(error: unknown, errors: readonly string[]): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(errors.length === 0 ? message : `${message} (page: ${errors.slice(-3).join(' | ')})`);
}

export async function runInChromium(plan: ChromiumPlan): Promise<ChromiumRun> {
  const browser = await launchChromium({ jitless: plan.jitless });
  const errors: string[] = [];
  try {
    const page = await openHarness(browser, plan, errors);
    const raw: Speed[] = [];
    const ours: PipelineSpeed[] = [];
    const pipeline = async (bytes: number, workers: PipelineWorkers, prepared = true): Promise<PipelineSpeed> => {
      const result = await page.evaluate(([b, w, p]) => window.thicketUploadBench?.pipelineEncrypt(b, w, p), [bytes, workers, prepared] as const);
      if (result === undefined) throw new Error('harness not loaded');
      return result;
    };
    let alone: ChromiumRun['alone'];
    let cold: PipelineSpeed;
    try {
      // A small run of each first, so no figure pays for loading and compiling code; the
      // pipeline's, on a fresh page with no worker started yet, is also the cold start.
      await page.evaluate((bytes) => window.thicketUploadBench?.rawEncrypt(bytes), 1024 * 1024);
      cold = await pipeline(1024 * 1024, 'both', false);
      for (let i = 0; i < plan.runs; i += 1) {
        const r = await page.evaluate((bytes) => window.thicketUploadBench?.rawEncrypt(bytes), plan.encryptBytes);
        if (r === undefined) throw new Error('harness not loaded');
        raw.push(r);
        // One byte under whole MiB: every 64 KiB chunk full, no Padmé padding chunk, so the work matches raw's.
        ours.push(await pipeline(plan.encryptBytes - 1, 'both'));
      }
      alone = { encrypt: await pipeline(plan.encryptBytes - 1, 'encrypt'), hash: await pipeline(plan.encryptBytes - 1, 'hash') };
    } catch (error) {
      throw withErrors(error, errors);
    }
    let attach: AttachResult | Error;
    try {
      const input: AttachInput = { ...plan.attach, token: await plan.token() };
      const result = await page.evaluate((arg) => window.thicketUploadBench?.attach(arg), input);
      if (result === undefined) throw new Error('harness not loaded');
      attach = result;
    } catch (error) {
      attach = withErrors(error, errors);
    }
    return { jitless: plan.jitless, raw: medianBy(raw, (s) => s.milliseconds / s.bytes), ours: medianBy(ours, (s) => s.milliseconds / s.bytes), cold, alone, attach };
  } finally {
    await browser.close();
  }
}
