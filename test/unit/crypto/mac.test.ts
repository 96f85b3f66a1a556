// Server MACs (crypto/mac.ts, docs/PROTOCOL.md §17): known-answer vectors, re-derived with an
// independent keyed BLAKE2b (@noble/hashes), and the must-fail cases.
import { blake2b } from '@noble/hashes/blake2.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { BadMacError, InvalidArgumentError } from '../../../crypto/errors';
import { MAC_BYTES, MAC_PURPOSES, mac, macInput, verifyMac, type MacPurpose } from '../../../crypto/mac';
import { ready } from '../../../crypto/sodium';
import { expectCryptoError, flipped, fromHex, hex } from './fixtures';

const KEY = Uint8Array.from({ length: 32 }, (_, i) => i);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Pinned: a change here is a change of the server's token formats. */
const VECTORS: readonly { purpose: MacPurpose; message: Uint8Array; tag: string }[] = [
  {
    purpose: 'challenge',
    message: Uint8Array.from({ length: 72 }, (_, i) => (i * 7) & 0xff),
    tag: 'e7b94b37f3e2a11a8c22cd42dd4793ce39992af5060f1b7b353e6680f6611271',
  },
  {
    purpose: 'case-session',
    message: Uint8Array.from({ length: 40 }, (_, i) => 255 - i),
    tag: '88e16fbc9a01ea39c57a571b0f13cd2e223ccfb4119738b73947bc971fa791cc',
  },
  {
    purpose: 'username-salt',
    message: utf8('alice.example'),
    tag: '1ee97110a8ad82982cf9ba35b67ca90bf1cbce03530e0abf85d5a60a399a760b',
  },
];

/** The layout of PROTOCOL.md §17, written out independently of crypto/. */
function referenceMac(key: Uint8Array, purpose: string, message: Uint8Array): Uint8Array {
  const labelBytes = utf8('thicket/v1/server-mac\0');
  const purposeBytes = utf8(purpose);
  const input = new Uint8Array([...labelBytes, purposeBytes.length, ...purposeBytes, ...message]);
  return blake2b(input, { key, dkLen: 32 });
}

beforeAll(ready);

describe('server MAC vectors', () => {
  it('matches the pinned tags and an independent keyed BLAKE2b', () => {
    for (const vector of VECTORS) {
      const tag = mac(KEY, vector.purpose, vector.message);
      expect(hex(tag)).toBe(vector.tag);
      expect(hex(referenceMac(KEY, vector.purpose, vector.message))).toBe(vector.tag);
      expect(() => verifyMac(KEY, vector.purpose, vector.message, fromHex(vector.tag))).not.toThrow();
    }
  });

  it('hashes the label, the length-prefixed purpose, then the message', () => {
    const input = macInput('challenge', Uint8Array.of(1, 2));
    expect(new TextDecoder().decode(input.subarray(0, 22))).toBe('thicket/v1/server-mac\0');
    expect(input[22]).toBe('challenge'.length);
    expect(new TextDecoder().decode(input.subarray(23, 32))).toBe('challenge');
    expect([...input.subarray(32)]).toEqual([1, 2]);
  });

  it('covers every documented purpose, with distinct tags for the same message', () => {
    expect([...MAC_PURPOSES]).toEqual(['challenge', 'case-session', 'username-salt']);
    const tags = MAC_PURPOSES.map((purpose) => hex(mac(KEY, purpose, Uint8Array.of(9))));
    expect(new Set(tags).size).toBe(MAC_PURPOSES.length);
    for (const tag of tags) expect(tag).toHaveLength(MAC_BYTES * 2);
  });
});

describe('server MAC must-fail cases', () => {
  const message = Uint8Array.from({ length: 72 }, (_, i) => i);
  let tag: Uint8Array;
  beforeAll(() => {
    tag = mac(KEY, 'challenge', message);
  });

  it('rejects a tag with any bit flipped', () => {
    for (const index of [0, 15, 31]) {
      expectCryptoError(() => verifyMac(KEY, 'challenge', message, flipped(tag, index)), BadMacError, 'bad_mac');
    }
  });

  it('rejects any change to the message, including a longer or shorter one', () => {
    expectCryptoError(() => verifyMac(KEY, 'challenge', flipped(message, 40), tag), BadMacError, 'bad_mac');
    expectCryptoError(() => verifyMac(KEY, 'challenge', message.subarray(0, 71), tag), BadMacError, 'bad_mac');
    expectCryptoError(() => verifyMac(KEY, 'challenge', new Uint8Array([...message, 0]), tag), BadMacError, 'bad_mac');
  });

  it('rejects the tag under another purpose or another key', () => {
    expectCryptoError(() => verifyMac(KEY, 'case-session', message, tag), BadMacError, 'bad_mac');
    expectCryptoError(() => verifyMac(flipped(KEY, 0), 'challenge', message, tag), BadMacError, 'bad_mac');
  });

  it('rejects truncated, extended, empty and non-byte tags', () => {
    for (const bad of [tag.subarray(0, 16), new Uint8Array([...tag, 0]), new Uint8Array(0), new Uint8Array(32)]) {
      expectCryptoError(() => verifyMac(KEY, 'challenge', message, bad), BadMacError, 'bad_mac');
    }
    expectCryptoError(() => verifyMac(KEY, 'challenge', message, hex(tag) as unknown as Uint8Array), BadMacError, 'bad_mac');
  });

  it('refuses keys that are not 32 bytes and purposes that are not documented', () => {
    expectCryptoError(() => mac(new Uint8Array(16), 'challenge', message), InvalidArgumentError, 'invalid_argument');
    expectCryptoError(() => mac(new Uint8Array(33), 'challenge', message), InvalidArgumentError, 'invalid_argument');
    expectCryptoError(() => mac(KEY, 'login' as MacPurpose, message), InvalidArgumentError, 'invalid_argument');
    expectCryptoError(() => verifyMac(KEY, '' as MacPurpose, message, tag), InvalidArgumentError, 'invalid_argument');
    expectCryptoError(() => mac(KEY, 'challenge', 'text' as unknown as Uint8Array), InvalidArgumentError, 'invalid_argument');
  });
});
