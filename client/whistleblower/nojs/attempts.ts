// A form posted twice (a second press while Tor is slow, a reload, Back and send again) must not
// store a report or an answer twice. Each form that stores something carries a random attempt
// token (hidden field). While one post of it is being handled, a second one waits for it and gets
// the very same page (so a person who pressed twice still sees their code once). Once it has
// stored something, the token is remembered, alone, for a while: a later post of it stores
// nothing and the page says so. Tokens name nothing and link to nothing stored.
import type { NoJsResponse } from '../../../api/no-js';
import { randomBytes, toBase64Url } from '../../../crypto/index';

/** How long a used token is remembered, and how many at most (the oldest go first). */
export const USED_TOKEN_TTL_MS = 6 * 60 * 60 * 1000;
export const USED_TOKEN_MAX = 100_000;

const TOKEN = /^[A-Za-z0-9_-]{22}$/;

/** A new attempt token: 16 bytes from the CSPRNG. */
export function newAttemptToken(): string {
  return toBase64Url(randomBytes(16));
}

export type AttemptOutcome = { readonly kind: 'page'; readonly response: NoJsResponse } | { readonly kind: 'used' };

export class Attempts {
  private readonly running = new Map<string, Promise<NoJsResponse>>();
  private readonly used = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * Runs `work` for `token`, unless the token is being handled (then its page) or has stored
   * something already ('used'). A malformed or missing token runs `work` as it is.
   */
  async run(token: string | undefined, work: () => Promise<NoJsResponse>): Promise<AttemptOutcome> {
    if (token === undefined || !TOKEN.test(token)) return { kind: 'page', response: await work() };
    this.forgetOld();
    if (this.used.has(token)) return { kind: 'used' };
    const inFlight = this.running.get(token);
    if (inFlight !== undefined) return { kind: 'page', response: await inFlight };
    const started = work();
    this.running.set(token, started);
    try {
      const response = await started;
      if (response.encryptedCaseId !== undefined) this.used.set(token, this.now());
      return { kind: 'page', response };
    } finally {
      this.running.delete(token);
    }
  }

  private forgetOld(): void {
    const oldest = this.now() - USED_TOKEN_TTL_MS;
    for (const [token, at] of this.used) {
      if (at >= oldest && this.used.size <= USED_TOKEN_MAX) break;
      this.used.delete(token);
    }
  }
}
