// Agency admins: approve (certify) or reject the prosecutors of their agency.
import { z } from 'zod';
import { cryptoText, day, publicKey, uuid } from './common';
import { memberRole, memberState, username } from './members';

export const adminMember = z.strictObject({
  memberId: uuid,
  username,
  displayName: z.string(),
  role: memberRole,
  state: memberState,
  signingPublicKey: publicKey,
  boxPublicKey: publicKey,
  enrolledOn: day,
});
export type AdminMember = z.infer<typeof adminMember>;

/** GET /api/admin/members: the members of the admin's own agency. */
export const adminMembersResponse = z.strictObject({ members: z.array(adminMember) });

export const memberParams = z.strictObject({ memberId: uuid });
/** POST /api/admin/members/:memberId/approve: a prosecutor certificate signed in the admin's browser. */
export const approveBody = z.strictObject({ certificate: cryptoText });
export const memberStateResponse = z.strictObject({ memberId: uuid, state: memberState });
