// What lives INSIDE the encrypted envelopes: the contract between the whistleblower's and the
// prosecutor's browsers. The server never sees these. Every payload carries its version so old
// tips still render when a form changes.
import { z } from 'zod';
import { CASE_STATUSES } from './common';
import { tipContentV2 } from './intake';

// The intake questionnaire (tip version 2) lives in its own file.
export * from './intake';

const text = (max: number) => z.string().trim().max(max);

/** The tip, version 1 (title, description and a few structured fields; the full intake is later). */
export const tipContentV1 = z.strictObject({
  kind: z.literal('tip'),
  version: z.literal(1),
  title: text(200).min(1),
  description: text(20_000).min(1),
  platform: text(100).optional(),
  listingUrl: text(2_000).optional(),
  species: text(200).optional(),
  country: text(100).optional(),
});
export type TipContentV1 = z.infer<typeof tipContentV1>;
/** Every version of the tip ever sent: a new version is added here, none is ever removed. */
export const tipContent = z.discriminatedUnion('version', [tipContentV1, tipContentV2]);
export type TipContent = z.infer<typeof tipContent>;

/** A reply or answer in the thread (purpose 'message'). */
export const messageContent = z.strictObject({
  kind: z.literal('message'),
  version: z.literal(1),
  text: text(20_000).min(1),
});
export type MessageContent = z.infer<typeof messageContent>;

/** A status change announced in the thread (purpose 'status'), signed by the prosecutor. */
export const statusContent = z.strictObject({
  kind: z.literal('status'),
  version: z.literal(1),
  status: z.enum(CASE_STATUSES),
});
export type StatusContent = z.infer<typeof statusContent>;

/** What the file's metadata check did before encryption (client/whistleblower/files/metadata). */
export const METADATA_ACTIONS = ['removed', 'reencoded', 'none-found', 'kept-by-choice', 'not-checked'] as const;

/** One file in a manifest: everything needed to fetch, decrypt and check it. */
export const fileManifestEntryV1 = z.strictObject({
  /** base64url of the 16-byte file id (the chunks' associated data and the server's name for it). */
  fileId: z.string().regex(/^[A-Za-z0-9_-]{22}$/),
  /** base64url of the 32-byte secretstream key of this file. */
  key: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  name: text(255).min(1),
  /** MIME type as the browser reported it ('' when unknown). */
  type: text(200),
  /** Bytes of the file as encrypted (after metadata removal). */
  size: z.int().min(0).max(Number.MAX_SAFE_INTEGER),
  /** SHA-256 (hex) of the bytes that were encrypted. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** SHA-256 (hex) and size of the file as chosen, before metadata removal. */
  originalSha256: z.string().regex(/^[0-9a-f]{64}$/),
  originalSize: z.int().min(0).max(Number.MAX_SAFE_INTEGER),
  metadata: z.strictObject({
    action: z.enum(METADATA_ACTIONS),
    /** Plain-language names of what was found and removed, e.g. "GPS position". */
    removed: z.array(text(200)).max(50),
  }),
});
export type FileManifestEntryV1 = z.infer<typeof fileManifestEntryV1>;

/** A message carrying files (purpose 'file-manifest'), from either side, with an optional note. */
export const filesContent = z.strictObject({
  kind: z.literal('files'),
  version: z.literal(1),
  note: text(20_000).optional(),
  files: z.array(fileManifestEntryV1).min(1).max(20),
});
export type FilesContent = z.infer<typeof filesContent>;
