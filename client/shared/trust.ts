// Verifies the trust chain root → agency → prosecutor for the directory the server sends,
// before anything is sealed to a prosecutor key (property P4). Pure: no fetching, no UI.
import type { DirectoryAgency } from '../../api/index';
import { CryptoError, decodeCertificate, fromBase64Url, verifyCertificate, type Certificate } from '../../crypto/index';

export interface TrustedProsecutor {
  readonly memberId: string;
  readonly signingPublicKey: Uint8Array;
  readonly boxPublicKey: Uint8Array;
}

export interface TrustedAgency {
  readonly agencyId: string;
  readonly name: string;
  readonly countries: readonly string[];
  readonly languages: readonly string[];
  readonly signingPublicKey: Uint8Array;
  readonly prosecutors: readonly TrustedProsecutor[];
}

/** Why an agency's keys cannot be trusted; `message` is written for the person using the page. */
export class TrustError extends Error {
  constructor(
    readonly agencyName: string,
    message: string,
  ) {
    super(message);
    this.name = 'TrustError';
  }
}

function decode(text: string, agencyName: string, what: string): Certificate {
  try {
    return decodeCertificate(text);
  } catch (error) {
    if (error instanceof CryptoError) throw new TrustError(agencyName, `The ${what} of ${agencyName} is damaged.`);
    throw error;
  }
}

/**
 * Returns the agency with its prosecutors only if the agency certificate is signed by the root
 * key and names this agency, and every prosecutor certificate is signed by the agency key and
 * names that prosecutor. Any failure throws TrustError: the caller must refuse to send.
 */
export function verifyAgency(agency: DirectoryAgency, rootPublicKey: string): TrustedAgency {
  if (rootPublicKey === '') throw new TrustError(agency.name, 'This tip line has no root of trust configured.');
  const root = fromBase64Url(rootPublicKey, 32);
  const agencyCert = decode(agency.certificate, agency.name, 'certificate');
  try {
    verifyCertificate(agencyCert, root);
  } catch (error) {
    if (error instanceof CryptoError) {
      throw new TrustError(agency.name, `The keys of ${agency.name} are not signed by this tip line's published root key.`);
    }
    throw error;
  }
  if (agencyCert.kind !== 'agency' || agencyCert.subjectId !== agency.agencyId) {
    throw new TrustError(agency.name, `The certificate of ${agency.name} belongs to another agency.`);
  }
  const prosecutors = agency.prosecutors.map((prosecutor): TrustedProsecutor => {
    const cert = decode(prosecutor.certificate, agency.name, 'prosecutor certificate');
    try {
      // The agency certificate was verified against the root above: each prosecutor needs one
      // more signature check, against the agency key (85 ms each without a JIT).
      if (cert.kind !== 'prosecutor') throw new TrustError(agency.name, `A prosecutor certificate of ${agency.name} is of the wrong kind.`);
      verifyCertificate(cert, agencyCert.signingPublicKey);
    } catch (error) {
      if (error instanceof CryptoError) {
        throw new TrustError(agency.name, `A prosecutor key of ${agency.name} is not signed by the agency. It may have been replaced.`);
      }
      throw error;
    }
    if (cert.subjectId !== prosecutor.memberId || cert.boxPublicKey === undefined) {
      throw new TrustError(agency.name, `A prosecutor certificate of ${agency.name} belongs to someone else.`);
    }
    return { memberId: prosecutor.memberId, signingPublicKey: cert.signingPublicKey, boxPublicKey: cert.boxPublicKey };
  });
  if (prosecutors.length === 0) throw new TrustError(agency.name, `${agency.name} has no prosecutor able to read tips yet.`);
  return {
    agencyId: agency.agencyId,
    name: agency.name,
    countries: agency.countries,
    languages: agency.languages,
    signingPublicKey: agencyCert.signingPublicKey,
    prosecutors,
  };
}
