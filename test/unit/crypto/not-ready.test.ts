// This file never calls ready(): vitest gives each test file a fresh module graph, so libsodium
// is uninitialised here and every function that needs it must refuse to run.
import { describe, expect, it } from 'vitest';
import * as crypto from '../../../crypto/index';
import { CryptoNotReadyError } from '../../../crypto/errors';
import { derivePassphraseSecrets, generateProsecutorKeys, newArgon2idParams } from '../../../crypto/prosecutor-keys';
import { expectCryptoError, patternBytes } from './fixtures';

describe('before ready()', () => {
  it('reports not ready', () => {
    expect(crypto.isReady()).toBe(false);
  });

  it.each([
    ['generateCaseEntropy', () => crypto.generateCaseEntropy()],
    ['deriveCaseKeys', () => crypto.deriveCaseKeys(patternBytes(16))],
    ['createChallenge', () => crypto.createChallenge(patternBytes(32), 1)],
    ['generateContentKey', () => crypto.generateContentKey()],
    ['encryptEnvelope', () => crypto.encryptEnvelope(patternBytes(32), new Uint8Array(1), { caseId: patternBytes(32), purpose: 'tip' })],
    ['sealContentKey', () => crypto.sealContentKey(patternBytes(32), patternBytes(32), patternBytes(32))],
    ['envelopeHash', () => crypto.envelopeHash(new Uint8Array(1))],
    ['createFileEncryptor', () => crypto.createFileEncryptor(patternBytes(32), { caseId: patternBytes(32), fileId: patternBytes(16) })],
    ['fingerprint', () => crypto.fingerprint(patternBytes(32))],
    ['hashLoginSecret', () => crypto.hashLoginSecret(patternBytes(32))],
    ['generateProsecutorKeys', () => generateProsecutorKeys()],
    ['newArgon2idParams', () => newArgon2idParams()],
    [
      'derivePassphraseSecrets',
      () => derivePassphraseSecrets('x', { algorithm: 'argon2id13', opsLimit: 2, memLimitBytes: 64 * 1024 * 1024, salt: patternBytes(16) }),
    ],
  ])('%s throws CryptoNotReadyError', (_name, run) => {
    expectCryptoError(run, CryptoNotReadyError, 'not_ready');
  });

  it('still parses a case code, which needs no libsodium', () => {
    const parsed = crypto.parseCaseCode('legal winner thank year wave sausage worth useful legal winner thank yellow');
    expect(parsed.language).toBe('en');
  });
});
