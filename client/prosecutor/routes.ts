// Hash routes of the prosecutor app, and who may see which page. Pure: no DOM, no session store.
// The hash never reaches the server (it is not part of HTTP requests), so an invite token in
// `#/invite/<token>` is seen only by this page.
import type { MemberView } from '../../api/index';

export type Route =
  | { readonly name: 'login' }
  | { readonly name: 'invite'; readonly token: string }
  | { readonly name: 'waiting' }
  | { readonly name: 'admin' }
  | { readonly name: 'inbox' }
  | { readonly name: 'case'; readonly caseId: string }
  | { readonly name: 'notFound' };

/** 32 bytes as unpadded base64url: invite tokens and case ids. */
const ID_32 = /^[A-Za-z0-9_-]{43}$/;

/** Reads `location.hash`. Anything unknown or malformed is 'notFound' (never guessed at). */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/' || path === '/login') return { name: 'login' };
  if (path === '/waiting') return { name: 'waiting' };
  if (path === '/admin') return { name: 'admin' };
  if (path === '/inbox') return { name: 'inbox' };
  const invite = /^\/invite\/([^/]*)$/.exec(path);
  // A malformed token still shows the invite page, which says the link is incomplete.
  if (invite) return { name: 'invite', token: invite[1] ?? '' };
  const caseMatch = /^\/case\/([^/]+)$/.exec(path);
  if (caseMatch && ID_32.test(caseMatch[1] ?? '')) return { name: 'case', caseId: caseMatch[1] ?? '' };
  return { name: 'notFound' };
}

export function isWellFormedToken(token: string): boolean {
  return ID_32.test(token);
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'login':
      return '#/login';
    case 'invite':
      return `#/invite/${route.token}`;
    case 'waiting':
      return '#/waiting';
    case 'admin':
      return '#/admin';
    case 'inbox':
      return '#/inbox';
    case 'case':
      return `#/case/${route.caseId}`;
    case 'notFound':
      return '#/login';
  }
}

type Member = Pick<MemberView, 'role' | 'state'>;

/** Where a signed-in member belongs: pending or rejected members only see the waiting page. */
export function homeFor(member: Member): Route {
  if (member.state !== 'active') return { name: 'waiting' };
  return member.role === 'admin' ? { name: 'admin' } : { name: 'inbox' };
}

/**
 * What to do with `route` for this member (null = signed out):
 * - `show`: render that page;
 * - `login`: render the sign-in form in place (after signing in, the same route is decided again,
 *   so a prosecutor who opened `#/case/…` lands on that case);
 * - `redirect`: replace the hash with another route.
 */
export type RouteDecision =
  | { readonly kind: 'show'; readonly route: Route }
  | { readonly kind: 'login' }
  | { readonly kind: 'redirect'; readonly to: Route };

export function decideRoute(route: Route, member: Member | null): RouteDecision {
  switch (route.name) {
    case 'invite':
    case 'notFound':
      return { kind: 'show', route };
    case 'login':
      return member === null ? { kind: 'show', route } : { kind: 'redirect', to: homeFor(member) };
    case 'waiting':
      if (member === null) return { kind: 'login' };
      return member.state === 'active' ? { kind: 'redirect', to: homeFor(member) } : { kind: 'show', route };
    case 'admin':
    case 'inbox':
    case 'case': {
      if (member === null) return { kind: 'login' };
      const home = homeFor(member);
      const allowed = route.name === 'admin' ? home.name === 'admin' : home.name === 'inbox';
      return allowed ? { kind: 'show', route } : { kind: 'redirect', to: home };
    }
  }
}
