// The lock-out schedule and the in-memory twin for usernames without an account.
import { describe, expect, it } from 'vitest';
import { UnknownUserThrottle, describeWait, lockSecondsAfter, secondsLeft } from '../../../server/auth/login-throttle';

describe('lockSecondsAfter', () => {
  it('locks from the fifth failure in a row: 30 s, doubling, at most an hour', () => {
    expect([0, 1, 2, 3, 4].map(lockSecondsAfter)).toEqual([0, 0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 11, 12, 13, 1000].map(lockSecondsAfter)).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]);
  });

  it('never locks for a count that is not a whole number', () => {
    expect(lockSecondsAfter(Number.NaN)).toBe(0);
    expect(lockSecondsAfter(5.5)).toBe(0);
  });
});

describe('secondsLeft and describeWait', () => {
  const now = new Date('2026-11-03T10:00:00.000Z');
  it('rounds the time left up to whole seconds, 0 when not locked', () => {
    expect(secondsLeft(null, now)).toBe(0);
    expect(secondsLeft(new Date(now.getTime() - 1), now)).toBe(0);
    expect(secondsLeft(now, now)).toBe(0);
    expect(secondsLeft(new Date(now.getTime() + 1), now)).toBe(1);
    expect(secondsLeft(new Date(now.getTime() + 29_001), now)).toBe(30);
  });

  it('says how long in words people read', () => {
    expect(describeWait(1)).toBe('1 second');
    expect(describeWait(30)).toBe('30 seconds');
    expect(describeWait(120)).toBe('2 minutes');
    expect(describeWait(1920)).toBe('32 minutes');
    expect(describeWait(3600)).toBe('1 hour');
  });
});

describe('UnknownUserThrottle', () => {
  const now = new Date('2026-11-03T10:00:00.000Z');
  const later = (seconds: number): Date => new Date(now.getTime() + seconds * 1000);

  it('locks an unknown username like a real account', () => {
    const throttle = new UnknownUserThrottle();
    expect([1, 2, 3, 4].map(() => throttle.fail('ghost', now))).toEqual([0, 0, 0, 0]);
    expect(throttle.fail('ghost', now)).toBe(30);
    expect(throttle.lockedFor('ghost', later(10))).toBe(20);
    expect(throttle.lockedFor('other', now)).toBe(0);
    expect(throttle.fail('ghost', later(30))).toBe(60);
  });

  it('forgets the oldest usernames beyond its capacity', () => {
    const throttle = new UnknownUserThrottle(2);
    for (let i = 0; i < 5; i += 1) throttle.fail('first', now);
    throttle.fail('second', now);
    throttle.fail('third', now);
    expect(throttle.lockedFor('first', now)).toBe(0);
  });
});
