// Evidence file uploads over tus 1.0.0 (api/files.ts): POST /api/uploads creates one, HEAD tells
// how much arrived, PATCH appends, DELETE cancels. Each request is authorised and validated here
// (zod), then handed to the tus engine, which streams the bytes to storage: a body is never held
// in memory, so memory stays bounded whatever the file size.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Server } from '@tus/server';
import { ROUTES, uploadParams } from '../../../api/index';
import { uploader, uploaderAuth } from '../../auth/uploader-auth';
import { HttpError } from '../../errors';
import { deleteCaseFile } from '../../repositories/case-files';
import type { AppContext } from '../../services/app-context';
import { todayUtc } from '../../services/app-context';
import { assignUploadId } from '../../services/tus-server';
import { beginUpload, uploadOf } from '../../services/uploads';
import { pathOf } from '../route-path';
import { bytesOf } from '../wire';
import { createUploadHeaders, parseUploadMetadata, patchUploadHeaders, tusHeaders } from './tus-headers';

export interface UploadRoutesOptions {
  readonly context: AppContext;
  readonly tus: Server;
}

/** Hands the request to tus, keeping the headers our hooks set (security headers, no-store). */
async function handOver(tus: Server, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value !== undefined) reply.raw.setHeader(name, value);
  }
  reply.hijack();
  await tus.handle(request.raw, reply.raw);
}

const uploadRoutes: FastifyPluginAsyncZod<UploadRoutesOptions> = async (app, { context, tus }) => {
  const onRequest = uploaderAuth(context);
  // PATCH bodies are raw ciphertext: leave the stream unread for tus (scoped to this plugin).
  app.addContentTypeParser('application/offset+octet-stream', (_request, _payload, done) => {
    done(null, undefined);
  });

  app.post(pathOf(ROUTES.createUpload), { onRequest, schema: { headers: createUploadHeaders } }, async (request, reply) => {
    const metadata = parseUploadMetadata(request.headers['upload-metadata']);
    const id = await beginUpload(context.db, {
      uploader: uploader(request),
      caseId: metadata.caseId === undefined ? undefined : bytesOf(metadata.caseId, 'caseId', 32),
      fileId: bytesOf(metadata.fileId, 'fileId', 16),
      length: request.headers['upload-length'],
      day: todayUtc(context.clock),
      files: context.files,
    });
    assignUploadId(request.raw, id);
    await handOver(tus, request, reply);
  });

  app.route({
    method: 'HEAD',
    url: pathOf(ROUTES.uploadOffset),
    onRequest,
    schema: { params: uploadParams, headers: tusHeaders },
    handler: async (request, reply) => {
      await uploadOf(context.db, uploader(request), request.params.uploadId);
      await handOver(tus, request, reply);
    },
  });

  app.route({
    method: 'PATCH',
    url: pathOf(ROUTES.uploadChunk),
    onRequest,
    schema: { params: uploadParams, headers: patchUploadHeaders },
    handler: async (request, reply) => {
      const row = await uploadOf(context.db, uploader(request), request.params.uploadId);
      if (row.state !== 'uploading') throw new HttpError(409, 'conflict', 'This upload is already complete.');
      await handOver(tus, request, reply);
    },
  });

  app.route({
    method: 'DELETE',
    url: pathOf(ROUTES.cancelUpload),
    onRequest,
    schema: { params: uploadParams, headers: tusHeaders },
    handler: async (request, reply) => {
      const row = await uploadOf(context.db, uploader(request), request.params.uploadId);
      if (row.state !== 'uploading') throw new HttpError(409, 'conflict', 'Only an upload in progress can be cancelled.');
      await handOver(tus, request, reply);
      if (reply.raw.statusCode === 204) await deleteCaseFile(context.db, row.id);
    },
  });
};

export default uploadRoutes;
