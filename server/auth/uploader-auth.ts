// Who is calling the upload routes: a whistleblower's case session or an active prosecutor's
// member session. The two token kinds differ in length (member tokens are 32 bytes, 43
// characters; case session tokens are longer), so each request is checked by exactly one hook.
import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { HttpError } from '../errors';
import type { AppContext } from '../services/app-context';
import type { Uploader } from '../services/uploads';
import { bearerToken } from './bearer';
import { caseAuth, findCaseSession } from './case-auth';
import { MEMBER_TOKEN_LENGTH, findMemberSession, memberAuth } from './member-auth';

export function uploaderAuth(context: AppContext): onRequestAsyncHookHandler {
  const asMember = memberAuth(context, 'prosecutor');
  const asCase = caseAuth(context);
  return async function (this, request, reply) {
    const token = bearerToken(request);
    const hook = token !== undefined && token.length === MEMBER_TOKEN_LENGTH ? asMember : asCase;
    await hook.call(this, request, reply);
  };
}

/** The uploader uploaderAuth admitted. Fails closed if the route forgot the hook. */
export function uploader(request: FastifyRequest): Uploader {
  const caseSession = findCaseSession(request);
  if (caseSession !== undefined) return { kind: 'case', caseId: caseSession.caseId };
  const memberSession = findMemberSession(request);
  if (memberSession !== undefined) return { kind: 'prosecutor', memberId: memberSession.member.id };
  throw new HttpError(401, 'unauthorized', 'Open your case or log in to continue.');
}
