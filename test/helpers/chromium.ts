// Launches the real Debian Chromium through playwright-core. Never downloads a browser.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags every test browser starts with (headless, no background traffic of its own). */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchOptions {
  /** Tor Browser "Safer": no JIT and no WebAssembly (V8 --jitless). */
  readonly jitless?: boolean;
  /** More flags after CHROMIUM_FLAGS (a proxy, resolver rules). */
  readonly extraArgs?: readonly string[];
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    // Fail loudly: a browser test that cannot run is a failure, never a skip.
    throw new Error(`Chromium not found at ${chromiumPath}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  const args = [...CHROMIUM_FLAGS, ...(options.extraArgs ?? [])];
  if (options.jitless === true) args.push('--js-flags=--jitless');
  return chromium.launch({ executablePath: chromiumPath, args, headless: true });
}
