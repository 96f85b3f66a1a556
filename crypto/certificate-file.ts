// Certificates as strict JSON text, for publishing the trust list and storing it.
import { toBase64Url } from './base64url';
import { certificateSignedBytes, type Certificate } from './certificate';
import { BadFormatError } from './errors';
import { MAX_JSON_TEXT, bytesField, parseStrictObject, stringField } from './strict-json';

const TYPE = 'thicket-certificate';
const BASE_KEYS = ['type', 'version', 'kind', 'subjectId', 'signingPublicKey', 'issuedAt', 'issuerPublicKey', 'signature'];

/** JSON text with base64url keys; `boxPublicKey` present only when the certificate has one. */
export function encodeCertificate(certificate: Certificate): string {
  return JSON.stringify({
    type: TYPE,
    version: 1,
    kind: certificate.kind,
    subjectId: certificate.subjectId,
    signingPublicKey: toBase64Url(certificate.signingPublicKey),
    ...(certificate.boxPublicKey === undefined ? {} : { boxPublicKey: toBase64Url(certificate.boxPublicKey) }),
    issuedAt: certificate.issuedAt,
    issuerPublicKey: toBase64Url(certificate.issuerPublicKey),
    signature: toBase64Url(certificate.signature),
  });
}

/**
 * Parses a certificate strictly (exact fields, version 1, canonical base64url). Throws
 * BadFormatError, BadBase64Error or UnsupportedVersionError. Does not verify the signature: use
 * verifyChain.
 */
export function decodeCertificate(text: string): Certificate {
  if (typeof text !== 'string' || text.length > MAX_JSON_TEXT) throw new BadFormatError(`${TYPE}: not a small text`);
  let probe: unknown;
  try {
    probe = JSON.parse(text);
  } catch {
    throw new BadFormatError(`${TYPE}: not JSON`);
  }
  const hasBox = typeof probe === 'object' && probe !== null && 'boxPublicKey' in probe;
  const o = parseStrictObject(text, TYPE, hasBox ? [...BASE_KEYS, 'boxPublicKey'] : BASE_KEYS);
  const kind = stringField(o, 'kind');
  if (kind !== 'agency' && kind !== 'prosecutor') throw new BadFormatError('unknown certificate kind');
  const common = {
    kind,
    subjectId: stringField(o, 'subjectId'),
    signingPublicKey: bytesField(o, 'signingPublicKey', 32),
    issuedAt: stringField(o, 'issuedAt'),
    issuerPublicKey: bytesField(o, 'issuerPublicKey', 32),
    signature: bytesField(o, 'signature', 64),
  } as const;
  const certificate: Certificate = hasBox ? { ...common, boxPublicKey: bytesField(o, 'boxPublicKey', 32) } : common;
  certificateSignedBytes(certificate); // validates kind, subject id, key presence and day
  return certificate;
}
