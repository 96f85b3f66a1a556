// Requests made as the signed-in member. A 401 means the server no longer knows the session
// (expired, signed out elsewhere): the keys are wiped and the page returns to sign-in.
import type { z } from 'zod';
import type { RouteSpec } from '../../../api/index';
import { ApiError, apiRequest, type RequestOptions } from '../../shared/http';
import { msg, type Message } from '../../shared/i18n/message';
import { currentSession, endSession, type MemberSession } from '../session';
import { inEnglish } from './english';

/** There is no session (any more): the page shows the sign-in form. */
export class SignedOutError extends Error {
  readonly text: Message = msg('prosecutor:errors.signedOut');
  constructor() {
    super(inEnglish(msg('prosecutor:errors.signedOut')));
    this.name = 'SignedOutError';
  }
}

export function requireSession(): MemberSession {
  const session = currentSession();
  if (session === null) throw new SignedOutError();
  return session;
}

export async function memberRequest<Schema extends z.ZodType>(
  route: RouteSpec,
  options: Omit<RequestOptions<Schema>, 'token'>,
): Promise<z.infer<Schema>> {
  const session = requireSession();
  try {
    return await apiRequest(route, { ...options, token: session.token });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401 && currentSession() === session) {
      endSession('expired');
      throw new SignedOutError();
    }
    throw error;
  }
}
