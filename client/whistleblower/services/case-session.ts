// Opening a case session (docs/PROTOCOL.md §4): the browser proves it holds the case signing
// key by signing the server's fresh challenge, and gets a short-lived bearer token that lives
// only in memory. Nothing here is stored anywhere.
import { ROUTES, caseViewResponse, challengeResponse, openSessionResponse, type CaseViewResponse } from '../../../api/index';
import { fromBase64Url, signChallenge, toBase64Url, type CaseKeys } from '../../../crypto/index';
import { ApiError, apiRequest } from '../../shared/http';
import { msg } from '../../shared/i18n/message';
import { NoSuchCase, ServiceFailure } from './errors';
import { requestFailure } from './request-failure';

export interface CaseSessionToken {
  readonly token: string;
  /** Unix seconds (server clock). */
  readonly expiresAt: number;
}

/** The session token was refused (expired after 30 minutes, or unknown): open a new session. */
export class SessionExpired extends ServiceFailure {
  constructor() {
    super(msg('whistleblower:errors.sessionEnded'));
    this.name = 'SessionExpired';
  }
}

const RETRYABLE = new Set(['challenge_replayed', 'challenge_expired']);

async function answerOneChallenge(keys: CaseKeys): Promise<CaseSessionToken> {
  const caseId = toBase64Url(keys.caseId);
  const { challenge, challengeToken } = await apiRequest(ROUTES.challenge, { response: challengeResponse, body: { caseId } });
  // Never sign a challenge for another case, whatever the server sends.
  if (challenge.caseId !== caseId) throw new ServiceFailure(msg('whistleblower:errors.otherCase'));
  const signature = signChallenge(
    { caseId: keys.caseId, nonce: fromBase64Url(challenge.nonce, 32), expiresAt: challenge.expiresAt },
    keys.signing.secretKey,
  );
  const session = await apiRequest(ROUTES.openSession, {
    response: openSessionResponse,
    body: { challenge, challengeToken, signature: toBase64Url(signature) },
  });
  return { token: session.sessionToken, expiresAt: session.expiresAt };
}

/**
 * Challenge, signature, session. Throws NoSuchCase when the server does not accept the proof
 * (unknown case and wrong key look the same by design), ServiceFailure otherwise.
 */
export async function openSession(keys: CaseKeys): Promise<CaseSessionToken> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await answerOneChallenge(keys);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        if (RETRYABLE.has(error.code) && attempt === 0) continue;
        if (!RETRYABLE.has(error.code)) throw new NoSuchCase();
      }
      throw requestFailure(error, msg('whistleblower:errors.what.openCase'));
    }
  }
}

/** GET /api/case. Throws SessionExpired on 401, ServiceFailure otherwise. */
export async function fetchCaseView(token: string): Promise<CaseViewResponse> {
  try {
    return await apiRequest(ROUTES.caseView, { response: caseViewResponse, token });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) throw new SessionExpired();
    throw requestFailure(error, msg('whistleblower:errors.what.loadCase'));
  }
}
