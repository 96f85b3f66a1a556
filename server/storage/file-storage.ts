// Where encrypted evidence files live. Routes and services see only this interface, so an
// S3-compatible store can be added (tus has @tus/s3-store) without touching them. Every stored
// object is ciphertext made in a browser; nothing here ever holds a key.
import type { Readable } from 'node:stream';
import type { DataStore } from '@tus/server';

export interface FileStorage {
  /** The tus data store uploads are written through (creation, resumable PATCH, termination). */
  readonly dataStore: DataStore;
  /** Streams the stored bytes of `id` (a server-made upload id). */
  read(id: string): Readable;
  /** Bytes stored for `id` so far, undefined when nothing is stored under it. */
  size(id: string): Promise<number | undefined>;
  /** Removes `id` and anything kept about it; no error when it is already gone. */
  remove(id: string): Promise<void>;
  /** Every id stored, to sweep objects whose database row is gone. */
  list(): Promise<string[]>;
  /** Called once an upload is complete: e.g. coarsen the file's timestamps to the day. */
  sealComplete(id: string, dayStart: Date): Promise<void>;
}

/** Upload ids are 16 random bytes as lowercase hex: also what a storage name may look like. */
export const UPLOAD_ID_PATTERN = /^[0-9a-f]{32}$/;
