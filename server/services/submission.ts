// A new tip (decision 8 of issue 3): everything was made and encrypted in the browser; the
// server checks that the pieces fit together, stores them, and signs a receipt.
import {
  CryptoError,
  SEALED_KEY_BYTES,
  constantTimeEqual,
  threadGenesis,
  verifyCaseId,
} from '../../crypto/index';
import { HttpError } from '../errors';
import { insertCaseMessage } from '../repositories/case-messages';
import { caseIdOrKeyTaken, insertCase, insertCaseRecipients } from '../repositories/cases';
import { getAgency } from '../repositories/agencies';
import { getMembersByIds } from '../repositories/members';
import type { AppContext } from './app-context';
import { todayUtc } from './app-context';
import { isUniqueViolation } from './db-errors';
import { checkMessage, recordOf } from './thread-append';
import type { IncomingMessage } from './thread-append';
import { prosecutorChainHolds } from './trust';

export interface Submission {
  readonly caseId: Uint8Array;
  readonly signingPublicKey: Uint8Array;
  readonly boxPublicKey: Uint8Array;
  readonly tip: IncomingMessage;
  readonly keyForCase: Uint8Array;
  readonly recipients: readonly { readonly memberId: string; readonly sealedKey: Uint8Array }[];
}

const invalidRecipient = (): HttpError =>
  new HttpError(
    400,
    'invalid_recipient',
    'One of the chosen prosecutors cannot receive tips any more. Reload the list of agencies and send again.',
  );

/** Throws HttpError 400 invalid_recipient unless every recipient may receive this tip. */
async function checkRecipients(context: AppContext, submission: Submission): Promise<void> {
  const ids = submission.recipients.map((recipient) => recipient.memberId);
  if (new Set(ids).size !== ids.length) {
    throw new HttpError(400, 'invalid_recipient', 'Each prosecutor may appear only once among the recipients.');
  }
  if (submission.recipients.some((recipient) => recipient.sealedKey.length !== SEALED_KEY_BYTES)) {
    throw new HttpError(400, 'invalid_recipient', 'A recipient key is not a sealed content key.');
  }
  const members = new Map((await getMembersByIds(context.db, ids)).map((member) => [member.id, member]));
  const agencies = new Map<string, Awaited<ReturnType<typeof getAgency>>>();
  for (const id of ids) {
    const member = members.get(id);
    if (member === undefined || member.role !== 'prosecutor' || member.state !== 'active' || member.certificate === null) {
      throw invalidRecipient();
    }
    if (!agencies.has(member.agency_id)) agencies.set(member.agency_id, await getAgency(context.db, member.agency_id));
    const agency = agencies.get(member.agency_id);
    if (agency === undefined || agency.certificate === null || agency.signing_public_key === null) throw invalidRecipient();
    const root = context.rootPublicKey;
    if (root !== undefined && !prosecutorChainHolds(root, { id: agency.id, certificate: agency.certificate }, { ...member, certificate: member.certificate })) {
      throw invalidRecipient();
    }
  }
}

/** Checks and stores a new case; returns the receipt text. Throws HttpError for a 4xx. */
export async function submitCase(context: AppContext, submission: Submission): Promise<string> {
  try {
    verifyCaseId(submission.caseId, submission.signingPublicKey, submission.boxPublicKey);
  } catch (error) {
    if (error instanceof CryptoError) throw new HttpError(400, 'invalid_case', 'The case id does not belong to the case keys.');
    throw error;
  }
  if (submission.keyForCase.length !== SEALED_KEY_BYTES) {
    throw new HttpError(400, 'invalid_case', 'The key for the case is not a sealed content key.');
  }
  const tip = recordOf(submission.caseId, 'whistleblower', submission.tip);
  if (tip.seq !== 0 || !constantTimeEqual(tip.prevHash, threadGenesis(submission.caseId))) {
    throw new HttpError(400, 'invalid_message', 'The tip must be the first message of the case.');
  }
  checkMessage(tip, submission.signingPublicKey);
  await checkRecipients(context, submission);

  const caseExists = (): HttpError => new HttpError(409, 'case_exists', 'This case already exists. Start a new report to send another tip.');
  if (await caseIdOrKeyTaken(context.db, submission.caseId, submission.signingPublicKey)) throw caseExists();

  const day = todayUtc(context.clock);
  const receipt = await context.receipts.sign({ casePublicKey: submission.signingPublicKey, tipEnvelope: tip.envelope, day });
  try {
    await context.db.transaction().execute(async (trx) => {
      await insertCase(trx, {
        id: submission.caseId,
        signingPublicKey: submission.signingPublicKey,
        boxPublicKey: submission.boxPublicKey,
        keyForCase: submission.keyForCase,
        receipt,
        day,
      });
      await insertCaseRecipients(trx, submission.caseId, submission.recipients, day);
      await insertCaseMessage(trx, { ...tip, day });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw caseExists();
    throw error;
  }
  return receipt;
}
