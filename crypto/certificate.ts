// The instance's trust chain: an offline root key certifies agencies, an agency's key certifies
// its prosecutors. The whistleblower's browser seals tips only to prosecutor keys whose chain
// ends at the published root.
import { ascii, assertLength, concatBytes, constantTimeEqual, lengthPrefixed, u8 } from './bytes';
import { PROTOCOL_VERSION, label } from './context';
import { assertDay } from './day';
import { BadFormatError, BadSignatureError, CertificateChainError, InvalidArgumentError } from './errors';
import { lib } from './sodium';

export const SUBJECT_KINDS = ['agency', 'prosecutor'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];
const KIND_BYTE: Record<SubjectKind, number> = { agency: 1, prosecutor: 2 };
export const MAX_SUBJECT_ID = 128;

export interface CertificateBody {
  readonly kind: SubjectKind;
  /** Stable identifier of the agency or prosecutor: 1..128 printable ASCII characters. */
  readonly subjectId: string;
  readonly signingPublicKey: Uint8Array;
  /** X25519 key tips are sealed to: required for prosecutors, optional for agencies. */
  readonly boxPublicKey?: Uint8Array;
  /** UTC day of issue, "YYYY-MM-DD". */
  readonly issuedAt: string;
}

export interface Certificate extends CertificateBody {
  readonly issuerPublicKey: Uint8Array;
  readonly signature: Uint8Array;
}

function checkBody(body: CertificateBody): void {
  if (!(body.kind in KIND_BYTE)) throw new BadFormatError('unknown certificate subject kind');
  if (typeof body.subjectId !== 'string' || body.subjectId.length < 1 || body.subjectId.length > MAX_SUBJECT_ID) {
    throw new BadFormatError('subject id must be 1..128 characters');
  }
  if (!/^[\x20-\x7e]+$/.test(body.subjectId)) throw new BadFormatError('subject id must be printable ASCII');
  assertLength(body.signingPublicKey, 32, 'subject signing public key');
  if (body.boxPublicKey !== undefined) assertLength(body.boxPublicKey, 32, 'subject box public key');
  if (body.kind === 'prosecutor' && body.boxPublicKey === undefined) {
    throw new BadFormatError('a prosecutor certificate must carry a box public key');
  }
  assertDay(body.issuedAt, 'issuedAt');
}

/**
 * label "thicket/v1/certificate" || version (1) || u8(kind: 1 agency, 2 prosecutor) ||
 * u8(len) || ASCII subjectId || signingPublicKey (32) || u8(0 | 1) || [boxPublicKey (32)] ||
 * issuedAt (10 ASCII).
 */
export function certificateSignedBytes(body: CertificateBody): Uint8Array {
  checkBody(body);
  const box = body.boxPublicKey === undefined ? u8(0) : concatBytes(u8(1), body.boxPublicKey);
  return concatBytes(
    label('certificate'),
    u8(PROTOCOL_VERSION),
    u8(KIND_BYTE[body.kind]),
    lengthPrefixed(ascii(body.subjectId)),
    body.signingPublicKey,
    box,
    ascii(body.issuedAt),
  );
}

/**
 * Signs a certificate for `body` with the issuer's Ed25519 secret key (64 bytes). Throws
 * BadFormatError for an invalid body, InvalidArgumentError for a bad key.
 */
export function signCertificate(body: CertificateBody, issuerSecretKey: Uint8Array): Certificate {
  assertLength(issuerSecretKey, 64, 'issuer secret key');
  const signature = lib().crypto_sign_detached(certificateSignedBytes(body), issuerSecretKey);
  const copy: CertificateBody =
    body.boxPublicKey === undefined
      ? { kind: body.kind, subjectId: body.subjectId, signingPublicKey: body.signingPublicKey.slice(), issuedAt: body.issuedAt }
      : { ...body, signingPublicKey: body.signingPublicKey.slice(), boxPublicKey: body.boxPublicKey.slice() };
  return { ...copy, issuerPublicKey: issuerSecretKey.slice(32), signature };
}

/**
 * Returns normally only if `certificate` was signed by `issuerPublicKey` (which the caller trusts
 * for reasons of its own) over exactly these fields. Throws BadSignatureError ('bad_signature')
 * otherwise, BadFormatError for a malformed body.
 */
export function verifyCertificate(certificate: Certificate, issuerPublicKey: Uint8Array): void {
  assertLength(issuerPublicKey, 32, 'issuer public key');
  if (!(certificate.issuerPublicKey instanceof Uint8Array) || !constantTimeEqual(certificate.issuerPublicKey, issuerPublicKey)) {
    throw new BadSignatureError('certificate names another issuer');
  }
  if (!(certificate.signature instanceof Uint8Array) || certificate.signature.length !== 64) throw new BadSignatureError();
  if (!lib().crypto_sign_verify_detached(certificate.signature, certificateSignedBytes(certificate), issuerPublicKey)) {
    throw new BadSignatureError();
  }
}

/**
 * Checks root → agency → prosecutor: the agency certificate is of kind 'agency' and signed by
 * `rootPublicKey`; the prosecutor certificate is of kind 'prosecutor' and signed by the agency's
 * certified signing key. Throws CertificateChainError ('chain_broken') naming the broken link
 * ('root-agency' or 'agency-prosecutor') and the reason ('wrong_kind' or 'bad_signature').
 * Revocation and expiry are decided by the trust list that publishes these certificates.
 */
export function verifyChain(rootPublicKey: Uint8Array, agencyCert: Certificate, prosecutorCert: Certificate): void {
  assertLength(rootPublicKey, 32, 'root public key');
  if (agencyCert.kind !== 'agency') throw new CertificateChainError('root-agency', 'wrong_kind');
  try {
    verifyCertificate(agencyCert, rootPublicKey);
  } catch (error) {
    if (error instanceof BadSignatureError || error instanceof BadFormatError || error instanceof InvalidArgumentError) {
      throw new CertificateChainError('root-agency', 'bad_signature');
    }
    throw error;
  }
  if (prosecutorCert.kind !== 'prosecutor') throw new CertificateChainError('agency-prosecutor', 'wrong_kind');
  try {
    verifyCertificate(prosecutorCert, agencyCert.signingPublicKey);
  } catch (error) {
    if (error instanceof BadSignatureError || error instanceof BadFormatError || error instanceof InvalidArgumentError) {
      throw new CertificateChainError('agency-prosecutor', 'bad_signature');
    }
    throw error;
  }
}
