// The whistleblower's own case, with a case session (bearer token from POST /api/case-sessions):
// GET /api/case (everything the browser needs to verify and read), POST /api/case/messages (with
// the evidence files a message attaches) and GET /api/case/files/:fileId (an attached file's ciphertext).
// Nothing here is audited or dated finer than the day.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ROUTES, caseViewResponse, fileParams, postCaseMessageBody, postMessageResponse } from '../../../api/index';
import { caseAuth, caseSession } from '../../auth/case-auth';
import { HttpError } from '../../errors';
import { getAttachedFile } from '../../repositories/case-files';
import { listCaseMessages } from '../../repositories/case-messages';
import { getCase } from '../../repositories/cases';
import type { AppContext } from '../../services/app-context';
import { todayUtc } from '../../services/app-context';
import { caseFilesView, sendStoredFile } from '../../services/case-files-view';
import { loadCaseAgencies } from '../../services/directory';
import { appendMessage } from '../../services/thread-append';
import { attachFiles } from '../../services/uploads';
import { ENVELOPE_BODY_LIMIT, pathOf } from '../route-path';
import { b64, bytesOf, incomingMessage, threadMessageOf } from '../wire';

// A valid token for a case that no longer exists (deleted under retention): nothing to open.
const gone = (): HttpError => new HttpError(401, 'unauthorized', 'Enter your case code to open your case.');

const wbCaseRoutes: FastifyPluginAsyncZod<{ readonly context: AppContext }> = async (app, { context }) => {
  const onRequest = caseAuth(context);

  app.get(pathOf(ROUTES.caseView), { onRequest, schema: { response: { 200: caseViewResponse } } }, async (request) => {
    const { caseId } = caseSession(request);
    const row = await getCase(context.db, caseId);
    if (row === undefined) throw gone();
    return {
      caseId: b64(row.id),
      status: row.status,
      createdOn: row.created_on,
      keyForCase: b64(row.key_for_case),
      messages: (await listCaseMessages(context.db, caseId)).map(threadMessageOf),
      agencies: await loadCaseAgencies(context.db, caseId),
      receipt: row.receipt,
      ...(await caseFilesView(context.db, caseId, context.files)),
    };
  });

  app.get(pathOf(ROUTES.caseFile), { onRequest, schema: { params: fileParams } }, async (request, reply) => {
    const { caseId } = caseSession(request);
    const file = await getAttachedFile(context.db, caseId, bytesOf(request.params.fileId, 'fileId', 16));
    if (file === undefined) throw new HttpError(404, 'not_found', 'Not found');
    return sendStoredFile(reply, context.storage, file);
  });

  app.post(
    pathOf(ROUTES.postCaseMessage),
    { onRequest, bodyLimit: ENVELOPE_BODY_LIMIT, schema: { body: postCaseMessageBody, response: { 201: postMessageResponse } } },
    async (request, reply) => {
      const { caseId } = caseSession(request);
      const row = await getCase(context.db, caseId);
      if (row === undefined) throw gone();
      const files = (request.body.files ?? []).map((id, index) => bytesOf(id, `files[${String(index)}]`, 16));
      const seq = await appendMessage(context.db, {
        caseId,
        role: 'whistleblower',
        expectedAuthor: row.signing_public_key,
        message: incomingMessage(request.body, 'message'),
        day: todayUtc(context.clock),
        ...(files.length > 0 ? { alsoDo: (trx) => attachFiles(trx, caseId, files, request.body.seq) } : {}),
      });
      return reply.code(201).send({ seq });
    },
  );
};

export default wbCaseRoutes;
