// The agency admin's work: list the agency's members, and approve (certify) or reject pending
// prosecutors. The certificate is signed here, with the admin's key, over exactly the keys whose
// fingerprint the admin compared: the server only stores it.
import { z } from 'zod';
import { ROUTES, adminMembersResponse, memberStateResponse, type AdminMember } from '../../../api/index';
import { encodeCertificate, fingerprint, fromBase64Url, signCertificate } from '../../../crypto/index';
import type { MemberSession } from '../session';
import { memberRequest } from './member-api';
import { todayUtc } from './today';

export interface MemberRow extends AdminMember {
  /** fingerprint(signing, box) computed here from the keys the server listed. */
  readonly fingerprint: string;
}

export interface AgencyMembers {
  readonly pending: readonly MemberRow[];
  readonly active: readonly MemberRow[];
  readonly rejected: readonly MemberRow[];
}

function withFingerprint(member: AdminMember): MemberRow {
  return { ...member, fingerprint: fingerprint(fromBase64Url(member.signingPublicKey, 32), fromBase64Url(member.boxPublicKey, 32)) };
}

/** Groups members by state; pending prosecutors oldest first (first come, first checked). */
export function groupMembers(members: readonly AdminMember[]): AgencyMembers {
  const rows = members.map(withFingerprint);
  const byName = (a: MemberRow, b: MemberRow): number => a.username.localeCompare(b.username);
  return {
    pending: rows
      .filter((m) => m.state === 'pending' && m.role === 'prosecutor')
      .sort((a, b) => a.enrolledOn.localeCompare(b.enrolledOn) || byName(a, b)),
    active: rows.filter((m) => m.state === 'active').sort(byName),
    rejected: rows.filter((m) => m.state === 'rejected').sort(byName),
  };
}

export async function loadMembers(): Promise<AgencyMembers> {
  const response = await memberRequest(ROUTES.adminMembers, { response: adminMembersResponse });
  return groupMembers(response.members);
}

/** The prosecutor certificate text for `member`, signed with the admin's signing key. */
export function certifyProsecutor(member: Pick<AdminMember, 'memberId' | 'signingPublicKey' | 'boxPublicKey'>, adminSigningSecretKey: Uint8Array, day: string = todayUtc()): string {
  return encodeCertificate(
    signCertificate(
      {
        kind: 'prosecutor',
        subjectId: member.memberId,
        signingPublicKey: fromBase64Url(member.signingPublicKey, 32),
        boxPublicKey: fromBase64Url(member.boxPublicKey, 32),
        issuedAt: day,
      },
      adminSigningSecretKey,
    ),
  );
}

export async function approveMember(session: MemberSession, member: MemberRow): Promise<void> {
  const certificate = certifyProsecutor(member, session.keys.signing.secretKey);
  await memberRequest(ROUTES.approveMember, { response: memberStateResponse, params: { memberId: member.memberId }, body: { certificate } });
}

/** Reject answers with the new state; an empty 204 is accepted too. */
const rejectResponse = z.union([memberStateResponse, z.undefined()]);

export async function rejectMember(member: MemberRow): Promise<void> {
  await memberRequest(ROUTES.rejectMember, { response: rejectResponse, params: { memberId: member.memberId } });
}
