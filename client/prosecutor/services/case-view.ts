// Opening a case: the agencies' certificates must chain to the root key built into this page
// (the prosecutor's own agency at least), K must open with this prosecutor's box key, and the
// whole thread must verify (signatures, chain, authors) before anything is shown as trusted.
import { ROUTES, prosecutorCaseResponse, type CaseFile, type CaseStatus, type ProsecutorCaseResponse, type TipContent } from '../../../api/index';
import { fromBase64Url, openContentKey, toBase64Url } from '../../../crypto/index';
import { readThread, type ReadThread } from '../../shared/thread';
import { msg } from '../../shared/i18n/message';
import { TrustError, verifyAgency, type TrustedAgency } from '../../shared/trust';
import type { MemberSession } from '../session';
import { UserFacingError } from './describe-error';
import { memberRequest } from './member-api';

export interface OpenedCase {
  readonly caseId: string;
  readonly caseIdBytes: Uint8Array;
  /** The status column the server keeps (not signed). */
  readonly serverStatus: CaseStatus;
  /** The status the signed thread announces ('new' until a prosecutor changes it). */
  readonly signedStatus: CaseStatus;
  readonly createdOn: string;
  /** The server encrypted this case's tip or answers (the whistleblower's browser ran no JavaScript). Not signed: the server says so. */
  readonly encryptedOnServer: boolean;
  /** The tip (message 0) if it verified and decrypted. */
  readonly tip: TipContent | null;
  readonly thread: ReadThread;
  /** Names of agencies on the case whose keys do not chain to the root: their messages are not trusted. */
  readonly unverifiedAgencies: readonly string[];
  /** Seqs of the messages this prosecutor signed. */
  readonly ownSeqs: ReadonlySet<number>;
  /** The evidence files the server holds for this case, by file id (their names and keys are in the thread's manifests). */
  readonly storedFiles: ReadonlyMap<string, CaseFile>;
  /** Encrypted bytes this case stores, and how many it may. */
  readonly quota: ProsecutorCaseResponse['quota'];
  /** K: kept only while the case is open, for replies; wipe with closeCase(). */
  readonly contentKey: Uint8Array;
}

function verifyAgencies(
  response: ProsecutorCaseResponse,
  ownAgencyId: string,
  rootPublicKey: string,
): { trusted: TrustedAgency[]; unverified: string[] } {
  const trusted: TrustedAgency[] = [];
  const unverified: string[] = [];
  let ownVerified = false;
  for (const agency of response.agencies) {
    try {
      trusted.push(verifyAgency(agency, rootPublicKey));
      if (agency.agencyId === ownAgencyId) ownVerified = true;
    } catch (error) {
      if (!(error instanceof TrustError)) throw error;
      if (agency.agencyId === ownAgencyId) {
        throw new UserFacingError(msg('prosecutor:case.ownAgencyUntrusted', { why: error.text }));
      }
      unverified.push(agency.name);
    }
  }
  if (!ownVerified) {
    throw new UserFacingError(msg('prosecutor:case.ownAgencyMissing'));
  }
  return { trusted, unverified };
}

/** Verifies and decrypts a case response. Pure apart from the crypto; throws UserFacingError. */
export function openCase(response: ProsecutorCaseResponse, session: MemberSession, requestedCaseId: string, rootPublicKey: string): OpenedCase {
  if (response.caseId !== requestedCaseId) throw new UserFacingError(msg('prosecutor:case.otherCase'));
  const { trusted, unverified } = verifyAgencies(response, session.member.agencyId, rootPublicKey);
  let caseIdBytes: Uint8Array;
  let contentKey: Uint8Array;
  try {
    caseIdBytes = fromBase64Url(response.caseId, 32);
    contentKey = openContentKey(fromBase64Url(response.sealedKey), session.keys.box, caseIdBytes);
  } catch {
    throw new UserFacingError(msg('prosecutor:case.cannotDecrypt'));
  }
  let thread: ReadThread;
  try {
    thread = readThread({
      caseId: caseIdBytes,
      caseSigningPublicKey: fromBase64Url(response.signingPublicKey, 32),
      contentKey,
      messages: response.messages,
      agencies: trusted,
    });
  } catch {
    contentKey.fill(0);
    throw new UserFacingError(msg('prosecutor:case.damaged'));
  }
  const ownKey = toBase64Url(session.keys.signing.publicKey);
  const ownSeqs = new Set(thread.verified.filter((m) => m.authorRole === 'prosecutor' && toBase64Url(m.authorPublicKey) === ownKey).map((m) => m.seq));
  const first = thread.entries[0];
  return {
    caseId: response.caseId,
    caseIdBytes,
    serverStatus: response.status,
    signedStatus: thread.latestStatus ?? 'new',
    createdOn: response.createdOn,
    encryptedOnServer: response.encryptedOnServer,
    tip: first !== undefined && first.seq === 0 && first.content.kind === 'tip' ? first.content : null,
    thread,
    unverifiedAgencies: unverified,
    ownSeqs,
    storedFiles: new Map(response.files.map((file) => [file.fileId, file])),
    quota: response.quota,
    contentKey,
  };
}

export async function loadCase(session: MemberSession, caseId: string, rootPublicKey: string, signal?: AbortSignal): Promise<OpenedCase> {
  const response = await memberRequest(ROUTES.prosecutorCase, {
    response: prosecutorCaseResponse,
    params: { caseId },
    ...(signal ? { signal } : {}),
  });
  return openCase(response, session, caseId, rootPublicKey);
}

/** Wipes K when the case page closes or reloads. */
export function closeCase(opened: OpenedCase): void {
  opened.contentKey.fill(0);
}
