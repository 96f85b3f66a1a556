// Sends several files one after another (one at a time is kinder to a slow Tor circuit and to a
// two-core machine), each with its own progress, Cancel and Retry. Plain data out through
// `onChange`, so any UI can show it. Used by both apps.
import { FileTransferError, fileFailureMessage, fileFailureText } from './errors';
import { waitingProgress } from './progress';
import type { FileManifestEntryV1, FileToSend, StartUpload, TransferProgress, UploadHandle, UploadTarget } from './types';

/** A failure's words for the progress line: English, and the message the page translates. */
function failureWords(error: unknown): Pick<TransferProgress, 'message' | 'text'> {
  return { message: fileFailureMessage(error), text: fileFailureText(error) };
}

export interface QueuedUpload {
  /** The caller's id for this file (stable across retries). */
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly progress: TransferProgress;
  /** Set once the server holds the whole file. */
  readonly entry: FileManifestEntryV1 | null;
}

interface Slot {
  readonly id: string;
  readonly file: FileToSend;
  progress: TransferProgress;
  entry: FileManifestEntryV1 | null;
  handle: UploadHandle | null;
}

export class UploadQueue {
  private readonly slots: Slot[];
  private pumping: Promise<void> | null = null;
  private disposed = false;

  constructor(
    private readonly start: StartUpload,
    private readonly target: UploadTarget,
    files: readonly { readonly id: string; readonly file: FileToSend }[],
    private readonly onChange: (items: readonly QueuedUpload[]) => void,
  ) {
    this.slots = files.map(({ id, file }) => ({ id, file, progress: waitingProgress(file.content.size), entry: null, handle: null }));
  }

  get items(): readonly QueuedUpload[] {
    return this.slots.map((slot) => ({ id: slot.id, name: slot.file.name, size: slot.file.content.size, progress: slot.progress, entry: slot.entry }));
  }

  /** Manifest entries of the files that arrived, in the order they were given. */
  get entries(): FileManifestEntryV1[] {
    return this.slots.flatMap((slot) => (slot.entry === null ? [] : [slot.entry]));
  }

  /** Files that failed or were cancelled. */
  get missing(): readonly QueuedUpload[] {
    return this.items.filter((item) => item.entry === null && (item.progress.phase === 'failed' || item.progress.phase === 'cancelled'));
  }

  get allArrived(): boolean {
    return this.slots.every((slot) => slot.entry !== null);
  }

  /** Sends every waiting file; resolves when none is waiting or under way. Never rejects. */
  run(): Promise<void> {
    this.pumping ??= this.pump().finally(() => {
      this.pumping = null;
    });
    return this.pumping;
  }

  /** Stops one file (or takes it out of the queue if it has not started). */
  cancel(id: string): void {
    const slot = this.slots.find((candidate) => candidate.id === id);
    if (slot === undefined || slot.entry !== null) return;
    if (slot.handle !== null) slot.handle.cancel();
    else if (slot.progress.phase === 'waiting') this.update(slot, { ...slot.progress, phase: 'cancelled' });
  }

  /** Puts a failed or cancelled file back in the queue (it starts afresh) and runs the queue. */
  retry(id: string): Promise<void> {
    const slot = this.slots.find((candidate) => candidate.id === id);
    if (slot !== undefined && slot.entry === null && slot.handle === null) this.update(slot, waitingProgress(slot.file.content.size));
    return this.run();
  }

  /** Stops everything; nothing is reported afterwards. */
  dispose(): void {
    this.disposed = true;
    for (const slot of this.slots) slot.handle?.cancel();
  }

  private async pump(): Promise<void> {
    for (;;) {
      const slot = this.slots.find((candidate) => candidate.progress.phase === 'waiting' && candidate.handle === null);
      if (slot === undefined || this.disposed) return;
      await this.send(slot);
    }
  }

  private async send(slot: Slot): Promise<void> {
    let handle: UploadHandle;
    try {
      handle = this.start(this.target, slot.file, (progress) => this.update(slot, progress));
    } catch (error) {
      this.update(slot, { ...slot.progress, phase: 'failed', ...failureWords(error) });
      return;
    }
    slot.handle = handle;
    try {
      slot.entry = await handle.done;
      this.update(slot, { ...slot.progress, phase: 'done', bytesDone: slot.progress.bytesTotal });
    } catch (error) {
      const cancelled = error instanceof FileTransferError && error.code === 'cancelled';
      this.update(slot, { ...slot.progress, phase: cancelled ? 'cancelled' : 'failed', ...failureWords(error), bytesPerSecond: null, secondsLeft: null });
    } finally {
      slot.handle = null;
    }
  }

  private update(slot: Slot, progress: TransferProgress): void {
    slot.progress = progress;
    if (!this.disposed) this.onChange(this.items);
  }
}
