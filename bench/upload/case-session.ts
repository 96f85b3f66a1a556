// Opens a whistleblower case session against a running server, as returning with the case code
// does (docs/PROTOCOL.md §17): ask for a challenge, sign it with the case key, get a bearer token.
import { ROUTES } from '../../api/index';
import { fromBase64Url, signChallenge, toBase64Url } from '../../crypto/index';

async function postJson(url: string, body: unknown): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${url}: HTTP ${String(response.status)} ${text.slice(0, 300)}`);
  return JSON.parse(text) as unknown;
}

export async function openCaseSession(baseUrl: string, caseIdText: string, signingSecretKey: Uint8Array): Promise<string> {
  const issued = (await postJson(`${baseUrl}${ROUTES.challenge.url}`, { caseId: caseIdText })) as {
    challenge: { caseId: string; nonce: string; expiresAt: number };
    challengeToken: string;
  };
  const signature = signChallenge(
    { caseId: fromBase64Url(issued.challenge.caseId), nonce: fromBase64Url(issued.challenge.nonce), expiresAt: issued.challenge.expiresAt },
    signingSecretKey,
  );
  const session = (await postJson(`${baseUrl}${ROUTES.openSession.url}`, {
    challenge: issued.challenge,
    challengeToken: issued.challengeToken,
    signature: toBase64Url(signature),
  })) as { sessionToken: string };
  return session.sessionToken;
}
