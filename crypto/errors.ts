// Every failure in crypto/ is a CryptoError with a stable `code`, so callers branch on the code
// (or the class) and never on message text. Messages never contain key material, plaintext or
// case-code words: they may end up in logs.

export type CryptoErrorCode =
  | 'not_ready'
  | 'invalid_argument'
  | 'bad_format'
  | 'bad_base64'
  | 'unsupported_version'
  | 'decrypt_failed'
  | 'bad_padding'
  | 'too_large'
  | 'bad_signature'
  | 'wrong_case'
  | 'challenge_expired'
  | 'wrong_word_count'
  | 'unknown_word'
  | 'bad_checksum'
  | 'ambiguous_language'
  | ThreadIntegrityReason
  | 'stream_truncated'
  | 'stream_bad_chunk'
  | 'weak_kdf_params'
  | 'excessive_kdf_params'
  | 'login_failed'
  | 'key_mismatch'
  | 'chain_broken'
  | 'bad_mac';

export class CryptoError extends Error {
  readonly code: CryptoErrorCode;

  constructor(code: CryptoErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = new.target.name;
  }
}

/** A synchronous function was called before `ready()` resolved. */
export class CryptoNotReadyError extends CryptoError {
  constructor(entryPoint = 'ready()') {
    super('not_ready', `libsodium is not initialised: await ${entryPoint} first`);
  }
}

/** The caller passed something malformed (wrong key length, bad option). A bug, not an attack. */
export class InvalidArgumentError extends CryptoError {
  constructor(message: string) {
    super('invalid_argument', message);
  }
}

/** Bytes or text from outside do not follow the protocol's layout. */
export class BadFormatError extends CryptoError {
  constructor(message: string) {
    super('bad_format', message);
  }
}

/** Text that should be unpadded base64url (RFC 4648 §5) is not. */
export class BadBase64Error extends CryptoError {
  constructor(message: string) {
    super('bad_base64', message);
  }
}

/** The object carries a protocol version this code does not implement. */
export class UnsupportedVersionError extends CryptoError {
  readonly version: number;

  constructor(version: number) {
    super('unsupported_version', `unsupported protocol version ${version}`);
    this.version = version;
  }
}

/**
 * Authenticated decryption failed: wrong key, wrong associated data (case, purpose, file),
 * or modified bytes. These causes are indistinguishable by design.
 */
export class DecryptError extends CryptoError {
  constructor(message = 'decryption failed: wrong key, wrong context or modified data') {
    super('decrypt_failed', message);
  }
}

/** Authenticated plaintext does not end in valid padding (only the key holder can cause this). */
export class BadPaddingError extends CryptoError {
  constructor(message = 'invalid padding') {
    super('bad_padding', message);
  }
}

/** Input exceeds a documented protocol maximum. */
export class TooLargeError extends CryptoError {
  readonly limit: number;

  constructor(message: string, limit: number) {
    super('too_large', message);
    this.limit = limit;
  }
}

/** An Ed25519 signature does not verify for the given key and message. */
export class BadSignatureError extends CryptoError {
  constructor(message = 'signature does not verify') {
    super('bad_signature', message);
  }
}

/** The object decrypted or parsed correctly but belongs to another case. */
export class WrongCaseError extends CryptoError {
  constructor(message = 'object belongs to another case') {
    super('wrong_case', message);
  }
}

/** A login challenge was answered at or after its expiry time. */
export class ChallengeExpiredError extends CryptoError {
  constructor() {
    super('challenge_expired', 'challenge has expired');
  }
}

/** A case code does not have 12 words. `found` is safe to show: it reveals no word. */
export class WrongWordCountError extends CryptoError {
  readonly found: number;
  readonly expected: number;

  constructor(found: number, expected: number) {
    super('wrong_word_count', `expected ${expected} words, found ${found}`);
    this.found = found;
    this.expected = expected;
  }
}

/**
 * A word of a case code is in no word list. `position` is 1-based. `suggestion` is the closest
 * list word when one is clearly meant; it is part of a secret, so it is kept out of the message
 * and is not enumerable (JSON.stringify and log serialisers skip it). Show it to the user only.
 */
