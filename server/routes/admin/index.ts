// Agency admins (active only): list the agency's members, approve a pending prosecutor with a
// certificate signed in the admin's browser, or reject them. A member of another agency is
// "not found", exactly like a member that does not exist.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ROUTES, adminMembersResponse, approveBody, memberParams, memberStateResponse } from '../../../api/index';
import { memberAuth, memberSession } from '../../auth/member-auth';
import { listAgencyMembers } from '../../repositories/members';
import type { AppContext } from '../../services/app-context';
import { approveMember, rejectMember } from '../../services/approval';
import { pathOf } from '../route-path';
import { b64 } from '../wire';

const adminRoutes: FastifyPluginAsyncZod<{ readonly context: AppContext }> = async (app, { context }) => {
  const onRequest = memberAuth(context, 'admin');

  app.get(pathOf(ROUTES.adminMembers), { onRequest, schema: { response: { 200: adminMembersResponse } } }, async (request) => {
    const admin = memberSession(request).member;
    const members = await listAgencyMembers(context.db, admin.agency_id);
    return {
      members: members.map((member) => ({
        memberId: member.id,
        username: member.username,
        displayName: member.display_name,
        role: member.role,
        state: member.state,
        signingPublicKey: b64(member.signing_public_key),
        boxPublicKey: b64(member.box_public_key),
        enrolledOn: member.enrolled_on,
      })),
    };
  });

  app.post(
    pathOf(ROUTES.approveMember),
    { onRequest, schema: { params: memberParams, body: approveBody, response: { 200: memberStateResponse } } },
    async (request) => {
      const admin = memberSession(request).member;
      await approveMember(context, admin, request.params.memberId, request.body.certificate);
      return { memberId: request.params.memberId, state: 'active' as const };
    },
  );

  app.post(
    pathOf(ROUTES.rejectMember),
    { onRequest, schema: { params: memberParams, response: { 200: memberStateResponse } } },
    async (request) => {
      const admin = memberSession(request).member;
      await rejectMember(context, admin, request.params.memberId);
      return { memberId: request.params.memberId, state: 'rejected' as const };
    },
  );
};

export default adminRoutes;
