// Checks everything the server sent about a case before showing any of it: the case id, the
// agencies' keys (root → agency → prosecutor), the sealed content key, every signature and link
// of the thread, and the receipt. Whatever fails becomes a warning in plain words, and only the
// part that verified is shown (property P3).
import type { CaseViewResponse } from '../../../api/index';
import {
  CryptoError,
  constantTimeEqual,
  decodeReceipt,
  fromBase64Url,
  openContentKey,
  toBase64Url,
  verifyReceiptCoversTip,
  type CaseKeys,
} from '../../../crypto/index';
import { msg, type Message } from '../../shared/i18n/message';
import { readThread, type ThreadEntry } from '../../shared/thread';
import type { TrustedAgency } from '../../shared/trust';
import type { CaseSnapshot, ThreadItem } from '../logic/case-snapshot';
import { inEnglish } from '../logic/english';
import { checkAgency } from './agencies';

export interface NextLink {
  readonly seq: number;
  readonly prevHash: Uint8Array;
}

export interface ReadCase {
  readonly snapshot: CaseSnapshot;
  /** The case content key K, when it opened. The caller wipes it when done. */
  readonly contentKey: Uint8Array | null;
  /** Where the next message goes, only when the whole thread verified. */
  readonly next: NextLink | null;
}

function tampered(view: CaseViewResponse, problem: Message, trustWarnings: readonly Message[] = []): ReadCase {
  const snapshot: CaseSnapshot = {
    status: null,
    createdOn: view.createdOn,
    tip: null,
    thread: [],
    verifiedCount: 0,
    problem: inEnglish(problem),
    problemText: problem,
    trustWarnings: trustWarnings.map(inEnglish),
    trustWarningTexts: trustWarnings,
    receipt: null,
    canAnswer: false,
    quota: view.quota,
  };
  return { snapshot, contentKey: null, next: null };
}

function threadItem(entry: ThreadEntry, arrived: ReadonlySet<string>): ThreadItem | null {
  const author = entry.role === 'whistleblower' ? 'you' : 'prosecutor';
  if (entry.content.kind === 'files') {
    return {
      seq: entry.seq,
      kind: 'files',
      author,
      agencyName: entry.agencyName,
      note: entry.content.note ?? null,
      // A file counts as arrived only if the server lists it as attached by this very message.
      files: entry.content.files.map((file) => ({ entry: file, arrived: arrived.has(`${file.fileId}@${entry.seq}`) })),
    };
  }
  if (entry.content.kind === 'message') {
    return { seq: entry.seq, kind: 'message', author, agencyName: entry.agencyName, text: entry.content.text };
  }
  if (entry.content.kind === 'status' && author === 'prosecutor') {
    return { seq: entry.seq, kind: 'status', author, agencyName: entry.agencyName, status: entry.content.status };
  }
  return null;
}

function checkedReceipt(view: CaseViewResponse, keys: CaseKeys): string | null {
  const first = view.messages[0];
  if (first === undefined) return null;
  try {
    const receipt = decodeReceipt(view.receipt);
    if (!constantTimeEqual(receipt.casePublicKey, keys.signing.publicKey)) return null;
    verifyReceiptCoversTip(receipt, fromBase64Url(first.envelope));
    return view.receipt;
  } catch (error) {
    if (error instanceof CryptoError) return null;
    throw error;
  }
}

function openKey(view: CaseViewResponse, keys: CaseKeys): Uint8Array | null {
  try {
    return openContentKey(fromBase64Url(view.keyForCase), keys.box, keys.caseId);
  } catch (error) {
    if (error instanceof CryptoError) return null;
    throw error;
  }
}

export function readCase(view: CaseViewResponse, keys: CaseKeys, rootPublicKey: string): ReadCase {
  if (view.caseId !== toBase64Url(keys.caseId)) {
    return tampered(view, msg('whistleblower:case.altered.otherCase'));
  }

  const trusted: TrustedAgency[] = [];
  const trustWarnings: Message[] = [];
  for (const agency of view.agencies) {
    const option = checkAgency(agency, rootPublicKey);
    if (option.trusted !== null) trusted.push(option.trusted);
    else trustWarnings.push(msg('whistleblower:case.untrusted', { agency: agency.name, why: option.problemText ?? msg('whistleblower:case.keysUnchecked') }));
  }

  const contentKey = openKey(view, keys);
  if (contentKey === null) {
    return tampered(view, msg('whistleblower:case.altered.keyBroken'), trustWarnings);
  }

  const thread = readThread({ caseId: keys.caseId, caseSigningPublicKey: keys.signing.publicKey, contentKey, messages: view.messages, agencies: trusted });
  const [first, ...rest] = thread.entries;
  let problem: Message | null = thread.problem?.text ?? null;
  let tip = null;
  if (first !== undefined && first.role === 'whistleblower' && first.content.kind === 'tip') tip = first.content;
  else if (problem === null) problem = msg('whistleblower:case.altered.tipMissing');

  const items: ThreadItem[] = [];
  const arrived = new Set(view.files.map((file) => `${file.fileId}@${file.seq}`));
  for (const entry of tip === null ? [] : rest) {
    const item = threadItem(entry, arrived);
    if (item === null) {
      problem ??= msg('whistleblower:case.altered.messageBad', { number: entry.seq + 1 });
      break;
    }
    items.push(item);
  }

  const snapshot: CaseSnapshot = {
    // Only a signed status counts: the server's status column is not signed ('new' until a
    // prosecutor signs a change, as in the prosecutor app).
    status: thread.latestStatus ?? 'new',
    createdOn: view.createdOn,
    tip,
    thread: items,
    verifiedCount: tip === null ? 0 : 1 + items.length,
    problem: problem === null ? null : inEnglish(problem),
    problemText: problem,
    trustWarnings: trustWarnings.map(inEnglish),
    trustWarningTexts: trustWarnings,
    receipt: checkedReceipt(view, keys),
    canAnswer: problem === null,
    quota: view.quota,
  };
  const next = problem === null && thread.next.seq === items.length + 1 ? thread.next : null;
  return { snapshot: { ...snapshot, canAnswer: next !== null }, contentKey, next };
}
