// Sends a tip (docs/PROTOCOL.md §2–§9): re-checks the chosen agencies' keys against the root,
// makes the case code and keys in this browser, encrypts the tip under a fresh content key,
// signs it as message 0, seals the key to every verified prosecutor and to the case itself, and
// sends only ciphertext. A retry after an unknown outcome re-sends the very same case, so a
// report can never arrive twice nor be stored under a code the person never saw.
import { ROUTES, createCaseBody, createCaseResponse, directoryResponse, tipContent, type CreateCaseBody, type TipContent } from '../../../api/index';
import {
  constantTimeEqual,
  decodeReceipt,
  deriveCaseKeys,
  encodeCaseCode,
  encryptEnvelope,
  generateCaseEntropy,
  generateContentKey,
  nextLink,
  sealContentKey,
  signMessage,
  toBase64Url,
  utf8,
  verifyReceiptCoversTip,
  type CaseKeys,
} from '../../../crypto/index';
import { ApiError, NetworkError, apiRequest } from '../../shared/http';
import { msg, type Message } from '../../shared/i18n/message';
import { TrustError, verifyAgency, type TrustedProsecutor } from '../../shared/trust';
import { fetchCaseView, openSession } from './case-session';
import { NoSuchCase, ServiceFailure, SubmitFailure } from './errors';
import { nextPaint } from './next-paint';
import { serverRefusal } from './server-refusal';

export type SubmitStep = 'checking' | 'encrypting' | 'sending';

export interface SubmittedCase {
  /** The 12 words of the case code, in order. */
  readonly words: readonly string[];
  /** The server's signed receipt (file text), or null if it did not match this report. */
  readonly receipt: string | null;
  /**
   * A copy of the case keys, only when asked for (to attach evidence files right after the tip).
   * Whoever takes them wipes them (a CaseConnection does on close()).
   */
  readonly keys: CaseKeys | null;
}

interface Recipient {
  readonly agencyName: string;
  readonly prosecutor: TrustedProsecutor;
}

/** A case made and encrypted, ready to send (again). Holds the case signing key until disposed. */
interface PreparedCase {
  readonly key: string;
  readonly words: readonly string[];
  readonly keys: CaseKeys;
  readonly body: CreateCaseBody;
  readonly tipEnvelope: Uint8Array;
  sent: boolean;
}

/** "We did not send your report: <why>" (the reason is a whole sentence). */
function notSentBecause(why: Message, retryable = true): SubmitFailure {
  return new SubmitFailure('not_sent', msg('whistleblower:report.notSent', { why }), retryable);
}

async function verifiedRecipients(agencyIds: readonly string[], rootPublicKey: string): Promise<Recipient[]> {
  let directory;
  try {
    directory = await apiRequest(ROUTES.directory, { response: directoryResponse });
  } catch (error) {
    throw notSent(error);
  }
  const recipients: Recipient[] = [];
  const seen = new Set<string>();
  for (const agencyId of agencyIds) {
    const listed = directory.agencies.find((agency) => agency.agencyId === agencyId);
    if (listed === undefined) {
      throw notSentBecause(msg('whistleblower:report.notSentWhy.agencyGone'), false);
    }
    let trusted;
    try {
      trusted = verifyAgency(listed, rootPublicKey);
    } catch (error) {
      const reason = error instanceof TrustError ? error.text : msg('whistleblower:agencies.unchecked', { agency: listed.name });
      throw notSentBecause(reason, false);
    }
    for (const prosecutor of trusted.prosecutors) {
      if (seen.has(prosecutor.memberId)) continue;
      seen.add(prosecutor.memberId);
      recipients.push({ agencyName: trusted.name, prosecutor });
    }
  }
  if (recipients.length === 0) throw notSentBecause(msg('whistleblower:agencies.chooseOne'), false);
  return recipients;
}

function notSent(error: unknown): SubmitFailure {
  if (error instanceof NetworkError) return notSentBecause(msg('whistleblower:report.notSentWhy.network'));
  if (error instanceof ApiError && error.status >= 500) {
    return notSentBecause(msg('whistleblower:report.notSentWhy.server', { status: String(error.status) }));
  }
  if (error instanceof ApiError) return notSentBecause(serverRefusal(error));
  return notSentBecause(msg('whistleblower:report.notSentWhy.pageFailed'));
}

/** What makes two attempts "the same report": identical tip and identical recipient keys. */
function attemptKey(tip: TipContent, recipients: readonly Recipient[]): string {
  const keys = recipients.map((r) => `${r.prosecutor.memberId}:${toBase64Url(r.prosecutor.boxPublicKey)}`).sort();
  return JSON.stringify([tip, keys]);
}

