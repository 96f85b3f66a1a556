// Hash routes and who sees which page: a pending member never reaches a prosecutor or admin page.
import { describe, expect, it } from 'vitest';
import { decideRoute, hrefFor, homeFor, parseRoute } from '../../../../client/prosecutor/routes';

const CASE_ID = 'LEMjPepVxeRmzk5I6XLPCoYodP-qjKoy5XUsX7iSQWc';
const TOKEN = 'IXwcQmraP816gTpraPr2trnv3D-q60iJXurS7HgwBMg';

describe('parseRoute', () => {
  it('reads every route and defaults to sign-in', () => {
    expect(parseRoute('')).toEqual({ name: 'login' });
    expect(parseRoute('#/')).toEqual({ name: 'login' });
    expect(parseRoute('#/login')).toEqual({ name: 'login' });
    expect(parseRoute('#/admin')).toEqual({ name: 'admin' });
    expect(parseRoute('#/inbox')).toEqual({ name: 'inbox' });
    expect(parseRoute('#/waiting')).toEqual({ name: 'waiting' });
    expect(parseRoute(`#/invite/${TOKEN}`)).toEqual({ name: 'invite', token: TOKEN });
    expect(parseRoute(`#/case/${CASE_ID}`)).toEqual({ name: 'case', caseId: CASE_ID });
  });

  it('keeps a cut invite link on the invite page (which explains it) and refuses malformed case ids', () => {
    expect(parseRoute('#/invite/abc')).toEqual({ name: 'invite', token: 'abc' });
    expect(parseRoute('#/case/abc')).toEqual({ name: 'notFound' });
    expect(parseRoute(`#/case/${CASE_ID}/x`)).toEqual({ name: 'notFound' });
    expect(parseRoute(`#/case/${CASE_ID.slice(1)}!`)).toEqual({ name: 'notFound' });
    expect(parseRoute('#/elsewhere')).toEqual({ name: 'notFound' });
  });

  it('round-trips through hrefFor', () => {
    for (const hash of ['#/login', '#/admin', '#/inbox', '#/waiting', `#/invite/${TOKEN}`, `#/case/${CASE_ID}`]) {
      expect(hrefFor(parseRoute(hash))).toBe(hash);
    }
  });
});

describe('decideRoute', () => {
  const admin = { role: 'admin', state: 'active' } as const;
  const prosecutor = { role: 'prosecutor', state: 'active' } as const;
  const pending = { role: 'prosecutor', state: 'pending' } as const;
  const rejected = { role: 'prosecutor', state: 'rejected' } as const;
  const pendingAdmin = { role: 'admin', state: 'pending' } as const;

  it('sends each member home', () => {
    expect(homeFor(admin)).toEqual({ name: 'admin' });
    expect(homeFor(prosecutor)).toEqual({ name: 'inbox' });
    expect(homeFor(pending)).toEqual({ name: 'waiting' });
    expect(homeFor(rejected)).toEqual({ name: 'waiting' });
    expect(homeFor(pendingAdmin)).toEqual({ name: 'waiting' });
  });

  it('asks for sign-in in place on every member page when signed out', () => {
    for (const hash of ['#/admin', '#/inbox', '#/waiting', `#/case/${CASE_ID}`]) {
      expect(decideRoute(parseRoute(hash), null)).toEqual({ kind: 'login' });
    }
    expect(decideRoute(parseRoute('#/login'), null)).toEqual({ kind: 'show', route: { name: 'login' } });
  });

  it('keeps pending and rejected members on the waiting page', () => {
    for (const member of [pending, rejected, pendingAdmin]) {
      for (const hash of ['#/admin', '#/inbox', `#/case/${CASE_ID}`, '#/login']) {
        expect(decideRoute(parseRoute(hash), member)).toEqual({ kind: 'redirect', to: { name: 'waiting' } });
      }
      expect(decideRoute(parseRoute('#/waiting'), member)).toEqual({ kind: 'show', route: { name: 'waiting' } });
    }
  });

  it('keeps admins out of cases and prosecutors out of the admin page', () => {
    expect(decideRoute(parseRoute('#/inbox'), admin)).toEqual({ kind: 'redirect', to: { name: 'admin' } });
    expect(decideRoute(parseRoute(`#/case/${CASE_ID}`), admin)).toEqual({ kind: 'redirect', to: { name: 'admin' } });
    expect(decideRoute(parseRoute('#/admin'), prosecutor)).toEqual({ kind: 'redirect', to: { name: 'inbox' } });
    expect(decideRoute(parseRoute(`#/case/${CASE_ID}`), prosecutor)).toEqual({ kind: 'show', route: { name: 'case', caseId: CASE_ID } });
    expect(decideRoute(parseRoute('#/admin'), admin)).toEqual({ kind: 'show', route: { name: 'admin' } });
    expect(decideRoute(parseRoute('#/waiting'), prosecutor)).toEqual({ kind: 'redirect', to: { name: 'inbox' } });
  });

  it('shows invite and not-found pages to anyone', () => {
    expect(decideRoute(parseRoute(`#/invite/${TOKEN}`), prosecutor)).toEqual({ kind: 'show', route: { name: 'invite', token: TOKEN } });
    expect(decideRoute(parseRoute('#/nope'), null)).toEqual({ kind: 'show', route: { name: 'notFound' } });
  });
});
