// A member as the API shows them (api/members.ts memberView).
import type { MemberView } from '../../api/index';
import type { MemberWithAgency } from '../repositories/members';
import { b64 } from './wire';

export function memberViewOf(member: MemberWithAgency): MemberView {
  return {
    memberId: member.id,
    username: member.username,
    displayName: member.display_name,
    role: member.role,
    state: member.state,
    agencyId: member.agency_id,
    agencyName: member.agency_name,
    signingPublicKey: b64(member.signing_public_key),
    boxPublicKey: b64(member.box_public_key),
    certificate: member.certificate,
  };
}
