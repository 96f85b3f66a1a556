// Member login (decision 6 of issue 3): POST /api/auth/params, POST /api/auth/login,
// POST /api/auth/logout, GET /api/me. Sessions are bearer tokens; no cookies anywhere.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ROUTES, authParamsBody, authParamsResponse, loginBody, loginResponse, meResponse } from '../../../api/index';
import { describeWait } from '../../auth/login-throttle';
import { memberAuth, memberSession } from '../../auth/member-auth';
import { HttpError } from '../../errors';
import { deleteMemberSession } from '../../repositories/member-sessions';
import type { AppContext } from '../../services/app-context';
import { auditMemberAction } from '../../services/audit';
import { attemptLogin, loginParams } from '../../services/login';
import { memberViewOf } from '../member-view';
import { pathOf } from '../route-path';
import { b64, bytesOf } from '../wire';

const authRoutes: FastifyPluginAsyncZod<{ readonly context: AppContext }> = async (app, { context }) => {
  app.post(pathOf(ROUTES.authParams), { schema: { body: authParamsBody, response: { 200: authParamsResponse } } }, async (request) => {
    const params = await loginParams(context, request.body.username);
    return { opsLimit: params.opsLimit, memLimitBytes: params.memLimitBytes, salt: b64(params.salt) };
  });

  app.post(pathOf(ROUTES.login), { schema: { body: loginBody, response: { 200: loginResponse } } }, async (request, reply) => {
    const outcome = await attemptLogin(context, request.body.username, bytesOf(request.body.loginSecret, 'loginSecret', 32));
    if (outcome.kind === 'failed') {
      throw new HttpError(401, 'login_failed', 'The username or passphrase is wrong.');
    }
    if (outcome.kind === 'locked') {
      reply.header('retry-after', String(outcome.retryAfterSeconds));
      throw new HttpError(
        429,
        'too_many_attempts',
        `Too many wrong attempts. For your account's safety, wait ${describeWait(outcome.retryAfterSeconds)} before trying again.`,
      );
    }
    return {
      sessionToken: outcome.token,
      expiresAt: Math.floor(outcome.expiresAt.getTime() / 1000),
      member: memberViewOf(outcome.member),
      wrappedKeys: outcome.member.wrapped_keys,
    };
  });

  app.post(pathOf(ROUTES.logout), { onRequest: memberAuth(context, 'member') }, async (request, reply) => {
    const session = memberSession(request);
    await context.db.transaction().execute(async (trx) => {
      await deleteMemberSession(trx, session.tokenHash);
      await auditMemberAction(trx, context.clock, session.member, 'member.logout');
    });
    return reply.code(204).send();
  });

  app.get(pathOf(ROUTES.me), { onRequest: memberAuth(context, 'member'), schema: { response: { 200: meResponse } } }, async (request) => ({
    member: memberViewOf(memberSession(request).member),
  }));
};

export default authRoutes;
