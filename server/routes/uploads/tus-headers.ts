// The tus request headers the upload routes read, validated with zod before tus sees them.
import { z } from 'zod';
import { uploadMetadata, type UploadMetadata } from '../../../api/index';
import { HttpError } from '../../errors';

const digits = z.string().regex(/^[0-9]{1,16}$/, 'must be a byte count').transform(Number);

/** Every tus request: the protocol version Thicket speaks. */
export const tusHeaders = z.object({ 'tus-resumable': z.literal('1.0.0') });

/** POST /api/uploads: a declared length and the metadata; no deferred length, no concatenation. */
export const createUploadHeaders = tusHeaders.extend({
  'upload-length': digits,
  'upload-metadata': z.string().min(1).max(1024),
  'upload-defer-length': z.never({ error: 'deferred lengths are not supported' }).optional(),
  'upload-concat': z.never({ error: 'concatenation is not supported' }).optional(),
});

/** PATCH /api/uploads/:uploadId: where this piece starts, as raw bytes. */
export const patchUploadHeaders = tusHeaders.extend({
  'upload-offset': digits,
  'content-type': z.literal('application/offset+octet-stream'),
});

const STANDARD_BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Parses tus Upload-Metadata ("key base64value,key2 base64value2") into the fields Thicket
 * accepts. Throws HttpError 400 invalid_upload for anything malformed, repeated or unknown.
 */
export function parseUploadMetadata(header: string): UploadMetadata {
  const fields: Record<string, string> = {};
  for (const pair of header.split(',')) {
    const [key, value, extra] = pair.trim().split(' ');
    if (key === undefined || key === '' || value === undefined || extra !== undefined || !STANDARD_BASE64.test(value) || key in fields) {
      throw new HttpError(400, 'invalid_upload', 'Upload-Metadata is malformed.');
    }
    fields[key] = Buffer.from(value, 'base64').toString('utf8');
  }
  const parsed = uploadMetadata.safeParse(fields);
  if (!parsed.success) throw new HttpError(400, 'invalid_upload', 'Upload-Metadata must hold fileId (and caseId for prosecutors) only.');
  return parsed.data;
}
