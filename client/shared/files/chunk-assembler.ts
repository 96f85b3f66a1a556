// Cuts a downloaded byte stream (network pieces of any size) into the stored file's parts: the
// 24-byte header, then whole 65,553-byte ciphertext chunks. Pure; copies each part once.
import { FILE_CIPHER_CHUNK_BYTES, FILE_HEADER_BYTES } from '../../../crypto/index';

export class ChunkAssembler {
  private header: Uint8Array | null = null;
  private current: Uint8Array = new Uint8Array(FILE_HEADER_BYTES);
  private filled = 0;

  /** Feeds the next piece; returns the header (once, when complete) and every completed chunk. */
  push(piece: Uint8Array): { readonly header: Uint8Array | null; readonly chunks: Uint8Array[] } {
    let headerOut: Uint8Array | null = null;
    const chunks: Uint8Array[] = [];
    let offset = 0;
    while (offset < piece.length) {
      const take = Math.min(this.current.length - this.filled, piece.length - offset);
      this.current.set(piece.subarray(offset, offset + take), this.filled);
      this.filled += take;
      offset += take;
      if (this.filled < this.current.length) break;
      if (this.header === null) {
        this.header = this.current;
        headerOut = this.current;
      } else {
        chunks.push(this.current);
      }
      this.current = new Uint8Array(FILE_CIPHER_CHUNK_BYTES);
      this.filled = 0;
    }
    return { header: headerOut, chunks };
  }

  /** True when the stream ended on a part boundary after the header. */
  get complete(): boolean {
    return this.header !== null && this.filled === 0;
  }
}
