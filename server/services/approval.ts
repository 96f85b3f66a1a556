// An agency admin approves a pending prosecutor by signing their keys in the admin's browser
// (decision 4 of issue 3), or rejects them. The server accepts only a certificate that the
// agency key made for exactly this member's id and keys.
import {
  CryptoError,
  constantTimeEqual,
  decodeCertificate,
  verifyCertificate,
} from '../../crypto/index';
import type { Certificate } from '../../crypto/index';
import { HttpError } from '../errors';
import { getAgency } from '../repositories/agencies';
import { activateProsecutor, findAgencyMember, rejectPendingMember } from '../repositories/members';
import type { MemberRow, MemberWithAgency } from '../repositories/members';
import type { AppContext } from './app-context';
import { auditMemberAction } from './audit';

const notFound = (): HttpError => new HttpError(404, 'not_found', 'Not found');
const notPending = (): HttpError => new HttpError(409, 'not_pending', 'Only a prosecutor waiting for approval can be approved or rejected.');
const badCertificate = (message: string): HttpError => new HttpError(400, 'invalid_certificate', message);

/** A pending prosecutor of the admin's own agency; a member of another agency is "not found". */
async function pendingProsecutor(context: AppContext, admin: MemberWithAgency, memberId: string): Promise<MemberRow> {
  const member = await findAgencyMember(context.db, admin.agency_id, memberId);
  if (member === undefined) throw notFound();
  if (member.role !== 'prosecutor' || member.state !== 'pending') throw notPending();
  return member;
}

/** The agency certificate is the root's, for this agency and this agency key. */
function agencyCertificateHolds(root: Uint8Array, agencyId: string, text: string, agencyKey: Uint8Array): boolean {
  try {
    const certificate = decodeCertificate(text);
    verifyCertificate(certificate, root);
    return certificate.kind === 'agency' && certificate.subjectId === agencyId && constantTimeEqual(certificate.signingPublicKey, agencyKey);
  } catch (error) {
    if (error instanceof CryptoError) return false;
    throw error;
  }
}

function decode(text: string): Certificate {
  try {
    return decodeCertificate(text);
  } catch (error) {
    if (error instanceof CryptoError) throw badCertificate('The certificate is damaged.');
    throw error;
  }
}

/** pending → active, storing the certificate. Throws HttpError 400/404/409. */
export async function approveMember(
  context: AppContext,
  admin: MemberWithAgency,
  memberId: string,
  certificateText: string,
): Promise<void> {
  const agency = await getAgency(context.db, admin.agency_id);
  if (agency === undefined || agency.certificate === null || agency.signing_public_key === null) {
    throw new HttpError(409, 'agency_not_certified', 'Your agency key is not certified yet: the operator must run certify-agency first.');
  }
  const agencyKey = agency.signing_public_key;
  if (context.rootPublicKey !== undefined && !agencyCertificateHolds(context.rootPublicKey, agency.id, agency.certificate, agencyKey)) {
    throw new HttpError(409, 'agency_not_certified', "Your agency's certificate does not match this tip line's root key. Ask the operator to certify the agency again.");
  }
  const member = await pendingProsecutor(context, admin, memberId);
  const certificate = decode(certificateText);
  if (certificate.kind !== 'prosecutor' || certificate.subjectId !== member.id) {
    throw badCertificate('The certificate is not a prosecutor certificate for this member.');
  }
  if (
    certificate.boxPublicKey === undefined ||
    !constantTimeEqual(certificate.signingPublicKey, member.signing_public_key) ||
    !constantTimeEqual(certificate.boxPublicKey, member.box_public_key)
  ) {
    throw badCertificate("The certificate does not carry this member's keys.");
  }
  try {
    verifyCertificate(certificate, agencyKey);
  } catch (error) {
    if (error instanceof CryptoError) throw badCertificate('The certificate is not signed by your agency key.');
    throw error;
  }
  await context.db.transaction().execute(async (trx) => {
    if (!(await activateProsecutor(trx, { agencyId: admin.agency_id, memberId, certificate: certificateText }))) throw notPending();
    await auditMemberAction(trx, context.clock, admin, 'member.approved', memberId);
  });
}

/** pending → rejected. Throws HttpError 404/409. */
export async function rejectMember(context: AppContext, admin: MemberWithAgency, memberId: string): Promise<void> {
  await pendingProsecutor(context, admin, memberId);
  await context.db.transaction().execute(async (trx) => {
    if (!(await rejectPendingMember(trx, { agencyId: admin.agency_id, memberId }))) throw notPending();
    await auditMemberAction(trx, context.clock, admin, 'member.rejected', memberId);
  });
}
