import { beforeAll, describe, expect, it } from 'vitest';
import { BadChecksumError, BadFormatError } from '../../../crypto/errors';
import { decodeRecoveryKey, deriveRecoverySecrets, encodeRecoveryKey, generateRecoveryKey } from '../../../crypto/recovery-key';
import { ready } from '../../../crypto/sodium';
import { expectCryptoError, patternBytes } from './fixtures';

beforeAll(ready);

describe('recovery key', () => {
  it('is shown as 14 groups of 4 Crockford base32 symbols and reads back', () => {
    for (let i = 0; i < 50; i++) {
      const key = i === 0 ? generateRecoveryKey() : patternBytes(32, i);
      const text = encodeRecoveryKey(key);
      expect(text).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){13}$/);
      expect(decodeRecoveryKey(text)).toEqual(key);
    }
  });

  it('reads lower case, spaces instead of dashes, and O/I/L for 0/1/1', () => {
    const key = patternBytes(32, 77);
    const text = encodeRecoveryKey(key);
    const sloppy = text.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(decodeRecoveryKey(`  ${sloppy}\n`)).toEqual(key);
  });

  it('catches every single-symbol typo with its checksum', () => {
    const text = encodeRecoveryKey(patternBytes(32, 5)).replace(/-/g, '');
    for (let i = 0; i < text.length; i++) {
      const replacement = text[i] === 'A' ? 'B' : 'A';
      const typo = text.slice(0, i) + replacement + text.slice(i + 1);
      expectCryptoError(() => decodeRecoveryKey(typo), BadChecksumError, 'bad_checksum');
    }
  });

  it('catches swapped symbols', () => {
    const text = encodeRecoveryKey(patternBytes(32, 6)).replace(/-/g, '');
    const i = [...text].findIndex((c, j) => c !== text[j + 1]);
    const swapped = text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
    expectCryptoError(() => decodeRecoveryKey(swapped), BadChecksumError, 'bad_checksum');
  });

  it('rejects a wrong length or characters outside the alphabet', () => {
    const text = encodeRecoveryKey(patternBytes(32, 7));
    expectCryptoError(() => decodeRecoveryKey(text.slice(0, -1)), BadFormatError, 'bad_format');
    expectCryptoError(() => decodeRecoveryKey(`${text}A`), BadFormatError, 'bad_format');
    expectCryptoError(() => decodeRecoveryKey(`U${text.slice(1)}`), BadFormatError, 'bad_format');
  });

  it('derives a wrapping key and login secret that differ from each other and from the key', () => {
    const key = patternBytes(32, 8);
    const secrets = deriveRecoverySecrets(key);
    expect(secrets.wrappingKey).not.toEqual(secrets.loginSecret);
    expect(secrets.wrappingKey).not.toEqual(key);
    expect(deriveRecoverySecrets(key)).toEqual(secrets);
  });
});
