// What tus's FileStore keeps beside each upload to resume it after a restart. tus's own
// FileKvStore writes the whole upload record, including its creation time to the millisecond
// and its metadata; this one keeps only the id and the declared length (`<id>.json`), because
// whistleblower actions are dated to the day and nothing else about an upload is needed.
import { readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Upload, type KvStore } from '@tus/server';
import { UPLOAD_ID_PATTERN } from './file-storage';

function pathFor(directory: string, key: string): string {
  if (!UPLOAD_ID_PATTERN.test(key)) throw new Error('not an upload id');
  return join(directory, `${key}.json`);
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

export class LengthOnlyKvStore implements KvStore<Upload> {
  constructor(private readonly directory: string) {}

  async get(key: string): Promise<Upload | undefined> {
    let text: string;
    try {
      text = await readFile(pathFor(this.directory, key), 'utf8');
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || !('size' in parsed) || typeof parsed.size !== 'number') {
      throw new Error(`upload record ${key} is damaged`);
    }
    return new Upload({ id: key, size: parsed.size, offset: 0 });
  }

  async set(key: string, value: Upload): Promise<void> {
    if (value.size === undefined) throw new Error('uploads must declare their length');
    await writeFile(pathFor(this.directory, key), JSON.stringify({ size: value.size }), { mode: 0o600 });
  }

  async delete(key: string): Promise<void> {
    try {
      await unlink(pathFor(this.directory, key));
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }
}