export class UnknownWordError extends CryptoError {
  readonly position: number;
  declare readonly suggestion: string | undefined;

  constructor(position: number, suggestion: string | undefined) {
    super('unknown_word', `word ${position} is not in the word list`);
    this.position = position;
    Object.defineProperty(this, 'suggestion', { value: suggestion, enumerable: false });
  }
}

/** A checksum does not match: a word or character is wrong, or two were swapped. */
export class BadChecksumError extends CryptoError {
  constructor(message = 'checksum mismatch: one of the words is wrong or two are swapped') {
    super('bad_checksum', message);
  }
}

/** The case code is valid in several word lists with different meanings; ask for the language. */
export class AmbiguousLanguageError extends CryptoError {
  readonly candidates: readonly string[];

  constructor(candidates: readonly string[]) {
    super('ambiguous_language', `case code is valid in several languages: ${candidates.join(', ')}`);
    this.candidates = candidates;
  }
}

export type ThreadIntegrityReason =
  | 'bad_signature'
  | 'chain_broken'
  | 'seq_gap'
  | 'unknown_author'
  | 'wrong_case'
  | 'rolled_back';

/**
 * A message thread failed verification. `index` is the first offending position in the list
 * given (for 'rolled_back': the length the client had already seen). `code` equals `reason`.
 */
export class ThreadIntegrityError extends CryptoError {
  readonly index: number;
  readonly reason: ThreadIntegrityReason;

  constructor(index: number, reason: ThreadIntegrityReason) {
    super(reason, `thread integrity check failed at message ${index}: ${reason}`);
    this.index = index;
    this.reason = reason;
  }
}

/** The file stream ended without its FINAL chunk (truncated upload or download). */
export class StreamTruncatedError extends CryptoError {
  constructor() {
    super('stream_truncated', 'file stream ended before its final chunk');
  }
}

export type StreamChunkProblem =
  | 'auth_failed'
  | 'bad_size'
  | 'bad_tag'
  | 'bad_padding'
  | 'after_final'
  | 'after_error';

/** A file-stream chunk is forged, reordered, duplicated, from another file, or out of place. */
export class StreamChunkError extends CryptoError {
  readonly problem: StreamChunkProblem;
  readonly chunkIndex: number;

  constructor(chunkIndex: number, problem: StreamChunkProblem) {
    super('stream_bad_chunk', `file chunk ${chunkIndex} rejected: ${problem}`);
    this.problem = problem;
    this.chunkIndex = chunkIndex;
  }
}

/** Argon2id parameters below the protocol floor: refusing keeps brute force expensive. */
export class WeakKdfParamsError extends CryptoError {
  constructor(message: string) {
    super('weak_kdf_params', message);
  }
}

/** Argon2id parameters above the ceiling: a hostile server could otherwise exhaust the browser. */
export class ExcessiveKdfParamsError extends CryptoError {
  constructor(message: string) {
    super('excessive_kdf_params', message);
  }
}

/** A presented login secret does not match the stored hash. */
export class LoginFailedError extends CryptoError {
  constructor() {
    super('login_failed', 'login secret does not match');
  }
}

/** Unwrapped private keys do not match the public keys recorded beside them. */
export class KeyMismatchError extends CryptoError {
  constructor() {
    super('key_mismatch', 'unwrapped private keys do not match the recorded public keys');
  }
}

export type ChainLink = 'root-agency' | 'agency-prosecutor';

/** A certificate chain is broken; `link` names which certification failed and `reason` why. */
export class CertificateChainError extends CryptoError {
  readonly link: ChainLink;
  readonly reason: 'bad_signature' | 'wrong_kind';

  constructor(link: ChainLink, reason: 'bad_signature' | 'wrong_kind') {
    super('chain_broken', `certificate chain broken at ${link}: ${reason}`);
    this.link = link;
    this.reason = reason;
  }
}

/** A server MAC tag does not match: the value was not issued by this server, or was changed. */
export class BadMacError extends CryptoError {
  constructor() {
    super('bad_mac', 'MAC does not verify');
  }
}
