// Page flows of the prosecutor app, driven by accessible names only, as a person would use it.
import type { Page } from 'playwright-core';

// Generous: Argon2id (256 MiB) in a busy CI machine's browser can take many seconds.
const SLOW = { timeout: 120_000 };

export interface EnrollInput {
  readonly inviteLink: string;
  readonly username: string;
  readonly displayName: string;
  readonly passphrase: string;
}

/** Enrolls from an invite link; returns the fingerprint shown on the waiting page. */
export async function enroll(page: Page, input: EnrollInput): Promise<string> {
  await page.goto(input.inviteLink);
  await page.getByLabel('Username').fill(input.username);
  await page.getByLabel('Your name').fill(input.displayName);
  await page.getByLabel('Passphrase', { exact: true }).fill(input.passphrase);
  await page.getByLabel('Repeat passphrase').fill(input.passphrase);
  await page.getByRole('button', { name: 'Create my keys' }).click();
  const recovery = page.getByLabel('Recovery key', { exact: true });
  await recovery.waitFor(SLOW);
  const recoveryKey = (await recovery.innerText()).trim();
  const groups = recoveryKey.split(/[\s-]+/).filter((group) => group !== '');
  await page.getByLabel('Type the last group of your recovery key').fill(groups[groups.length - 1] ?? '');
  await page.getByLabel('I have stored my recovery key safely').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  const fingerprint = page.getByLabel('Your fingerprint');
  await fingerprint.waitFor(SLOW);
  return (await fingerprint.innerText()).trim();
}

export async function signIn(page: Page, baseUrl: string, username: string, passphrase: string): Promise<void> {
  await page.goto(`${baseUrl}/prosecutor/#/login`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor(SLOW);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor(SLOW);
}

/** As an admin on #/admin: approve a pending prosecutor after checking the fingerprint shown. */
export async function approve(page: Page, username: string, displayName: string, expectedFingerprint: string): Promise<void> {
  await page.getByRole('button', { name: `Approve ${username}` }).click(SLOW);
  await page.getByText(expectedFingerprint).first().waitFor(SLOW);
  await page.getByLabel(`I compared the fingerprint with ${displayName}`).check();
  await page.getByRole('button', { name: 'Sign and approve' }).click();
  await page.getByRole('button', { name: `Approve ${username}` }).waitFor({ state: 'detached', timeout: 30_000 });
}

/** From the inbox, opens the case whose decrypted title is `title`. */
export async function openCase(page: Page, baseUrl: string, title: string): Promise<void> {
  // Navigating by hash keeps the signed-in session (keys live only in this page's memory).
  await page.goto(`${baseUrl}/prosecutor/#/inbox`);
  await page.getByRole('button', { name: 'Refresh' }).click(SLOW);
  await page.getByRole('link', { name: title }).click(SLOW);
  await page.getByRole('button', { name: 'Send reply' }).or(page.getByRole('alert')).first().waitFor(SLOW);
}

export async function reply(page: Page, text: string): Promise<void> {
  await page.getByLabel('Reply to the whistleblower').fill(text);
  await page.getByRole('button', { name: 'Send reply' }).click();
  await page.getByText(text, { exact: false }).last().waitFor(SLOW);
}

export async function setStatus(page: Page, label: string): Promise<void> {
  await page.getByLabel('Case status').selectOption({ label });
  await page.getByRole('button', { name: 'Change status' }).click();
}
