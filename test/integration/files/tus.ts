// A tus 1.0.0 client for tests, driving the real app through inject(): the same requests
// tus-js-client sends from a browser, so each step (create, append, offset, cancel) is explicit.
import type { LightMyRequestResponse } from 'fastify';
import { ROUTES } from '../../../api/index';
import { createFileEncryptor, encryptFileBytes, generateFileId, generateFileKey, toBase64Url } from '../../../crypto/index';
import type { World } from '../core/world';

export function metadataHeader(fields: Readonly<Record<string, string>>): string {
  return Object.entries(fields)
    .map(([key, value]) => `${key} ${Buffer.from(value, 'utf8').toString('base64')}`)
    .join(',');
}

export async function createUpload(
  world: World,
  token: string,
  length: number,
  fields: Readonly<Record<string, string>>,
  extra: Readonly<Record<string, string>> = {},
): Promise<LightMyRequestResponse> {
  return world.app.inject({
    method: 'POST',
    url: ROUTES.createUpload.url,
    headers: {
      authorization: `Bearer ${token}`,
      'tus-resumable': '1.0.0',
      'upload-length': String(length),
      'upload-metadata': metadataHeader(fields),
      ...extra,
    },
  });
}

export function uploadIdOf(response: LightMyRequestResponse): string {
  const location = response.headers['location'];
  if (typeof location !== 'string') throw new Error(`no Location header (status ${String(response.statusCode)}: ${response.body})`);
  const match = /^\/api\/uploads\/([0-9a-f]{32})$/.exec(location);
  if (match?.[1] === undefined) throw new Error(`unexpected Location ${location}`);
  return match[1];
}

export async function patchUpload(world: World, token: string, id: string, offset: number, bytes: Uint8Array): Promise<LightMyRequestResponse> {
  return world.app.inject({
    method: 'PATCH',
    url: `/api/uploads/${id}`,
    headers: {
      authorization: `Bearer ${token}`,
      'tus-resumable': '1.0.0',
      'upload-offset': String(offset),
      'content-type': 'application/offset+octet-stream',
    },
    payload: Buffer.from(bytes),
  });
}

export async function headUpload(world: World, token: string, id: string): Promise<LightMyRequestResponse> {
  return world.app.inject({ method: 'HEAD', url: `/api/uploads/${id}`, headers: { authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0' } });
}

export async function deleteUpload(world: World, token: string, id: string): Promise<LightMyRequestResponse> {
  return world.app.inject({ method: 'DELETE', url: `/api/uploads/${id}`, headers: { authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0' } });
}

/** A file encrypted for `caseId` as the browser does it, with what its manifest would carry. */
export interface EncryptedFile {
  readonly plaintext: Uint8Array;
  readonly fileId: Uint8Array;
  readonly fileIdText: string;
  readonly key: Uint8Array;
  readonly stream: Uint8Array;
}

export function encryptedFile(caseId: Uint8Array, plaintext: Uint8Array): EncryptedFile {
  const fileId = generateFileId();
  const key = generateFileKey();
  return { plaintext, fileId, fileIdText: toBase64Url(fileId), key, stream: encryptFileBytes(key, plaintext, { caseId, fileId }) };
}

/** Creates and completes an upload in `pieces` PATCH requests; returns the upload id. */
export async function uploadWhole(world: World, token: string, file: EncryptedFile, fields: Readonly<Record<string, string>>, pieces = 2): Promise<string> {
  const created = await createUpload(world, token, file.stream.length, fields);
  if (created.statusCode !== 201) throw new Error(`create: ${String(created.statusCode)} ${created.body}`);
  const id = uploadIdOf(created);
  const step = Math.ceil(file.stream.length / pieces);
  for (let offset = 0; offset < file.stream.length; offset += step) {
    const response = await patchUpload(world, token, id, offset, file.stream.subarray(offset, offset + step));
    if (response.statusCode !== 204) throw new Error(`patch: ${String(response.statusCode)} ${response.body}`);
  }
  return id;
}

export { createFileEncryptor };
