// Who is calling, for the whistleblower's case routes: a case session token (stateless, see
// case-session-token.ts). Runs as an onRequest hook, before the body is read.
import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { HttpError } from '../errors';
import type { AppContext } from '../services/app-context';
import { nowSeconds } from '../services/app-context';
import { bearerToken } from './bearer';
import { readCaseSessionToken } from './case-session-token';

export interface CaseSession {
  readonly caseId: Uint8Array;
  readonly expiresAt: number;
}

const sessions = new WeakMap<FastifyRequest, CaseSession>();

const notOpen = (): HttpError => new HttpError(401, 'unauthorized', 'Enter your case code to open your case.');

export function caseAuth(context: AppContext): onRequestAsyncHookHandler {
  return async (request) => {
    const token = bearerToken(request);
    if (token === undefined) throw notOpen();
    const read = readCaseSessionToken(await context.secrets.get('case-session-mac'), token);
    if (!read.valid) throw notOpen();
    if (nowSeconds(context.clock) >= read.expiresAt) {
      throw new HttpError(401, 'session_expired', 'For your safety, sessions end after 30 minutes. Enter your case code again to continue.');
    }
    sessions.set(request, { caseId: read.caseId, expiresAt: read.expiresAt });
  };
}

/** The case session caseAuth admitted, if it ran and admitted one. */
export function findCaseSession(request: FastifyRequest): CaseSession | undefined {
  return sessions.get(request);
}

/** The case session caseAuth admitted. Fails closed if the route forgot the hook. */
export function caseSession(request: FastifyRequest): CaseSession {
  const session = sessions.get(request);
  if (session === undefined) throw notOpen();
  return session;
}
