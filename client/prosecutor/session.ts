// The signed-in member's session, in this tab's memory only: never in storage or cookies, so a
// reload or a closed tab means signing in again. Signing out (or the session expiring) zeroes
// the private key arrays and forgets the token.
import type { MemberView } from '../../api/index';
import type { ProsecutorKeys } from '../../crypto/index';

export interface MemberSession {
  /** Bearer token for the member routes. */
  readonly token: string;
  /** Unix seconds. */
  readonly expiresAt: number;
  readonly member: MemberView;
  /** The member's own key pairs, unwrapped in this browser at sign-in. */
  readonly keys: ProsecutorKeys;
  /** fingerprint(signing public key, box public key), computed here at sign-in. */
  readonly fingerprint: string;
}

/** Why the last session ended, for the sign-in page to say so. */
export type EndReason = 'signed_out' | 'expired';

interface State {
  readonly session: MemberSession | null;
  readonly endReason: EndReason | null;
}

/** The server's sessions last 12 hours; never keep keys longer than that, whatever it says. */
const MAX_SESSION_MS = 12 * 60 * 60 * 1000;

let state: State = { session: null, endReason: null };
let expiryTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function publish(next: State): void {
  state = next;
  for (const listener of listeners) listener();
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSessionState(): State {
  return state;
}

export function currentSession(): MemberSession | null {
  return state.session;
}

function wipeKeys(keys: ProsecutorKeys): void {
  keys.signing.secretKey.fill(0);
  keys.box.secretKey.fill(0);
}

/** Starts a session (ending any previous one) and schedules its end at `expiresAt`. */
export function startSession(session: MemberSession, now: number = Date.now()): void {
  if (state.session !== null && state.session.keys !== session.keys) wipeKeys(state.session.keys);
  clearTimeout(expiryTimer);
  const remaining = Math.min(session.expiresAt * 1000 - now, MAX_SESSION_MS);
  expiryTimer = setTimeout(() => endSession('expired'), Math.max(0, remaining));
  publish({ session, endReason: null });
}

/** Zeroes the private keys, forgets the token. Safe to call when signed out. */
export function endSession(reason: EndReason): void {
  clearTimeout(expiryTimer);
  expiryTimer = undefined;
  if (state.session === null) {
    if (state.endReason !== reason) publish({ session: null, endReason: reason });
    return;
  }
  wipeKeys(state.session.keys);
  publish({ session: null, endReason: reason });
}

/** Marks the current session as updated (for example the member state after approval). */
export function updateMember(member: MemberView): void {
  if (state.session === null) return;
  publish({ session: { ...state.session, member }, endReason: null });
}
