// Prosecutors (active only): the inbox, one case, replies and status changes. A case the
// prosecutor is not on answers exactly like a case that does not exist: 404 not_found.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ROUTES,
  caseParams,
  fileParams,
  inboxResponse,
  postMessageResponse,
  postProsecutorMessageBody,
  prosecutorCaseResponse,
  statusBody,
  statusResponse,
} from '../../../api/index';
import { memberAuth, memberSession } from '../../auth/member-auth';
import { HttpError } from '../../errors';
import { getAttachedFile } from '../../repositories/case-files';
import { listCaseMessages } from '../../repositories/case-messages';
import { getRecipientCase, listInbox, setCaseStatus } from '../../repositories/cases';
import type { AppContext } from '../../services/app-context';
import { todayUtc } from '../../services/app-context';
import { auditMemberAction } from '../../services/audit';
import { caseFilesView, sendStoredFile } from '../../services/case-files-view';
import { loadCaseAgencies } from '../../services/directory';
import { appendMessage } from '../../services/thread-append';
import { attachFiles } from '../../services/uploads';
import { ENVELOPE_BODY_LIMIT, pathOf } from '../route-path';
import { b64, bytesOf, incomingMessage, threadMessageOf } from '../wire';

const notFound = (): HttpError => new HttpError(404, 'not_found', 'Not found');

const prosecutorRoutes: FastifyPluginAsyncZod<{ readonly context: AppContext }> = async (app, { context }) => {
  const onRequest = memberAuth(context, 'prosecutor');

  /** The case, only if this prosecutor is on it; else the same 404 as for no case at all. */
  async function recipientCase(caseIdText: string, memberId: string) {
    const found = await getRecipientCase(context.db, bytesOf(caseIdText, 'caseId', 32), memberId);
    if (found === undefined) throw notFound();
    return found;
  }

  app.get(pathOf(ROUTES.inbox), { onRequest, schema: { response: { 200: inboxResponse } } }, async (request) => {
    const { member } = memberSession(request);
    const rows = await listInbox(context.db, member.id);
    await auditMemberAction(context.db, context.clock, member, 'inbox.read');
    return {
      cases: rows.map((row) => ({
        caseId: b64(row.id),
        status: row.status,
        createdOn: row.created_on,
        updatedOn: row.updated_on,
        sealedKey: b64(row.sealed_key),
        tipEnvelope: b64(row.tip_envelope),
        messageCount: row.message_count,
        encryptedOnServer: row.encrypted_on_server,
      })),
    };
  });

  app.get(
    pathOf(ROUTES.prosecutorCase),
    { onRequest, schema: { params: caseParams, response: { 200: prosecutorCaseResponse } } },
    async (request) => {
      const { member } = memberSession(request);
      const found = await recipientCase(request.params.caseId, member.id);
      const caseId = found.case.id;
      const messages = await listCaseMessages(context.db, caseId);
      const agencies = await loadCaseAgencies(context.db, caseId);
      await auditMemberAction(context.db, context.clock, member, 'case.read', b64(caseId));
      return {
        caseId: b64(caseId),
        status: found.case.status,
        createdOn: found.case.created_on,
        sealedKey: b64(found.sealedKey),
        signingPublicKey: b64(found.case.signing_public_key),
        encryptedOnServer: found.case.encrypted_on_server,
        messages: messages.map(threadMessageOf),
        agencies,
        ...(await caseFilesView(context.db, caseId, context.files)),
      };
    },
  );

  app.get(
    pathOf(ROUTES.prosecutorFile),
    { onRequest, schema: { params: caseParams.extend(fileParams.shape) } },
    async (request, reply) => {
      const { member } = memberSession(request);
      const found = await recipientCase(request.params.caseId, member.id);
      const file = await getAttachedFile(context.db, found.case.id, bytesOf(request.params.fileId, 'fileId', 16));
      if (file === undefined) throw notFound();
      await auditMemberAction(context.db, context.clock, member, 'case.file_read', b64(found.case.id));
      return sendStoredFile(reply, context.storage, file);
    },
  );

  app.post(
    pathOf(ROUTES.postProsecutorMessage),
    {
      onRequest,
      bodyLimit: ENVELOPE_BODY_LIMIT,
      schema: { params: caseParams, body: postProsecutorMessageBody, response: { 201: postMessageResponse } },
    },
    async (request, reply) => {
      const { member } = memberSession(request);
      const found = await recipientCase(request.params.caseId, member.id);
      const files = (request.body.files ?? []).map((id, index) => bytesOf(id, `files[${String(index)}]`, 16));
      const seq = await appendMessage(context.db, {
        caseId: found.case.id,
        role: 'prosecutor',
        expectedAuthor: member.signing_public_key,
        message: incomingMessage(request.body, 'message'),
        day: todayUtc(context.clock),
        alsoDo: async (trx) => {
          if (files.length > 0) await attachFiles(trx, found.case.id, files, request.body.seq);
          await auditMemberAction(trx, context.clock, member, files.length > 0 ? 'case.files_sent' : 'case.replied', b64(found.case.id));
        },
      });
      return reply.code(201).send({ seq });
    },
  );

  app.post(
    pathOf(ROUTES.setStatus),
    { onRequest, bodyLimit: ENVELOPE_BODY_LIMIT, schema: { params: caseParams, body: statusBody, response: { 200: statusResponse } } },
    async (request) => {
      const { member } = memberSession(request);
      const found = await recipientCase(request.params.caseId, member.id);
      const { status } = request.body;
      const day = todayUtc(context.clock);
      const seq = await appendMessage(context.db, {
        caseId: found.case.id,
        role: 'prosecutor',
        expectedAuthor: member.signing_public_key,
        message: incomingMessage(request.body.message, 'message'),
        day,
        alsoDo: async (trx) => {
          await setCaseStatus(trx, found.case.id, status, day);
          await auditMemberAction(trx, context.clock, member, 'case.status_changed', b64(found.case.id));
        },
      });
      return { status, seq };
    },
  );
};

export default prosecutorRoutes;
