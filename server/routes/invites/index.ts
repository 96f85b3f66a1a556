// GET /api/invites/:token (what an invite link is for) and POST /api/enroll (register the keys
// made in the browser; the member then waits for approval).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ROUTES, enrollBody, enrollResponse, inviteParams, inviteResponse } from '../../../api/index';
import type { AppContext } from '../../services/app-context';
import { enroll, viewInvite } from '../../services/enrollment';
import { pathOf } from '../route-path';
import { bytesOf } from '../wire';

// A display name is shown to agency admins, who approve people by it. Control characters
// (PostgreSQL text cannot even hold NUL: it was a 500), lone surrogates (stored altered, as
// U+FFFD) and bidi embeddings and overrides (which make a name read as another) are refused
// here with the same 400 validation_failed as any other bad field.
const UNSAFE_DISPLAY_NAME = /[\p{Cc}\p{Cs}\u202A-\u202E]/u;

const enrollRequest = enrollBody.refine((body) => !UNSAFE_DISPLAY_NAME.test(body.displayName), {
  path: ['displayName'],
  message: 'must not contain control characters, lone surrogates or bidi overrides',
});

const inviteRoutes: FastifyPluginAsyncZod<{ readonly context: AppContext }> = async (app, { context }) => {
  app.get(pathOf(ROUTES.invite), { schema: { params: inviteParams, response: { 200: inviteResponse } } }, async (request) =>
    viewInvite(context, request.params.token),
  );

  app.post(pathOf(ROUTES.enroll), { schema: { body: enrollRequest, response: { 201: enrollResponse } } }, async (request, reply) => {
    const body = request.body;
    const enrolled = await enroll(context, {
      token: body.token,
      username: body.username,
      displayName: body.displayName,
      signingPublicKey: bytesOf(body.signingPublicKey, 'signingPublicKey', 32),
      boxPublicKey: bytesOf(body.boxPublicKey, 'boxPublicKey', 32),
      wrappedKeys: body.wrappedKeys,
      recoveryWrappedKeys: body.recoveryWrappedKeys,
      loginSecret: bytesOf(body.loginSecret, 'loginSecret', 32),
      recoveryLoginSecret: bytesOf(body.recoveryLoginSecret, 'recoveryLoginSecret', 32),
    });
    return reply.code(201).send(enrolled);
  });
};

export default inviteRoutes;
