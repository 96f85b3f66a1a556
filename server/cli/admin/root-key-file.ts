// The instance root key file: small versioned JSON, mode 0600, kept offline by the operator.
//   {"kind":"thicket-root-key","version":1,"publicKey":"<b64u 32>","secretKey":"<b64u 64>"}
// secretKey is libsodium's Ed25519 secret key (seed then public key). Whoever holds this file
// can certify agencies, so it is written atomically, never over an existing file unless asked,
// and read strictly.
import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, linkSync, openSync, readSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { constantTimeEqual, fromBase64Url, toBase64Url } from '../../../crypto/index';
import { CommandError } from './errors';

export const ROOT_KEY_FILE_KIND = 'thicket-root-key';
export const ROOT_KEY_FILE_VERSION = 1;
/** A root key file is about 200 bytes; anything much larger is not one. */
const MAX_FILE_BYTES = 4096;

export interface RootKey {
  /** Ed25519 public key, 32 bytes. */
  readonly publicKey: Uint8Array;
  /** libsodium Ed25519 secret key, 64 bytes (seed || public key). */
  readonly secretKey: Uint8Array;
}

export interface LoadedRootKey extends RootKey {
  /** Other local users can read the file: it should be mode 0600. */
  readonly tooOpen: boolean;
  readonly mode: number;
}

export function encodeRootKeyFile(key: RootKey): string {
  return `${JSON.stringify({
    kind: ROOT_KEY_FILE_KIND,
    version: ROOT_KEY_FILE_VERSION,
    publicKey: toBase64Url(key.publicKey),
    secretKey: toBase64Url(key.secretKey),
  })}\n`;
}

function errnoCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : 'error';
}

function describeFsError(action: string, path: string, error: unknown): CommandError {
  const code = errnoCode(error);
  const reason =
    code === 'ENOENT' ? 'no such file or folder'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'EISDIR' ? 'it is a folder'
    : code === 'ENOTDIR' ? 'a part of the path is not a folder'
    : code === 'ENOSPC' ? 'the disk is full'
    : code;
  return new CommandError(`cannot ${action} ${path}: ${reason}`);
}

/**
 * Writes the key file with mode 0600, atomically: the content goes to a temporary file in the
 * same folder, is flushed, then linked into place (refused if `path` exists) or, with
 * `overwrite`, renamed over it. A crash never leaves a half-written key file.
 */
export function writeRootKeyFile(path: string, key: RootKey, options: { readonly overwrite: boolean }): void {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number;
  try {
    fd = openSync(temporary, 'wx', 0o600);
  } catch (error) {
    throw describeFsError('write', path, error);
  }
  try {
    try {
      writeSync(fd, encodeRootKeyFile(key));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.overwrite) {
      renameSync(temporary, path);
    } else {
      try {
        linkSync(temporary, path);
      } catch (error) {
        if (errnoCode(error) === 'EEXIST') {
          throw new CommandError(`${path} already exists: refusing to overwrite a root key (use --force only if you mean to replace the instance root, which invalidates every agency certificate)`);
        }
        throw error;
      }
      unlinkSync(temporary);
    }
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // already renamed or never created
    }
    if (error instanceof CommandError) throw error;
    throw describeFsError('write', path, error);
  }
}

function readSmallFile(path: string): { text: string; mode: number } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw describeFsError('read the root key file', path, error);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new CommandError(`${path} is not a root key file (not a regular file)`);
    if (stats.size > MAX_FILE_BYTES) throw new CommandError(`${path} is not a root key file (too large)`);
    const buffer = Buffer.alloc(MAX_FILE_BYTES + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > MAX_FILE_BYTES) throw new CommandError(`${path} is not a root key file (too large)`);
    }
    const text = buffer.subarray(0, length).toString('utf8');
    buffer.fill(0);
    return { text, mode: stats.mode & 0o777 };
  } catch (error) {
    if (error instanceof CommandError) throw error;
    throw describeFsError('read the root key file', path, error);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads and checks a root key file: exactly the four fields, kind and version 1, canonical
 * base64url keys of 32 and 64 bytes, and a secret key whose public half is the public key.
 * Throws CommandError saying what is wrong (never echoing the content).
 */
export function readRootKeyFile(path: string): LoadedRootKey {
  const { text, mode } = readSmallFile(path);
  const bad = (why: string): CommandError => new CommandError(`${path} is not a Thicket root key file: ${why}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw bad('not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw bad('not a JSON object');
  const record = parsed as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  if (keys.join(',') !== 'kind,publicKey,secretKey,version') throw bad('unexpected fields');
  if (record['kind'] !== ROOT_KEY_FILE_KIND) throw bad(`kind is not "${ROOT_KEY_FILE_KIND}"`);
  if (record['version'] !== ROOT_KEY_FILE_VERSION) throw bad(`unsupported version (this tool reads version ${String(ROOT_KEY_FILE_VERSION)})`);
  const publicText = record['publicKey'];
  const secretText = record['secretKey'];
  if (typeof publicText !== 'string' || typeof secretText !== 'string') throw bad('keys must be text');
  let publicKey: Uint8Array;
  let secretKey: Uint8Array;
  try {
    publicKey = fromBase64Url(publicText, 32);
    secretKey = fromBase64Url(secretText, 64);
  } catch {
    throw bad('a key is not canonical base64url of the right length');
  }
  if (!constantTimeEqual(secretKey.subarray(32), publicKey)) throw bad('the secret key does not belong to the public key');
  return { publicKey, secretKey, mode, tooOpen: (mode & 0o077) !== 0 };
}
