// Strict parsing for the small JSON files of the protocol (receipts, certificates, wrapped keys):
// exactly the expected keys, exactly the expected types, nothing else. A lenient parser would
// let two different texts mean the same object, or let unknown fields ride along.
import { fromBase64Url } from './base64url';
import { BadFormatError, UnsupportedVersionError } from './errors';

export const MAX_JSON_TEXT = 16 * 1024;

export type JsonObject = Readonly<Record<string, unknown>>;

/** Parses `text` as one JSON object with exactly `keys`, whose `type` field equals `type`. */
export function parseStrictObject(text: string, type: string, keys: readonly string[]): JsonObject {
  if (typeof text !== 'string' || text.length > MAX_JSON_TEXT) throw new BadFormatError(`${type}: not a small text`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BadFormatError(`${type}: not JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new BadFormatError(`${type}: not a JSON object`);
  }
  const object = value as JsonObject;
  const present = Object.keys(object).sort();
  const expected = [...keys].sort();
  if (present.length !== expected.length || present.some((k, i) => k !== expected[i])) {
    throw new BadFormatError(`${type}: unexpected or missing fields`);
  }
  if (object.type !== type) throw new BadFormatError(`not a ${type}`);
  if (object.version !== 1) {
    if (typeof object.version === 'number' && Number.isInteger(object.version)) {
      throw new UnsupportedVersionError(object.version);
    }
    throw new BadFormatError(`${type}: bad version`);
  }
  return object;
}

export function bytesField(object: JsonObject, key: string, length: number): Uint8Array {
  const value = object[key];
  if (typeof value !== 'string') throw new BadFormatError(`${key} must be base64url text`);
  return fromBase64Url(value, length);
}

export function stringField(object: JsonObject, key: string): string {
  const value = object[key];
  if (typeof value !== 'string') throw new BadFormatError(`${key} must be a string`);
  return value;
}

export function integerField(object: JsonObject, key: string): number {
  const value = object[key];
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new BadFormatError(`${key} must be a non-negative integer`);
  }
  return value;
}
