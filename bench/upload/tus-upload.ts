// A tus 1.0.0 upload as Thicket takes it (api/files.ts): POST /api/uploads declares the length
// and names the file, then PATCH requests append the bytes from the file on disk in pieces of
// `patchBytes`, then (untimed) HEAD checks the server holds every byte. Bearer auth throughout.
import type { Agent } from 'node:http';
import type { EncryptedStreamFile } from './encrypted-file';
import { send } from './http-send';

export interface TusResult {
  readonly uploadId: string;
  /** From the POST to the last PATCH answered. */
  readonly milliseconds: number;
  readonly patches: number;
}

function tusHeaders(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0' };
}

export async function tusUpload(baseUrl: string, token: string, file: EncryptedStreamFile, patchBytes: number, agent: Agent): Promise<TusResult> {
  const start = performance.now();
  const created = await send({
    url: `${baseUrl}/api/uploads`,
    method: 'POST',
    agent,
    headers: {
      ...tusHeaders(token),
      'upload-length': String(file.length),
      'upload-metadata': `fileId ${Buffer.from(file.fileIdText, 'utf8').toString('base64')}`,
    },
  });
  const location = created.headers.location;
  const match = typeof location === 'string' ? /^\/api\/uploads\/([0-9a-f]{32})$/.exec(location) : null;
  if (created.status !== 201 || match?.[1] === undefined) throw new Error(`tus POST: HTTP ${String(created.status)} ${created.body}`);
  const uploadId = match[1];
  const url = `${baseUrl}/api/uploads/${uploadId}`;
  let offset = 0;
  let patches = 0;
  while (offset < file.length) {
    const end = Math.min(file.length, offset + patchBytes);
    const answer = await send({
      url,
      method: 'PATCH',
      agent,
      headers: { ...tusHeaders(token), 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' },
      body: { path: file.path, start: offset, end },
    });
    if (answer.status !== 204 || answer.headers['upload-offset'] !== String(end)) {
      throw new Error(`tus PATCH at ${String(offset)}: HTTP ${String(answer.status)}, Upload-Offset ${String(answer.headers['upload-offset'])} ${answer.body}`);
    }
    offset = end;
    patches += 1;
  }
  const milliseconds = performance.now() - start;
  const head = await send({ url, method: 'HEAD', agent, headers: tusHeaders(token) });
  if (head.status !== 200 || head.headers['upload-offset'] !== String(file.length) || head.headers['upload-length'] !== String(file.length)) {
    throw new Error(`tus HEAD after upload: HTTP ${String(head.status)}, offset ${String(head.headers['upload-offset'])} of ${String(file.length)}`);
  }
  return { uploadId, milliseconds, patches };
}
