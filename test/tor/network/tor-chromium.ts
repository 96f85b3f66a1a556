// Chromium whose every request goes through the private network's SOCKS port, as Tor Browser's
// do: host names (.onion included) are sent to tor unresolved (SOCKS5 with a name), loopback is not
// exempted from the proxy, and Chromium's own resolver answers nothing, so no name can be looked
// up outside tor by mistake.
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../helpers/chromium';

export interface TorChromiumOptions {
  /** Tor Browser "Safer": no JIT and no WebAssembly (V8 --jitless). */
  readonly jitless?: boolean;
}

export function launchChromiumThroughTor(socksPort: number, options: TorChromiumOptions = {}): Promise<Browser> {
  return launchChromium({
    ...(options.jitless === undefined ? {} : { jitless: options.jitless }),
    extraArgs: [
      `--proxy-server=socks5://127.0.0.1:${String(socksPort)}`,
      '--proxy-bypass-list=<-loopback>',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    ],
  });
}
