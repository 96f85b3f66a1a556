// A report or an answer posted twice without JavaScript (a second press while Tor is slow, a
// reload, Back and send again) is stored once (client/whistleblower/nojs/attempts.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openWorld, setUpAgency, type World } from '../core/world';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
let world: World;
let agencyId = '';

function encode(fields: readonly (readonly [string, string])[]): string {
  return new URLSearchParams(fields.map(([name, value]) => [name, value])).toString();
}

function hiddenValue(html: string, name: string): string {
  const value = new RegExp(`type="hidden" name="${name}" value="([^"]+)"`).exec(html)?.[1];
  if (value === undefined) throw new Error(`no hidden ${name} in the page`);
  return value;
}

function codeOf(html: string): string {
  return [...html.matchAll(/class="case-code-word">([^<]+)</g)].map((match) => (match[1] ?? '').trim()).join(' ');
}

async function count(table: 'cases' | 'case_messages'): Promise<number> {
  const result = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(world.database.db);
  return Number(result.rows[0]?.n ?? 0);
}

beforeAll(async () => {
  world = await openWorld();
  await setUpAgency(world, 'Twice Unit', ['ranger']);
  const list = await world.app.inject({ method: 'GET', url: '/nojs/report' });
  agencyId = /name="agency" value="([^"]+)"/.exec(list.body)?.[1] ?? '';
  expect(agencyId).not.toBe('');
}, 60_000);

afterAll(async () => {
  await world.close();
});

describe('a form posted twice without JavaScript', () => {
  it('stores a report once: two posts at the same time get the same code, a later one is told it was sent', async () => {
    const form = await world.app.inject({ method: 'GET', url: `/nojs/write?agency=${agencyId}` });
    const attempt = hiddenValue(form.body, 'attempt');
    const payload = encode([['agency', agencyId], ['attempt', attempt], ['tip-title', 'Twice'], ['tip-description', 'Pressed twice on a slow link']]);
    const before = await count('cases');
    const [first, second] = await Promise.all([
      world.app.inject({ method: 'POST', url: '/nojs/write', headers: FORM, payload }),
      world.app.inject({ method: 'POST', url: '/nojs/write', headers: FORM, payload }),
    ]);
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(200);
    expect(codeOf(first.body).split(' ')).toHaveLength(12);
    expect(codeOf(second.body)).toBe(codeOf(first.body));
    expect(await count('cases')).toBe(before + 1);

    const again = await world.app.inject({ method: 'POST', url: '/nojs/write', headers: FORM, payload });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('This report was already sent');
    expect(codeOf(again.body)).toBe('');
    expect(await count('cases')).toBe(before + 1);

    // A fresh form (a new token) is a new report.
    const fresh = await world.app.inject({ method: 'GET', url: `/nojs/write?agency=${agencyId}` });
    expect(hiddenValue(fresh.body, 'attempt')).not.toBe(attempt);
  });

  it('stores an answer once, and shows the case saying it was sent', async () => {
    const form = await world.app.inject({ method: 'GET', url: `/nojs/write?agency=${agencyId}` });
    const sent = await world.app.inject({
      method: 'POST',
      url: '/nojs/write',
      headers: FORM,
      payload: encode([['agency', agencyId], ['attempt', hiddenValue(form.body, 'attempt')], ['tip-description', 'A tip to answer on']]),
    });
    const code = codeOf(sent.body);
    const opened = await world.app.inject({ method: 'POST', url: '/nojs/case', headers: FORM, payload: encode([['case-code', code]]) });
    expect(opened.statusCode).toBe(200);
    const attempt = hiddenValue(opened.body, 'attempt');
    const before = await count('case_messages');
    const answer = encode([['case-code', code], ['attempt', attempt], ['answer', 'Only once, please']]);
    const [one, two] = await Promise.all([
      world.app.inject({ method: 'POST', url: '/nojs/case', headers: FORM, payload: answer }),
      world.app.inject({ method: 'POST', url: '/nojs/case', headers: FORM, payload: answer }),
    ]);
    expect([one.statusCode, two.statusCode]).toEqual([200, 200]);
    const later = await world.app.inject({ method: 'POST', url: '/nojs/case', headers: FORM, payload: answer });
    expect(later.statusCode).toBe(200);
    expect(later.body).toContain('Your answer was sent.');
    expect(await count('case_messages')).toBe(before + 1);
  });
});
