// The tus 1.0.0 server (core, creation, termination) that writes uploads into the file storage.
// Routes authorise each request and record the upload before handing it over (routes/uploads);
// this is only the protocol engine, configured so that it decides nothing on its own: the
// upload id is the one the route made, no CORS, no absolute URLs, no forwarded headers believed.
import type { IncomingMessage } from 'node:http';
import { Server } from '@tus/server';
import type { Kysely } from 'kysely';
import { ROUTES } from '../../api/index';
import type { FilesConfig } from '../config';
import type { Clock } from '../db/day';
import type { Database } from '../db/schema';
import { markCaseFileComplete } from '../repositories/case-files';
import type { FileStorage } from '../storage/file-storage';
import { UPLOAD_ID_PATTERN } from '../storage/file-storage';
import { maxStreamLength } from './uploads';

/** Upload ids the route made, by request: tus asks for a name and gets this one. */
const assignedIds = new WeakMap<IncomingMessage, string>();

/** Called by the creation route just before it hands the request to tus. */
export function assignUploadId(request: IncomingMessage, id: string): void {
  assignedIds.set(request, id);
}

// tus hands hooks a web Request made by srvx, which keeps the Node request it came from.
function nodeRequestOf(request: Request): IncomingMessage | undefined {
  const runtime = (request as { runtime?: { node?: { req?: IncomingMessage } } }).runtime;
  return runtime?.node?.req;
}

function startOfDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export interface TusDeps {
  readonly db: Kysely<Database>;
  readonly storage: FileStorage;
  readonly files: FilesConfig;
  readonly clock: Clock;
}

export function createTusServer(deps: TusDeps): Server {
  return new Server({
    path: ROUTES.createUpload.url,
    datastore: deps.storage.dataStore,
    relativeLocation: true,
    respectForwardedHeaders: false,
    allowedOrigins: () => false,
    disableTerminationForFinishedUploads: true,
    maxSize: maxStreamLength(deps.files),
    namingFunction: (request) => {
      const raw = nodeRequestOf(request);
      const id = raw === undefined ? undefined : assignedIds.get(raw);
      // Fail closed: an upload the route did not record never gets a name.
      if (id === undefined || !UPLOAD_ID_PATTERN.test(id)) throw { status_code: 500, body: 'Upload not prepared\n' };
      return id;
    },
    onUploadFinish: async (_request, upload) => {
      if (upload.size === undefined || upload.offset !== upload.size) throw { status_code: 500, body: 'Upload incomplete\n' };
      await markCaseFileComplete(deps.db, upload.id);
      await deps.storage.sealComplete(upload.id, startOfDay(deps.clock()));
      return {};
    },
  });
}
