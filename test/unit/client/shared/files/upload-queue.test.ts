// The upload queue: files go one at a time, in order; Cancel takes a waiting file out or stops
// a running one; Retry puts a failed or cancelled file back; entries come out in the order the
// files were given. The upload itself is played by the test (its real form runs in
// test/e2e/file-pipeline.test.ts).
import { describe, expect, it } from 'vitest';
import { FileTransferError } from '../../../../../client/shared/files/errors';
import { UploadQueue, type QueuedUpload } from '../../../../../client/shared/files/upload-queue';
import type { FileManifestEntryV1, FileToSend, StartUpload, TransferProgress } from '../../../../../client/shared/files/types';

function file(name: string): FileToSend {
  const blob = new File([name], name);
  return { original: blob, content: blob, name, type: '', metadata: { action: 'not-checked', removed: [] } };
}

function entryFor(name: string): FileManifestEntryV1 {
  return {
    fileId: name.padEnd(22, 'A').slice(0, 22),
    key: 'k'.repeat(43),
    name,
    type: '',
    size: name.length,
    sha256: '0'.repeat(64),
    originalSha256: '0'.repeat(64),
    originalSize: name.length,
    metadata: { action: 'not-checked', removed: [] },
  };
}

/** A stand-in upload the test finishes by hand. */
function manualUploads() {
  const running: { name: string; succeed: () => void; fail: (code?: 'network' | 'cancelled') => void; cancelled: boolean }[] = [];
  const start: StartUpload = (_target, toSend, onProgress) => {
    let resolve: (entry: FileManifestEntryV1) => void = () => undefined;
    let reject: (error: Error) => void = () => undefined;
    const done = new Promise<FileManifestEntryV1>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const progress = (phase: TransferProgress['phase']): void =>
      onProgress({ phase, bytesDone: 0, bytesTotal: toSend.content.size, bytesPerSecond: null, secondsLeft: null });
    progress('encrypting');
    const item = {
      name: toSend.name,
      cancelled: false,
      succeed: () => resolve(entryFor(toSend.name)),
      fail: (code: 'network' | 'cancelled' = 'network') => reject(new FileTransferError(code, `${toSend.name} failed`)),
    };
    running.push(item);
    return {
      done,
      cancel: () => {
        item.cancelled = true;
        item.fail('cancelled');
      },
    };
  };
  return { start, running };
}

const target = { caseId: new Uint8Array(32), asProsecutor: false, getToken: () => Promise.resolve('t') };
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const phases = (items: readonly QueuedUpload[]): string[] => items.map((item) => `${item.name}:${item.progress.phase}`);

describe('UploadQueue', () => {
  it('sends files one at a time, in order, and gives the entries in that order', async () => {
    const { start, running } = manualUploads();
    const seen: string[][] = [];
    const queue = new UploadQueue(start, target, ['a', 'b'].map((name) => ({ id: name, file: file(name) })), (items) => seen.push(phases(items)));
    expect(phases(queue.items)).toEqual(['a:waiting', 'b:waiting']);
    const finished = queue.run();
    await tick();
    expect(running.map((r) => r.name)).toEqual(['a']);
    running[0]?.succeed();
    await tick();
    expect(running.map((r) => r.name)).toEqual(['a', 'b']);
    running[1]?.succeed();
    await finished;
    expect(queue.allArrived).toBe(true);
    expect(queue.entries.map((entry) => entry.name)).toEqual(['a', 'b']);
    expect(seen.at(-1)).toEqual(['a:done', 'b:done']);
  });

  it('takes a waiting file out on Cancel, stops a running one, and sends them again on Retry', async () => {
    const { start, running } = manualUploads();
    const queue = new UploadQueue(start, target, ['a', 'b', 'c'].map((name) => ({ id: name, file: file(name) })), () => undefined);
    const finished = queue.run();
    await tick();
    queue.cancel('b');
    queue.cancel('a');
    await tick();
    expect(running[0]?.cancelled).toBe(true);
    await tick();
    expect(running.map((r) => r.name)).toEqual(['a', 'c']);
    running[1]?.succeed();
    await finished;
    expect(phases(queue.items)).toEqual(['a:cancelled', 'b:cancelled', 'c:done']);
    expect(queue.missing.map((item) => item.name)).toEqual(['a', 'b']);
    expect(queue.allArrived).toBe(false);

    const again = queue.retry('b');
    await tick();
    expect(running.map((r) => r.name)).toEqual(['a', 'c', 'b']);
    running[2]?.succeed();
    await again;
    expect(queue.entries.map((entry) => entry.name)).toEqual(['b', 'c']);
    expect(queue.missing.map((item) => item.name)).toEqual(['a']);
  });

  it('records a failure with its message and carries on with the next file', async () => {
    const { start, running } = manualUploads();
    const queue = new UploadQueue(start, target, ['a', 'b'].map((name) => ({ id: name, file: file(name) })), () => undefined);
    const finished = queue.run();
    await tick();
    running[0]?.fail();
    await tick();
    running[1]?.succeed();
    await finished;
    expect(queue.items[0]?.progress).toMatchObject({ phase: 'failed', message: 'a failed' });
    expect(queue.entries.map((entry) => entry.name)).toEqual(['b']);
  });

  it('stops everything on dispose and reports nothing afterwards', async () => {
    const { start, running } = manualUploads();
    let reports = 0;
    const queue = new UploadQueue(start, target, ['a', 'b'].map((name) => ({ id: name, file: file(name) })), () => reports++);
    const finished = queue.run();
    await tick();
    const before = reports;
    queue.dispose();
    await finished;
    expect(running[0]?.cancelled).toBe(true);
    expect(running).toHaveLength(1);
    expect(reports).toBe(before);
  });
});
