// Reads a Blob front to back through blob.stream(), with the next piece already asked for while
// the caller works on the current one. A stream reads the file through one pipe that the browser
// keeps filling, several times faster than many blob.slice() reads (each its own request), and it
// holds only a few MiB however large the file is. A file that turns out shorter or longer than
// its size (changed on disk after it was chosen) fails with BlobReadError; one that can no longer
// be read fails with the browser's own error (NotReadableError, NotFoundError).
import { BlobReadError } from './worker-protocol';

const EMPTY = new Uint8Array(0);

export class BlobReader {
  readonly size: number;
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private ahead: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;
  private current: Uint8Array = EMPTY;
  private offset = 0;
  private received = 0;
  private ended = false;
  /** Where pieces that straddle stream chunks are put together (see read()). */
  private joined: Uint8Array = EMPTY;

  constructor(blob: Blob) {
    this.size = blob.size;
    this.reader = blob.stream().getReader();
  }

  /**
   * Whatever is next, up to `max` bytes (at least one), or null at the end of the blob, which is
   * then checked to have had exactly its size. The view stays valid until the next call.
   */
  async readSome(max = Number.POSITIVE_INFINITY): Promise<Uint8Array | null> {
    if (this.offset >= this.current.length && !(await this.fill())) return null;
    const take = Math.min(max, this.current.length - this.offset);
    const out = this.current.subarray(this.offset, this.offset + take);
    this.offset += take;
    return out;
  }

  /**
   * Exactly the next `length` bytes: a view of the stream's own piece when it holds them all,
   * else a copy put together from several. The view stays valid until the next call. Throws
   * BlobReadError when the blob ends first.
   */
  async read(length: number): Promise<Uint8Array> {
    if (this.offset >= this.current.length && length > 0 && !(await this.fill())) throw new BlobReadError();
    if (this.current.length - this.offset >= length) {
      const out = this.current.subarray(this.offset, this.offset + length);
      this.offset += length;
      return out;
    }
    if (this.joined.length < length) this.joined = new Uint8Array(length);
    const out = this.joined.subarray(0, length);
    let filled = 0;
    while (filled < length) {
      const piece = await this.readSome(length - filled);
      if (piece === null) throw new BlobReadError();
      out.set(piece, filled);
      filled += piece.length;
    }
    return out;
  }

  /** Checks that nothing follows the bytes read so far (the file did not grow). */
  async finish(): Promise<void> {
    if (this.offset < this.current.length || (await this.fill())) throw new BlobReadError();
  }

  /** Makes the next stream piece current; false at the end of the stream. */
  private async fill(): Promise<boolean> {
    if (this.ended) return false;
    for (;;) {
      const next = this.ahead ?? this.reader.read();
      this.ahead = null;
      const { done, value } = await next;
      if (done) {
        this.ended = true;
        this.current = EMPTY;
        this.offset = 0;
        if (this.received !== this.size) throw new BlobReadError();
        return false;
      }
      this.received += value.length;
      if (this.received > this.size) throw new BlobReadError();
      if (value.length === 0) continue;
      this.current = value;
      this.offset = 0;
      // Ask for the piece after this one now, so the browser reads while the caller computes.
      const ahead = this.reader.read();
      // A read ahead that fails is reported by the next fill(); until then it is not "unhandled".
      ahead.catch(() => undefined);
      this.ahead = ahead;
      return true;
    }
  }
}
