// The in-memory session: signing out or expiring zeroes the private keys and forgets the token.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateProsecutorKeys, readySumo } from '../../../../crypto/prosecutor-keys';
import { currentSession, endSession, getSessionState, startSession, subscribeSession } from '../../../../client/prosecutor/session';
import { sessionFor } from './fixtures';

beforeAll(async () => {
  await readySumo();
});

afterEach(() => {
  endSession('signed_out');
  vi.useRealTimers();
});

const zeroed = (bytes: Uint8Array): boolean => bytes.every((byte) => byte === 0);

describe('session', () => {
  it('wipes both secret keys and the token on sign-out, and tells subscribers', () => {
    const keys = generateProsecutorKeys();
    const session = sessionFor(keys);
    let notified = 0;
    const unsubscribe = subscribeSession(() => notified++);
    startSession(session, Date.now());
    expect(currentSession()).toBe(session);
    expect(zeroed(keys.signing.secretKey)).toBe(false);
    endSession('signed_out');
    expect(currentSession()).toBeNull();
    expect(getSessionState().endReason).toBe('signed_out');
    expect(zeroed(keys.signing.secretKey)).toBe(true);
    expect(zeroed(keys.box.secretKey)).toBe(true);
    expect(notified).toBe(2);
    unsubscribe();
  });

  it('ends itself at expiry, and never later than 12 hours whatever the server says', () => {
    vi.useFakeTimers();
    const now = Date.now();
    const keys = generateProsecutorKeys();
    startSession({ ...sessionFor(keys), expiresAt: Math.floor(now / 1000) + 60 }, now);
    vi.advanceTimersByTime(59_000);
    expect(currentSession()).not.toBeNull();
    vi.advanceTimersByTime(2_000);
    expect(currentSession()).toBeNull();
    expect(getSessionState().endReason).toBe('expired');
    expect(zeroed(keys.box.secretKey)).toBe(true);

    const later = generateProsecutorKeys();
    startSession({ ...sessionFor(later), expiresAt: Math.floor(now / 1000) + 365 * 24 * 3600 }, now);
    vi.advanceTimersByTime(12 * 3600 * 1000 + 1);
    expect(currentSession()).toBeNull();
    expect(zeroed(later.signing.secretKey)).toBe(true);
  });

  it('wipes the previous keys when a new session starts', () => {
    const first = generateProsecutorKeys();
    const second = generateProsecutorKeys();
    startSession(sessionFor(first));
    startSession(sessionFor(second));
    expect(zeroed(first.signing.secretKey)).toBe(true);
    expect(zeroed(second.signing.secretKey)).toBe(false);
  });
});
