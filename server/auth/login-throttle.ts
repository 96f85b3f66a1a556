// Slowing down passphrase guessing (decision 6 of issue 3): after 5 failures in a row an account
// is locked for 30 s, doubling with each further failure up to an hour; a success resets it.
// Counts for real accounts live in members (failed_logins, locked_until). Usernames with no
// account get the same treatment from UnknownUserThrottle, in memory, so a lock-out never
// reveals whether an account exists.
import { createHash } from 'node:crypto';

export const FAILURES_BEFORE_LOCK = 5;
export const FIRST_LOCK_SECONDS = 30;
export const MAX_LOCK_SECONDS = 60 * 60;

/** How long to lock after `failures` failures in a row (0: not locked). */
export function lockSecondsAfter(failures: number): number {
  if (!Number.isInteger(failures) || failures < FAILURES_BEFORE_LOCK) return 0;
  const doublings = failures - FAILURES_BEFORE_LOCK;
  // 30 × 2^7 > 3600: stop doubling before the numbers can grow without bound.
  return doublings >= 7 ? MAX_LOCK_SECONDS : Math.min(FIRST_LOCK_SECONDS * 2 ** doublings, MAX_LOCK_SECONDS);
}

/** Seconds left until `lockedUntil` (at least 1 while locked), or 0 if not locked. */
export function secondsLeft(lockedUntil: Date | null, now: Date): number {
  if (lockedUntil === null) return 0;
  const ms = lockedUntil.getTime() - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

/** "30 seconds", "2 minutes", "1 hour": for the message people see. */
export function describeWait(seconds: number): string {
  if (seconds < 90) return seconds === 1 ? '1 second' : `${String(seconds)} seconds`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `${String(minutes)} minutes`;
  return '1 hour';
}

interface Attempts {
  failures: number;
  lockedUntil: Date | null;
}

/**
 * Failed-login counts for usernames without an account, keyed by a hash of the username, in
 * memory only, at most `capacity` entries (the oldest are forgotten first).
 */
export class UnknownUserThrottle {
  private readonly entries = new Map<string, Attempts>();

  constructor(private readonly capacity = 10_000) {}

  private key(username: string): string {
    return createHash('sha256').update(`thicket/v1/unknown-user\0${username}`, 'utf8').digest('base64url');
  }

  /** Seconds until this username may try again (0: now). */
  lockedFor(username: string, now: Date): number {
    return secondsLeft(this.entries.get(this.key(username))?.lockedUntil ?? null, now);
  }

  /** Counts a failure; returns the lock it causes in seconds (0: none). */
  fail(username: string, now: Date): number {
    const key = this.key(username);
    const failures = (this.entries.get(key)?.failures ?? 0) + 1;
    const lock = lockSecondsAfter(failures);
    this.entries.delete(key);
    this.entries.set(key, { failures, lockedUntil: lock > 0 ? new Date(now.getTime() + lock * 1000) : null });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done === true) break;
      this.entries.delete(oldest.value);
    }
    return lock;
  }
}