function prepare(tip: TipContent, recipients: readonly Recipient[], key: string): PreparedCase {
  const entropy = generateCaseEntropy();
  const words = encodeCaseCode(entropy, 'en').split(' ');
  const keys = deriveCaseKeys(entropy);
  entropy.fill(0);
  const contentKey = generateContentKey();
  try {
    const { caseId } = keys;
    const tipEnvelope = encryptEnvelope(contentKey, utf8(JSON.stringify(tip)), { caseId, purpose: 'tip' });
    const message0 = signMessage(
      { caseId, ...nextLink(caseId, []), authorPublicKey: keys.signing.publicKey, authorRole: 'whistleblower', envelope: tipEnvelope },
      keys.signing.secretKey,
    );
    const body: CreateCaseBody = {
      caseId: toBase64Url(caseId),
      signingPublicKey: toBase64Url(keys.signing.publicKey),
      boxPublicKey: toBase64Url(keys.box.publicKey),
      tip: {
        seq: message0.seq,
        prevHash: toBase64Url(message0.prevHash),
        authorPublicKey: toBase64Url(message0.authorPublicKey),
        envelope: toBase64Url(message0.envelope),
        signature: toBase64Url(message0.signature),
      },
      keyForCase: toBase64Url(sealContentKey(contentKey, caseId, keys.box.publicKey)),
      recipients: recipients.map((r) => ({
        memberId: r.prosecutor.memberId,
        sealedKey: toBase64Url(sealContentKey(contentKey, caseId, r.prosecutor.boxPublicKey)),
      })),
    };
    return { key, words, keys, body: createCaseBody.parse(body), tipEnvelope, sent: false };
  } finally {
    contentKey.fill(0);
  }
}

/** The receipt text if it is well formed, names this case's key and covers this tip; else null. */
function checkedReceipt(text: string, prepared: PreparedCase): string | null {
  try {
    const receipt = decodeReceipt(text);
    if (!constantTimeEqual(receipt.casePublicKey, prepared.keys.signing.publicKey)) return null;
    verifyReceiptCoversTip(receipt, prepared.tipEnvelope);
    return text;
  } catch {
    return null;
  }
}

function copyKeys(keys: CaseKeys): CaseKeys {
  return {
    caseId: keys.caseId.slice(),
    signing: { publicKey: keys.signing.publicKey.slice(), secretKey: keys.signing.secretKey.slice() },
    box: { publicKey: keys.box.publicKey.slice(), secretKey: keys.box.secretKey.slice() },
  };
}

function wipe(prepared: PreparedCase): void {
  prepared.keys.signing.secretKey.fill(0);
  prepared.keys.box.secretKey.fill(0);
}

/**
 * Sends tips for one report form. Keep one per form and call dispose() when the form goes away:
 * until then it holds the last prepared case, so Retry re-sends it unchanged.
 */
export class TipSubmitter {
  private prepared: PreparedCase | undefined;

  constructor(private readonly rootPublicKey: string) {}

  async submit(
    draft: TipContent,
    agencyIds: readonly string[],
    onStep: (step: SubmitStep) => void,
    options: { readonly keepKeys?: boolean } = {},
  ): Promise<SubmittedCase> {
    const tip = tipContent.parse(draft);
    onStep('checking');
    const recipients = await verifiedRecipients(agencyIds, this.rootPublicKey);
    const key = attemptKey(tip, recipients);
    let prepared = this.prepared;
    if (prepared === undefined || prepared.key !== key) {
      this.dispose();
      onStep('encrypting');
      await nextPaint();
      prepared = prepare(tip, recipients, key);
      this.prepared = prepared;
    }
    onStep('sending');
    const receipt = await this.send(prepared);
    const result: SubmittedCase = {
      words: prepared.words,
      receipt: receipt === null ? null : checkedReceipt(receipt, prepared),
      keys: options.keepKeys === true ? copyKeys(prepared.keys) : null,
    };
    this.dispose();
    return result;
  }

  /** Forgets (and wipes) the prepared case. */
  dispose(): void {
    if (this.prepared !== undefined) wipe(this.prepared);
    this.prepared = undefined;
  }

  /** POST /api/cases; the receipt text, or null when a re-send found the case already stored. */
  private async send(prepared: PreparedCase): Promise<string | null> {
    const alreadyTried = prepared.sent;
    prepared.sent = true;
    try {
      const response = await apiRequest(ROUTES.createCase, { response: createCaseResponse, body: prepared.body });
      return response.receipt;
    } catch (error) {
      if (alreadyTried && error instanceof ApiError && error.status === 409) return this.recoverReceipt(prepared);
      if (error instanceof NetworkError || (error instanceof ApiError && error.status >= 500)) {
        throw new SubmitFailure('unknown', msg('whistleblower:report.mayHaveArrived'));
      }
      throw notSent(error);
    }
  }

  /**
   * A re-send was refused as a duplicate: the first attempt arrived. Only this browser knows the
   * case key, so prove it and fetch the receipt from the case itself.
   */
  private async recoverReceipt(prepared: PreparedCase): Promise<string | null> {
    try {
      const session = await openSession(prepared.keys);
      const view = await fetchCaseView(session.token);
      return view.receipt;
    } catch (error) {
      if (error instanceof NoSuchCase) {
        // The server called it a duplicate, yet knows no such case: start again with a new case.
        this.dispose();
        throw notSentBecause(msg('whistleblower:report.notSentWhy.refused'));
      }
      // The case is stored; the receipt can still be saved later from the case page.
      if (error instanceof ServiceFailure) return null;
      throw error;
    }
  }
}
