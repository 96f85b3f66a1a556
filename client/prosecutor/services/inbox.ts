// The inbox: every case shared with this prosecutor, newest first, each title decrypted here.
// One case that cannot be opened never breaks the list: it is shown as such.
import { ROUTES, inboxResponse, tipContent, type CaseStatus, type InboxCase } from '../../../api/index';
import { decryptEnvelope, fromBase64Url, fromUtf8, openContentKey, type BoxKeyPair } from '../../../crypto/index';
import { tipTitle } from '../components/tip-summary/tip-title';
import type { MemberSession } from '../session';
import { memberRequest } from './member-api';

export interface InboxItem {
  readonly caseId: string;
  readonly status: CaseStatus;
  readonly createdOn: string;
  readonly updatedOn: string;
  readonly messageCount: number;
  /** The server encrypted this case's tip or answers (the whistleblower's browser ran no JavaScript). */
  readonly encryptedOnServer: boolean;
  /** The decrypted tip title, or null when the case cannot be decrypted with this key. */
  readonly title: string | null;
}

/** Opens K with the prosecutor's box key and decrypts the tip's title. Null on any failure. */
export function decryptTitle(item: Pick<InboxCase, 'caseId' | 'sealedKey' | 'tipEnvelope'>, box: BoxKeyPair): string | null {
  let contentKey: Uint8Array | undefined;
  try {
    const caseId = fromBase64Url(item.caseId, 32);
    contentKey = openContentKey(fromBase64Url(item.sealedKey), box, caseId);
    const plaintext = decryptEnvelope(contentKey, fromBase64Url(item.tipEnvelope), { caseId, purpose: 'tip' });
    const parsed = tipContent.safeParse(JSON.parse(fromUtf8(plaintext)));
    return parsed.success ? tipTitle(parsed.data) : null;
  } catch {
    // Wrong key, altered ciphertext, bad encoding, not JSON: all the same to the list.
    return null;
  } finally {
    contentKey?.fill(0);
  }
}

/** Newest first by day received; the server's order breaks ties (sort is stable). */
export function toInboxItems(cases: readonly InboxCase[], box: BoxKeyPair): InboxItem[] {
  return cases
    .map((item) => ({
      caseId: item.caseId,
      status: item.status,
      createdOn: item.createdOn,
      updatedOn: item.updatedOn,
      messageCount: item.messageCount,
      encryptedOnServer: item.encryptedOnServer,
      title: decryptTitle(item, box),
    }))
    .sort((a, b) => b.createdOn.localeCompare(a.createdOn));
}

export async function loadInbox(session: MemberSession): Promise<InboxItem[]> {
  const response = await memberRequest(ROUTES.inbox, { response: inboxResponse });
  return toInboxItems(response.cases, session.keys.box);
}
