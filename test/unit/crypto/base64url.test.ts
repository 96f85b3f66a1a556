import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../../crypto/base64url';
import { BadBase64Error } from '../../../crypto/errors';
import { expectCryptoError, patternBytes } from './fixtures';

describe('base64url', () => {
  it('matches RFC 4648 test vectors without padding', () => {
    const cases: [string, string][] = [
      ['', ''],
      ['f', 'Zg'],
      ['fo', 'Zm8'],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg'],
      ['fooba', 'Zm9vYmE'],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [plain, encoded] of cases) {
      expect(toBase64Url(new TextEncoder().encode(plain))).toBe(encoded);
      expect(new TextDecoder().decode(fromBase64Url(encoded))).toBe(plain);
    }
  });

  it('uses the URL-safe alphabet', () => {
    expect(toBase64Url(Uint8Array.of(0xfb, 0xff, 0xbf))).toBe('-_-_');
    expect(fromBase64Url('-_-_')).toEqual(Uint8Array.of(0xfb, 0xff, 0xbf));
  });

  it('round-trips every length from 0 to 300', () => {
    for (let n = 0; n <= 300; n++) {
      const bytes = patternBytes(n, n + 1);
      expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    }
  });

  it.each([
    ['padding', 'Zg=='],
    ['standard alphabet plus', 'ab+c'],
    ['standard alphabet slash', 'ab/c'],
    ['whitespace', 'Zm9v Yg'],
    ['newline', 'Zm9v\nYg'],
    ['impossible length', 'Zm9vY'],
    ['non-ASCII', 'Zm9vé'],
    ['non-canonical trailing bits', 'Zh'],
    ['non-canonical trailing bits (2 bytes)', 'Zm9'],
  ])('rejects %s with BadBase64Error', (_name, text) => {
    expectCryptoError(() => fromBase64Url(text), BadBase64Error, 'bad_base64');
  });

  it('rejects a decoded value of the wrong length when a length is expected', () => {
    expectCryptoError(() => fromBase64Url(toBase64Url(new Uint8Array(31)), 32), BadBase64Error, 'bad_base64');
    expect(fromBase64Url(toBase64Url(new Uint8Array(32)), 32)).toHaveLength(32);
  });
});
