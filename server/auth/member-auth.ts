// Who is calling, for the member routes: the bearer token is looked up by its hash in
// member_sessions. Runs as an onRequest hook, before the body is even read, so an anonymous
// caller learns nothing about a route's input rules and costs us no parsing.
//   'member'      any logged-in member, whatever their state (pending members see their state)
//   'admin'       an active agency admin
//   'prosecutor'  an active prosecutor
import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { HttpError } from '../errors';
import { deleteMemberSession, findSessionWithMember } from '../repositories/member-sessions';
import type { MemberWithAgency } from '../repositories/members';
import type { AppContext } from '../services/app-context';
import { bearerToken } from './bearer';
import { TOKEN_BYTES, hashToken } from './tokens';

export type MemberCaller = 'member' | 'admin' | 'prosecutor';

export interface MemberSession {
  readonly member: MemberWithAgency;
  readonly tokenHash: Uint8Array;
  readonly expiresAt: Date;
}

const sessions = new WeakMap<FastifyRequest, MemberSession>();
export const MEMBER_TOKEN_LENGTH = Math.ceil((TOKEN_BYTES * 4) / 3);

const notLoggedIn = (): HttpError => new HttpError(401, 'unauthorized', 'Log in to continue.');

/** The onRequest hook that admits `caller` and remembers the session for the handler. */
export function memberAuth(context: AppContext, caller: MemberCaller): onRequestAsyncHookHandler {
  return async (request) => {
    const token = bearerToken(request);
    if (token === undefined || token.length !== MEMBER_TOKEN_LENGTH) throw notLoggedIn();
    const tokenHash = hashToken(token);
    const found = await findSessionWithMember(context.db, tokenHash);
    if (found === undefined) throw notLoggedIn();
    if (found.expiresAt.getTime() <= context.clock().getTime()) {
      await deleteMemberSession(context.db, tokenHash);
      throw new HttpError(401, 'session_expired', 'Your session has expired. Log in again.');
    }
    const { member } = found;
    if (caller === 'admin' && !(member.role === 'admin' && member.state === 'active')) {
      throw new HttpError(403, 'forbidden', 'Only an approved agency admin can do this.');
    }
    if (caller === 'prosecutor' && !(member.role === 'prosecutor' && member.state === 'active')) {
      throw new HttpError(403, 'forbidden', 'Only an approved prosecutor can do this.');
    }
    sessions.set(request, { member, tokenHash, expiresAt: found.expiresAt });
  };
}

/** The member session memberAuth admitted, if it ran and admitted one. */
export function findMemberSession(request: FastifyRequest): MemberSession | undefined {
  return sessions.get(request);
}

/** The session memberAuth admitted. Fails closed if the route forgot the hook. */
export function memberSession(request: FastifyRequest): MemberSession {
  const session = sessions.get(request);
  if (session === undefined) throw notLoggedIn();
  return session;
}
