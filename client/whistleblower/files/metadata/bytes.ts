// Bounds-checked byte reading for the format parsers. Every read past the end throws
// UnreadableFileError, so a truncated file can never be read as zeros or undefined.
import { UnreadableFileError } from './errors';

export function byteAt(bytes: Uint8Array, offset: number): number {
  const value = bytes[offset];
  if (value === undefined) throw new UnreadableFileError(`read past the end at ${offset}`);
  return value;
}

export function readUint16BE(bytes: Uint8Array, offset: number): number {
  return (byteAt(bytes, offset) << 8) | byteAt(bytes, offset + 1);
}

export function readUint32BE(bytes: Uint8Array, offset: number): number {
  return readUint16BE(bytes, offset) * 0x10000 + readUint16BE(bytes, offset + 2);
}

export function readUint32LE(bytes: Uint8Array, offset: number): number {
  return (
    byteAt(bytes, offset) +
    byteAt(bytes, offset + 1) * 0x100 +
    byteAt(bytes, offset + 2) * 0x10000 +
    byteAt(bytes, offset + 3) * 0x1000000
  );
}

export function writeUint32LE(target: Uint8Array, offset: number, value: number): void {
  new DataView(target.buffer, target.byteOffset, target.byteLength).setUint32(offset, value, true);
}

/** True when `bytes` holds the ASCII `text` at `offset` (false when it would run past the end). */
export function hasAsciiAt(bytes: Uint8Array, offset: number, text: string): boolean {
  if (offset < 0 || offset + text.length > bytes.length) return false;
  for (let index = 0; index < text.length; index += 1) {
    if (bytes[offset + index] !== text.charCodeAt(index)) return false;
  }
  return true;
}

/** `length` bytes at `offset` as Latin-1 text (for four-character codes and keywords). */
export function asciiAt(bytes: Uint8Array, offset: number, length: number): string {
  if (offset < 0 || offset + length > bytes.length) throw new UnreadableFileError(`read past the end at ${offset}`);
  let text = '';
  for (let index = 0; index < length; index += 1) text += String.fromCharCode(bytes[offset + index] ?? 0);
  return text;
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

/** True when every byte is zero (padding some writers leave after the end of an image). */
export function allZero(bytes: Uint8Array): boolean {
  for (const value of bytes) if (value !== 0) return false;
  return true;
}

/** Index of the first occurrence of the ASCII `needle` at or after `from`, or -1. Linear in practice. */
export function indexOfAscii(bytes: Uint8Array, needle: string, from = 0): number {
  const first = needle.charCodeAt(0);
  let index = bytes.indexOf(first, from);
  while (index !== -1 && index + needle.length <= bytes.length) {
    if (hasAsciiAt(bytes, index, needle)) return index;
    index = bytes.indexOf(first, index + 1);
  }
  return -1;
}
