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

/**
 * Chooses the platform from the list by its name, or by the name it starts with ("Facebook" for
 * "Facebook Marketplace"); a platform not in the list is "Other" with its name written in.
 */
export async function choosePlatform(page: Page, name: string): Promise<void> {
  const select = page.getByLabel('Platform or app', { exact: true });
  const wanted = name.toLowerCase();
  const labels = (await select.locator('option').allInnerTexts()).map((label) => label.trim());
  const match =
    labels.find((label) => label.toLowerCase() === wanted) ?? labels.find((label) => wanted.startsWith(`${label.toLowerCase()} `));
  if (match !== undefined && match !== 'Other') {
    await select.selectOption({ label: match });
    return;
  }
  await select.selectOption('other');
  await page.getByLabel('Name of the other website or app', { exact: true }).fill(name);
}

/** Types into the species picker (as the seller names it) and leaves the words as typed. */
export async function typeSpecies(page: Page, species: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Species', exact: true });
  await box.fill(species);
  await box.press('Escape');
}

/** Fills and sends a tip; returns the case code shown, after confirming it was written down. */
export async function submitTip(page: Page, baseUrl: string, tip: TipInput): Promise<string> {
  await page.goto(`${baseUrl}/`);
  await page.getByRole('button', { name: 'Make a report' }).click();
  await page.getByLabel(tip.agencyName).check(SLOW);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Title', { exact: true }).fill(tip.title);
  await page.getByLabel('What did you see?', { exact: true }).fill(tip.description);
  if (tip.platform !== undefined) await choosePlatform(page, tip.platform);
  if (tip.listingUrl !== undefined) await page.getByLabel('Link to the listing', { exact: true }).fill(tip.listingUrl);
  if (tip.species !== undefined) await typeSpecies(page, tip.species);
  if (tip.country !== undefined) await page.getByLabel('Country', { exact: true }).selectOption({ label: tip.country });
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
    await page.getByLabel('Title', { exact: true }).fill(tip.title);
    await page.getByLabel('What did you see?', { exact: true }).fill(tip.description);
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
