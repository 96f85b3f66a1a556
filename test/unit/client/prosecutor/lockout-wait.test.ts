// A locked-out sign-in says how long to wait when the server said (Retry-After), in whole minutes.
import { describe, expect, it } from 'vitest';
import { retryAfterOf } from '../../../../client/shared/http';
import { tooManyAttempts } from '../../../../client/prosecutor/services/sign-in';

const withHeader = (value: string | null): Response => new Response(null, { status: 429, headers: value === null ? {} : { 'retry-after': value } });

describe('Retry-After', () => {
  it('is read in whole seconds, and only in that form', () => {
    expect(retryAfterOf(withHeader('120'))).toBe(120);
    expect(retryAfterOf(withHeader(' 45 '))).toBe(45);
    expect(retryAfterOf(withHeader(null))).toBeNull();
    expect(retryAfterOf(withHeader('Wed, 21 Oct 2026 07:28:00 GMT'))).toBeNull();
    expect(retryAfterOf(withHeader('-5'))).toBeNull();
    expect(retryAfterOf(withHeader('1.5'))).toBeNull();
  });
});

describe('the lock-out message', () => {
  it('names the minutes to wait, rounded up', () => {
    expect(tooManyAttempts(60).message).toBe('Too many failed attempts. Sign-in is paused for your account’s safety: try again in 1 minute.');
    expect(tooManyAttempts(61).message).toContain('try again in 2 minutes.');
    expect(tooManyAttempts(900).message).toContain('try again in 15 minutes.');
  });

  it('falls back to "a while" when the server gave no time', () => {
    expect(tooManyAttempts(null).message).toBe('Too many failed attempts. Wait a while before trying again.');
    expect(tooManyAttempts(0).message).toBe('Too many failed attempts. Wait a while before trying again.');
  });
});
