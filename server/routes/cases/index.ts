// POST /api/cases: a new tip. Anyone may call it; the browser made and encrypted everything.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ROUTES, createCaseBody, createCaseResponse } from '../../../api/index';
import type { AppContext } from '../../services/app-context';
import { submitCase } from '../../services/submission';
import { ENVELOPE_BODY_LIMIT, pathOf } from '../route-path';
import { bytesOf, incomingMessage } from '../wire';

const caseRoutes: FastifyPluginAsyncZod<{ readonly context: AppContext }> = async (app, { context }) => {
  app.post(
    pathOf(ROUTES.createCase),
    { bodyLimit: ENVELOPE_BODY_LIMIT, schema: { body: createCaseBody, response: { 201: createCaseResponse } } },
    async (request, reply) => {
      const body = request.body;
      const receipt = await submitCase(context, {
        caseId: bytesOf(body.caseId, 'caseId', 32),
        signingPublicKey: bytesOf(body.signingPublicKey, 'signingPublicKey', 32),
        boxPublicKey: bytesOf(body.boxPublicKey, 'boxPublicKey', 32),
        tip: incomingMessage(body.tip, 'tip'),
        keyForCase: bytesOf(body.keyForCase, 'keyForCase'),
        recipients: body.recipients.map((recipient, index) => ({
          memberId: recipient.memberId,
          sealedKey: bytesOf(recipient.sealedKey, `recipients.${String(index)}.sealedKey`),
        })),
      });
      return reply.code(201).send({ receipt });
    },
  );
};

export default caseRoutes;
