// A form posted twice stores once (client/whistleblower/nojs/attempts.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import type { NoJsResponse } from '../../../../api/no-js';
import { ready } from '../../../../crypto/index';
import { Attempts, USED_TOKEN_TTL_MS, newAttemptToken } from '../../../../client/whistleblower/nojs/attempts';

const stored: NoJsResponse = { status: 200, html: '<p>code</p>', encryptedCaseId: 'case' };
const refused: NoJsResponse = { status: 422, html: '<p>fix it</p>' };

function counting(response: NoJsResponse, wait?: Promise<void>): { calls: () => number; work: () => Promise<NoJsResponse> } {
  let calls = 0;
  return {
    calls: () => calls,
    work: async () => {
      calls += 1;
      await wait;
      return response;
    },
  };
}

beforeAll(async () => {
  await ready();
});

describe('Attempts', () => {
  it('makes 22-character tokens from the CSPRNG, all different', () => {
    const tokens = new Set(Array.from({ length: 200 }, () => newAttemptToken()));
    expect(tokens.size).toBe(200);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('gives a second post made while the first runs the same page, and does the work once', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const attempts = new Attempts();
    const token = newAttemptToken();
    const work = counting(stored, gate);
    const first = attempts.run(token, work.work);
    const second = attempts.run(token, work.work);
    release();
    expect(await first).toEqual({ kind: 'page', response: stored });
    expect(await second).toEqual({ kind: 'page', response: stored });
    expect(work.calls()).toBe(1);
  });

  it('stores nothing for a post of a token that already stored something', async () => {
    const attempts = new Attempts();
    const token = newAttemptToken();
    const work = counting(stored);
    await attempts.run(token, work.work);
    expect(await attempts.run(token, work.work)).toEqual({ kind: 'used' });
    expect(work.calls()).toBe(1);
  });

  it('lets a form that stored nothing (a refusal) be posted again', async () => {
    const attempts = new Attempts();
    const token = newAttemptToken();
    const work = counting(refused);
    await attempts.run(token, work.work);
    await attempts.run(token, work.work);
    expect(work.calls()).toBe(2);
  });

  it('runs a post without a well-formed token as it is', async () => {
    const attempts = new Attempts();
    const work = counting(stored);
    for (const token of [undefined, '', 'short', `${newAttemptToken()}x`]) await attempts.run(token, work.work);
    await attempts.run('not/a-token-of-22-chars', work.work);
    expect(work.calls()).toBe(5);
  });

  it('forgets a used token after its time', async () => {
    let now = 1_000_000;
    const attempts = new Attempts(() => now);
    const token = newAttemptToken();
    const work = counting(stored);
    await attempts.run(token, work.work);
    now += USED_TOKEN_TTL_MS - 1;
    expect((await attempts.run(token, work.work)).kind).toBe('used');
    now += 2;
    expect((await attempts.run(token, work.work)).kind).toBe('page');
    expect(work.calls()).toBe(2);
  });
});
