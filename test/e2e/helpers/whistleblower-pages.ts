// Page flows of the whistleblower app, driven by accessible names only, as a person would use it.
import type { Page } from 'playwright-core';

const SLOW = { timeout: 120_000 };

export interface TipInput {
  readonly agencyName: string;
  readonly title: string;
  readonly description: string;
  readonly platform?: string;
  readonly listingUrl?: string;
  readonly species?: string;
  readonly country?: string;
}

/** Fills and sends a tip; returns the case code shown, after confirming it was written down. */
export async function submitTip(page: Page, baseUrl: string, tip: TipInput): Promise<string> {
  await page.goto(`${baseUrl}/`);
  await page.getByRole('button', { name: 'Make a report' }).click();
  await page.getByLabel(tip.agencyName).check(SLOW);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Title').fill(tip.title);
  await page.getByLabel('What did you see?').fill(tip.description);
  if (tip.platform !== undefined) await page.getByLabel('Platform or app').fill(tip.platform);
  if (tip.listingUrl !== undefined) await page.getByLabel('Link to the listing').fill(tip.listingUrl);
  if (tip.species !== undefined) await page.getByLabel('Species').fill(tip.species);
  if (tip.country !== undefined) await page.getByLabel('Country').fill(tip.country);
  await page.getByRole('button', { name: 'Encrypt and send' }).click();
  const code = page.getByLabel('Your case code');
  await code.waitFor(SLOW);
  const text = (await code.innerText()).replace(/\d+[.)]?/g, ' ').replace(/\s+/g, ' ').trim();
  const continueButton = page.getByRole('button', { name: 'Continue' });
  if (await continueButton.isEnabled()) throw new Error('Continue must stay disabled until the code is confirmed');
  await page.getByLabel('I have written down my case code').check();
  await continueButton.click();
  return text;
}

/** Sends a tip and expects the browser to refuse; returns the refusal text. */
export async function submitTipExpectingRefusal(page: Page, baseUrl: string, tip: TipInput): Promise<string> {
  await page.goto(`${baseUrl}/`);
  await page.getByRole('button', { name: 'Make a report' }).click();
  await page.getByText(tip.agencyName).first().waitFor(SLOW);
  const checkbox = page.getByLabel(tip.agencyName);
  if ((await checkbox.count()) > 0 && (await checkbox.isEnabled())) {
    await checkbox.check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Title').fill(tip.title);
    await page.getByLabel('What did you see?').fill(tip.description);
    await page.getByRole('button', { name: 'Encrypt and send' }).click();
  }
  const alert = page.getByRole('alert').filter({ hasText: /not|refus/i }).first();
  await alert.waitFor(SLOW);
  return alert.innerText();
}

/** Returns with the case code (typed messily) and waits for the case to show. */
export async function openCaseWithCode(page: Page, baseUrl: string, typedCode: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByRole('button', { name: 'I have a case code' }).click();
  await page.getByLabel('Case code').fill(typedCode);
  await page.getByRole('button', { name: 'Open my case' }).click();
  await page.getByText(/^Status: /).or(page.getByRole('alert')).first().waitFor(SLOW);
}

export async function answer(page: Page, text: string): Promise<void> {
  await page.getByLabel('Your answer').fill(text);
  await page.getByRole('button', { name: 'Send answer' }).click();
  await page.getByText(text).last().waitFor(SLOW);
}
