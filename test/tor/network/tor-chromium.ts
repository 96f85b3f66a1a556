// Chromium whose every request goes through the private network's SOCKS port, as Tor Browser's
// do: host names (.onion included) are sent to tor unresolved (SOCKS5 with a name), loopback is not
// exempted from the proxy, and Chromium's own resolver answers nothing, so no name can be looked
// up outside tor by mistake.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from '../../helpers/chromium';

export interface TorChromiumOptions {
  /** Tor Browser "Safer": no JIT and no WebAssembly (V8 --jitless). */
  readonly jitless?: boolean;
}

export async function launchChromiumThroughTor(socksPort: number, options: TorChromiumOptions = {}): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  const args = [
    // The same hardening as test/helpers/chromium.ts ...
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // ... and everything through tor.
    `--proxy-server=socks5://127.0.0.1:${String(socksPort)}`,
    '--proxy-bypass-list=<-loopback>',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
  ];
  if (options.jitless === true) args.push('--js-flags=--jitless');
  return chromium.launch({ executablePath: chromiumPath, args, headless: true });
}
