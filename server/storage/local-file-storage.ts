// The default storage: encrypted uploads as plain files under FILES_DIR (DATA_DIR/files), written
// by tus's FileStore. Memory stays bounded whatever the file size: bytes are streamed to disk.
import { createReadStream } from 'node:fs';
import { mkdir, readdir, stat, unlink, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { FileStore } from '@tus/file-store';
import type { FileStorage } from './file-storage';
import { UPLOAD_ID_PATTERN } from './file-storage';
import { LengthOnlyKvStore } from './length-only-kv-store';

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

function pathFor(directory: string, id: string): string {
  if (!UPLOAD_ID_PATTERN.test(id)) throw new Error('not an upload id');
  return join(directory, id);
}

/** Creates the folder (mode 0700) and returns the storage. */
export async function createLocalFileStorage(directory: string): Promise<FileStorage> {
  await mkdir(directory, { recursive: true, mode: 0o700 });
  const kv = new LengthOnlyKvStore(directory);
  const dataStore = new FileStore({ directory, configstore: kv });
  // tus would advertise 'expiration' and 'creation-defer-length'; Thicket sweeps abandoned
  // uploads itself and requires every upload to declare its length.
  dataStore.extensions = ['creation', 'termination'];

  return {
    dataStore,
    read(id: string): Readable {
      return createReadStream(pathFor(directory, id), { highWaterMark: 1024 * 1024 });
    },
    async size(id: string): Promise<number | undefined> {
      try {
        return (await stat(pathFor(directory, id))).size;
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },
    async remove(id: string): Promise<void> {
      try {
        await unlink(pathFor(directory, id));
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
      await kv.delete(id);
    },
    async list(): Promise<string[]> {
      const names = await readdir(directory);
      const ids = new Set<string>();
      for (const name of names) {
        const id = name.endsWith('.json') ? name.slice(0, -5) : name;
        if (UPLOAD_ID_PATTERN.test(id)) ids.add(id);
      }
      return [...ids];
    },
    async sealComplete(id: string, dayStart: Date): Promise<void> {
      // The file system dates every write to the nanosecond; once complete, keep only the day.
      await utimes(pathFor(directory, id), dayStart, dayStart);
      await utimes(join(directory, `${id}.json`), dayStart, dayStart).catch((error: unknown) => {
        if (!isMissing(error)) throw error;
      });
    },
  };
}
