// What tus-js-client reads the upload from: the encrypted stream, as a source it can slice.
// tus asks for [start, end) in order; after a dropped connection it asks again from the
// server's offset, which is never before the start of the last request. So this keeps only the
// bytes from the current request's start onwards (about one tus chunk, 4 MiB) and reads more
// batches from the encrypt worker as tus needs them.
import { msg } from '../i18n/message';
import { FileTransferError } from './errors';

export interface BatchReader {
  read(): Promise<{ readonly bytes: Uint8Array; readonly last: boolean }>;
}

/** The slice result tus-js-client expects from a source. */
export interface SourceSlice {
  readonly value: Blob | null;
  readonly done: boolean;
}

export class CipherSource {
  /** Buffered ciphertext, in order, starting at `bufferStart`. */
  private buffered: Uint8Array[] = [];
  private bufferStart = 0;
  private received = 0;
  private ended = false;
  private reading: Promise<void> | null = null;

  constructor(
    private readonly reader: BatchReader,
    /** Total stored bytes (encryptedFileSize of the file). */
    readonly size: number,
    private readonly onReceived: (bytes: number) => void = () => undefined,
  ) {}

  /** Bytes received from the encryptor so far. */
  get bytesReceived(): number {
    return this.received;
  }

  async slice(start: number, end: number): Promise<SourceSlice> {
    if (start < this.bufferStart) {
      throw new FileTransferError('server', msg('common:upload.askedAgain'));
    }
    this.drop(start);
    const want = Math.min(end, this.size);
    while (this.received < want && !this.ended) await this.readMore();
    if (this.ended && this.received !== this.size) {
      throw new FileTransferError('worker_failed', msg('common:files.encryptedSizeWrong'));
    }
    if (start >= this.received) return { value: null, done: true };
    const stop = Math.min(want, this.received);
    const value = new Blob(this.range(start, stop) as BlobPart[]);
    return { value, done: stop >= this.size };
  }

  close(): void {
    this.buffered = [];
  }

  private async readMore(): Promise<void> {
    this.reading ??= this.reader.read().then(
      ({ bytes, last }) => {
        this.reading = null;
        this.buffered.push(bytes);
        this.received += bytes.length;
        if (last) this.ended = true;
        if (this.received > this.size) {
          throw new FileTransferError('worker_failed', msg('common:files.encryptedTooLarge'));
        }
        this.onReceived(this.received);
      },
      (error: unknown) => {
        this.reading = null;
        throw error;
      },
    );
    await this.reading;
  }

  /** Forgets whole batches that end before `start`. */
  private drop(start: number): void {
    while (this.buffered.length > 0) {
      const first = this.buffered[0];
      if (first === undefined || this.bufferStart + first.length > start) break;
      this.buffered.shift();
      this.bufferStart += first.length;
    }
  }

  /** Views of the buffered bytes in [from, to). */
  private range(from: number, to: number): Uint8Array[] {
    const views: Uint8Array[] = [];
    let offset = this.bufferStart;
    for (const part of this.buffered) {
      const partEnd = offset + part.length;
      if (partEnd > from && offset < to) views.push(part.subarray(Math.max(0, from - offset), Math.min(part.length, to - offset)));
      offset = partEnd;
      if (offset >= to) break;
    }
    return views;
  }
}
