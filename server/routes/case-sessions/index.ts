// POST /api/case-sessions/challenge and POST /api/case-sessions: a returning whistleblower
// proves they hold the case key and gets a short, stateless session (docs/PROTOCOL.md §17).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ROUTES, challengeBody, challengeResponse, openSessionBody, openSessionResponse } from '../../../api/index';
import type { AppContext } from '../../services/app-context';
import { issueChallenge, openCaseSession } from '../../services/case-sessions';
import { pathOf } from '../route-path';
import { b64, bytesOf } from '../wire';

const caseSessionRoutes: FastifyPluginAsyncZod<{ readonly context: AppContext }> = async (app, { context }) => {
  app.post(
    pathOf(ROUTES.challenge),
    { schema: { body: challengeBody, response: { 200: challengeResponse } } },
    async (request) => {
      const { challenge, token } = await issueChallenge(context, bytesOf(request.body.caseId, 'caseId', 32));
      return {
        challenge: { caseId: b64(challenge.caseId), nonce: b64(challenge.nonce), expiresAt: challenge.expiresAt },
        challengeToken: b64(token),
      };
    },
  );

  app.post(
    pathOf(ROUTES.openSession),
    { schema: { body: openSessionBody, response: { 200: openSessionResponse } } },
    async (request) => {
      const { challenge, challengeToken, signature } = request.body;
      const opened = await openCaseSession(context, {
        challenge: {
          caseId: bytesOf(challenge.caseId, 'challenge.caseId', 32),
          nonce: bytesOf(challenge.nonce, 'challenge.nonce', 32),
          expiresAt: challenge.expiresAt,
        },
        token: bytesOf(challengeToken, 'challengeToken', 32),
        signature: bytesOf(signature, 'signature', 64),
      });
      return { sessionToken: opened.token, expiresAt: opened.expiresAt };
    },
  );
};

export default caseSessionRoutes;
