// Page flows for evidence files, driven by accessible names only, as a person would use them:
// the whistleblower attaches files to a tip, writes down the case code (shown before any file is
// sent), then watches one progress bar per file; the prosecutor decrypts and saves each file (a
// real browser download) or previews an image.
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { choosePlatform, type TipInput } from './whistleblower-pages';

const SLOW = { timeout: 120_000 };

/** The file input of the tip form. */
export const TIP_FILES_LABEL = 'Evidence files (optional)';

export function keepOriginalBox(page: Page, name: string): Locator {
  return page.getByRole('checkbox', { name: `Keep the original of ${name} (not recommended)` });
}

export function progressBar(page: Page, name: string): Locator {
  return page.getByRole('progressbar', { name, exact: true });
}

/** A progress bar's value in percent (a <progress> element or an ARIA progressbar), or null while indeterminate. */
export async function percentShown(bar: Locator): Promise<number | null> {
  const values = await bar.evaluate((element) => ({
    value: element instanceof HTMLProgressElement && element.hasAttribute('value') ? (element.value / element.max) * 100 : null,
    now: element.getAttribute('aria-valuenow'),
  }));
  if (values.value !== null) return values.value;
  return values.now === null ? null : Number(values.now);
}

/**
 * Fills the tip, attaches `files` (paths on disk) and checks what the form shows for them: one
 * "Remove <name>" button per file, and for `withMetadata` files a "keep the original" box that is
 * unticked. Does not send.
 */
export async function writeTipWithFiles(
  page: Page,
  baseUrl: string,
  tip: TipInput,
  files: readonly { readonly path: string; readonly name: string; readonly withMetadata: boolean }[],
): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByRole('button', { name: 'Make a report' }).click();
  await page.getByLabel(tip.agencyName).check(SLOW);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Title').fill(tip.title);
  await page.getByLabel('What did you see?').fill(tip.description);
  if (tip.platform !== undefined) await choosePlatform(page, tip.platform);
  await page.getByLabel(TIP_FILES_LABEL).setInputFiles(files.map((file) => file.path));
  for (const file of files) {
    await page.getByRole('button', { name: `Remove ${file.name}`, exact: true }).waitFor(SLOW);
    if (file.withMetadata) {
      const box = keepOriginalBox(page, file.name);
      await box.waitFor(SLOW);
      if (await box.isChecked()) throw new Error(`"Keep the original of ${file.name}" must start unticked`);
    }
  }
}

/** Presses "Encrypt and send" (the tip goes; the files wait until the code is written down). */
export async function sendTip(page: Page): Promise<void> {
  // As a person would: not while a file is still being checked for hidden details (the page
  // refuses to send then, and on a busy machine the check of a PDF can take a while).
  await page.getByText('Checking for hidden details…').first().waitFor({ state: 'hidden', ...SLOW });
  await page.getByRole('button', { name: 'Encrypt and send' }).click();
}

/** Whether the page would ask before being closed or reloaded (useLeaveWarning). */
export function leaveWarningOn(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
}

export interface CaseCodeScreen {
  /** The 12 words, separated by single spaces. */
  readonly code: string;
  /** The note that the files are sent next ("Your 3 files have not been sent yet…"), or null. */
  readonly filesNote: string | null;
  /** Whether leaving the page would be questioned once the code is confirmed (files still to send). */
  readonly leaveWarningAfterConfirm: boolean;
}

/**
 * Waits for the case code screen, runs `onCodeShown` while the code is on screen (before anything
 * is confirmed), confirms it was written down and presses Continue: the files are sent after this.
 */
export async function takeCaseCode(page: Page, timeoutMs: number, onCodeShown: () => void | Promise<void> = () => undefined): Promise<CaseCodeScreen> {
  const code = page.getByLabel('Your case code');
  await code.waitFor({ timeout: timeoutMs });
  await onCodeShown();
  const text = (await code.innerText()).replace(/\d+[.)]?/g, ' ').replace(/\s+/g, ' ').trim();
  const note = page.getByText(/have not been sent yet|has not been sent yet/);
  const filesNote = (await note.count()) > 0 ? await note.innerText() : null;
  const continueButton = page.getByRole('button', { name: 'Continue' });
  if (await continueButton.isEnabled()) throw new Error('Continue must stay disabled until the code is confirmed');
  await page.getByLabel('I have written down my case code').check();
  const leaveWarningAfterConfirm = await leaveWarningOn(page);
  await continueButton.click();
  return { code: text, filesNote, leaveWarningAfterConfirm };
}

/** After the code: waits until a progress bar shows for each file. */
export async function waitForUploads(page: Page, names: readonly string[]): Promise<void> {
  for (const name of names) await progressBar(page, name).waitFor(SLOW);
}

/**
 * Waits for the done screen ("Thank you. Your report was sent") once the files are sent and
 * attached; returns the text of its alert about files that did not arrive, or null.
 */
export async function waitForReportSent(page: Page, timeoutMs: number): Promise<string | null> {
  await page.getByRole('heading', { name: 'Thank you. Your report was sent' }).waitFor({ timeout: timeoutMs });
  const alert = page.getByRole('alert').filter({ hasText: 'did not arrive' });
  return (await alert.count()) > 0 ? alert.innerText() : null;
}

/**
 * As a prosecutor on the case page: "Decrypt and save <name>", wait for the browser's download
 * and save it into `folder` under `name`. Returns the saved path.
 */
export async function decryptAndSave(page: Page, name: string, folder: string, timeoutMs: number): Promise<string> {
  const button = page.getByRole('button', { name: `Decrypt and save ${name}`, exact: true });
  await button.waitFor(SLOW);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: timeoutMs }), button.click()]);
  const failure = await download.failure();
  if (failure !== null) throw new Error(`the download of ${name} failed: ${failure}`);
  const path = join(folder, name);
  await download.saveAs(path);
  return path;
}

/** As a prosecutor: "Preview <name>" shows the decrypted image inline; returns its natural size. */
export async function previewImage(page: Page, name: string): Promise<{ width: number; height: number }> {
  await page.getByRole('button', { name: `Preview ${name}`, exact: true }).click(SLOW);
  const image = page.getByRole('img', { name, exact: true });
  await image.waitFor(SLOW);
  await page.waitForFunction((element) => element instanceof HTMLImageElement && element.complete && element.naturalWidth > 0, await image.elementHandle(), SLOW);
  const size = await image.evaluate((element) => (element instanceof HTMLImageElement ? { width: element.naturalWidth, height: element.naturalHeight } : { width: 0, height: 0 }));
  await page.getByRole('button', { name: `Hide preview of ${name}`, exact: true }).click();
  return size;
}
