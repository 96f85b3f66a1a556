import { beforeAll, describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../crypto/base64url';
import { deriveCaseKeys, signingKeyPairFromSeed, type CaseKeys, type SigningKeyPair } from '../../../crypto/case-keys';
import {
  BadBase64Error,
  BadFormatError,
  BadSignatureError,
  InvalidArgumentError,
  UnsupportedVersionError,
} from '../../../crypto/errors';
import {
  proveAuthorship,
  signReceipt,
  verifyAuthorship,
  verifyReceipt,
  verifyReceiptCoversTip,
  type Receipt,
} from '../../../crypto/receipt';
import { decodeReceipt, encodeReceipt } from '../../../crypto/receipt-file';
import { ready } from '../../../crypto/sodium';
import { envelopeHash } from '../../../crypto/thread';
import { expectCryptoError, flipped, patternBytes } from './fixtures';

let server: SigningKeyPair;
let otherServer: SigningKeyPair;
let holder: CaseKeys;
let other: CaseKeys;
let tip: Uint8Array;
let receipt: Receipt;

beforeAll(async () => {
  await ready();
  server = signingKeyPairFromSeed(patternBytes(32, 1));
  otherServer = signingKeyPairFromSeed(patternBytes(32, 2));
  holder = deriveCaseKeys(patternBytes(16, 3));
  other = deriveCaseKeys(patternBytes(16, 4));
  tip = patternBytes(1065, 5);
  receipt = signReceipt({ casePublicKey: holder.signing.publicKey, tipCiphertext: tip, day: '2026-11-03' }, server.secretKey);
});

describe('submission receipt', () => {
  it('verifies under the server key and covers the tip ciphertext', () => {
    expect(receipt.tipHash).toEqual(envelopeHash(tip));
    expect(receipt.serverPublicKey).toEqual(server.publicKey);
    expect(() => verifyReceipt(receipt, server.publicKey)).not.toThrow();
    expect(() => verifyReceiptCoversTip(receipt, tip)).not.toThrow();
    expectCryptoError(() => verifyReceiptCoversTip(receipt, flipped(tip, 0)), BadSignatureError, 'bad_signature');
  });

  it('rejects another server key, even when the receipt names that key', () => {
    expectCryptoError(() => verifyReceipt(receipt, otherServer.publicKey), BadSignatureError, 'bad_signature');
    const renamed = { ...receipt, serverPublicKey: otherServer.publicKey };
    expectCryptoError(() => verifyReceipt(renamed, otherServer.publicKey), BadSignatureError, 'bad_signature');
  });

  it('rejects any changed field', () => {
    const changes: Partial<Receipt>[] = [
      { casePublicKey: other.signing.publicKey },
      { tipHash: flipped(receipt.tipHash, 0) },
      { day: '2026-11-04' },
      { signature: flipped(receipt.signature, 10) },
    ];
    for (const change of changes) {
      expectCryptoError(() => verifyReceipt({ ...receipt, ...change }, server.publicKey), BadSignatureError, 'bad_signature');
    }
  });

  it('refuses to sign a day that is not a calendar date', () => {
    for (const day of ['2026-02-30', '2026-13-01', '26-11-03', '2026-11-03T00:00', '']) {
      expectCryptoError(
        () => signReceipt({ casePublicKey: holder.signing.publicKey, tipCiphertext: tip, day }, server.secretKey),
        BadFormatError,
        'bad_format',
      );
    }
  });
});

describe('receipt file', () => {
  it('round-trips through its JSON text', () => {
    const text = encodeReceipt(receipt);
    expect(JSON.parse(text)).toMatchObject({ type: 'thicket-receipt', version: 1, day: '2026-11-03' });
    const decoded = decodeReceipt(text);
    expect(decoded).toEqual(receipt);
    expect(() => verifyReceipt(decoded, server.publicKey)).not.toThrow();
  });

  it('rejects extra or missing fields, wrong types, bad days and non-JSON', () => {
    const object = JSON.parse(encodeReceipt(receipt)) as Record<string, unknown>;
    const bad: string[] = [
      JSON.stringify({ ...object, extra: 1 }),
      JSON.stringify({ ...object, day: undefined }),
      JSON.stringify({ ...object, day: '2026-02-30' }),
      JSON.stringify({ ...object, type: 'thicket-certificate' }),
      JSON.stringify({ ...object, casePublicKey: 42 }),
      JSON.stringify([object]),
      'not json',
      'x'.repeat(20_000),
    ];
    for (const text of bad) expectCryptoError(() => decodeReceipt(text), BadFormatError, 'bad_format');
  });

  it('rejects bad base64url and wrong field lengths', () => {
    const object = JSON.parse(encodeReceipt(receipt)) as Record<string, string>;
    expectCryptoError(() => decodeReceipt(JSON.stringify({ ...object, tipHash: `${object.tipHash}=` })), BadBase64Error, 'bad_base64');
    expectCryptoError(
      () => decodeReceipt(JSON.stringify({ ...object, tipHash: toBase64Url(new Uint8Array(31)) })),
      BadBase64Error,
      'bad_base64',
    );
  });

  it('rejects another version', () => {
    const object = JSON.parse(encodeReceipt(receipt)) as Record<string, unknown>;
    expectCryptoError(() => decodeReceipt(JSON.stringify({ ...object, version: 2 })), UnsupportedVersionError, 'unsupported_version');
  });
});

describe('proof of authorship', () => {
  it('accepts a proof by the case key over the verifier’s challenge', () => {
    const challenge = patternBytes(32, 9);
    const proof = proveAuthorship(receipt, challenge, holder.signing.secretKey);
    expect(() => verifyAuthorship(receipt, challenge, proof, server.publicKey)).not.toThrow();
  });

  it('rejects a proof replayed for another challenge', () => {
    const proof = proveAuthorship(receipt, patternBytes(32, 9), holder.signing.secretKey);
    expectCryptoError(() => verifyAuthorship(receipt, patternBytes(32, 10), proof, server.publicKey), BadSignatureError, 'bad_signature');
  });

  it('rejects a proof made by another case key', () => {
    const challenge = patternBytes(32, 9);
    const forgedReceipt = { ...receipt, casePublicKey: other.signing.publicKey };
    expectCryptoError(() => proveAuthorship(receipt, challenge, other.signing.secretKey), InvalidArgumentError, 'invalid_argument');
    const proof = proveAuthorship(forgedReceipt, challenge, other.signing.secretKey);
    expectCryptoError(() => verifyAuthorship(receipt, challenge, proof, server.publicKey), BadSignatureError, 'bad_signature');
    expectCryptoError(() => verifyAuthorship(forgedReceipt, challenge, proof, server.publicKey), BadSignatureError, 'bad_signature');
  });

  it('rejects a proof for a receipt the trusted server did not sign', () => {
    const foreign = signReceipt({ casePublicKey: holder.signing.publicKey, tipCiphertext: tip, day: '2026-11-03' }, otherServer.secretKey);
    const challenge = patternBytes(32, 9);
    const proof = proveAuthorship(foreign, challenge, holder.signing.secretKey);
    expectCryptoError(() => verifyAuthorship(foreign, challenge, proof, server.publicKey), BadSignatureError, 'bad_signature');
  });

  it('requires a challenge of 16 to 64 bytes', () => {
    expectCryptoError(() => proveAuthorship(receipt, new Uint8Array(15), holder.signing.secretKey), InvalidArgumentError, 'invalid_argument');
    expectCryptoError(() => proveAuthorship(receipt, new Uint8Array(65), holder.signing.secretKey), InvalidArgumentError, 'invalid_argument');
  });
});
