// Verifies the trust chain root → agency → prosecutor for the directory the server sends,
// before anything is sealed to a prosecutor key (property P4). Pure: no fetching, no UI.
import type { DirectoryAgency } from '../../api/index';
import { CryptoError, decodeCertificate, fromBase64Url, verifyCertificate, type Certificate } from '../../crypto/index';
import { englishCommon } from './i18n/english-common';
import { msg, translate, type Message } from './i18n/message';

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

/** Why an agency's keys cannot be trusted; `text` is for the person using the page, `message` the same in English. */
export class TrustError extends Error {
  constructor(
    readonly agencyName: string,
    readonly text: Message,
  ) {
    super(translate(englishCommon(), text));
    this.name = 'TrustError';
  }
}

function decode(text: string, agencyName: string, what: 'agency' | 'prosecutor'): Certificate {
  try {
    return decodeCertificate(text);
  } catch (error) {
    if (error instanceof CryptoError) {
      throw new TrustError(
        agencyName,
        what === 'agency' ? msg('common:trust.certificateDamaged', { agency: agencyName }) : msg('common:trust.prosecutorCertificateDamaged', { agency: agencyName }),
      );
    }
    throw error;
  }
}

/**
 * Returns the agency with its prosecutors only if the agency certificate is signed by the root
 * key and names this agency, and every prosecutor certificate is signed by the agency key and
 * names that prosecutor. Any failure throws TrustError: the caller must refuse to send.
 */
export function verifyAgency(agency: DirectoryAgency, rootPublicKey: string): TrustedAgency {
  if (rootPublicKey === '') throw new TrustError(agency.name, msg('common:trust.noRoot'));
  const root = fromBase64Url(rootPublicKey, 32);
  const agencyCert = decode(agency.certificate, agency.name, 'agency');
  try {
    verifyCertificate(agencyCert, root);
  } catch (error) {
    if (error instanceof CryptoError) {
      throw new TrustError(agency.name, msg('common:trust.notSignedByRoot', { agency: agency.name }));
    }
    throw error;
  }
  if (agencyCert.kind !== 'agency' || agencyCert.subjectId !== agency.agencyId) {
    throw new TrustError(agency.name, msg('common:trust.otherAgency', { agency: agency.name }));
  }
  const prosecutors = agency.prosecutors.map((prosecutor): TrustedProsecutor => {
    const cert = decode(prosecutor.certificate, agency.name, 'prosecutor');
    try {
      // The agency certificate was verified against the root above: each prosecutor needs one
      // more signature check, against the agency key (85 ms each without a JIT).
      if (cert.kind !== 'prosecutor') throw new TrustError(agency.name, msg('common:trust.wrongKind', { agency: agency.name }));
      verifyCertificate(cert, agencyCert.signingPublicKey);
    } catch (error) {
      if (error instanceof CryptoError) {
        throw new TrustError(agency.name, msg('common:trust.prosecutorNotSigned', { agency: agency.name }));
      }
      throw error;
    }
    if (cert.subjectId !== prosecutor.memberId || cert.boxPublicKey === undefined) {
      throw new TrustError(agency.name, msg('common:trust.someoneElse', { agency: agency.name }));
    }
    return { memberId: prosecutor.memberId, signingPublicKey: cert.signingPublicKey, boxPublicKey: cert.boxPublicKey };
  });
  if (prosecutors.length === 0) throw new TrustError(agency.name, msg('common:trust.noProsecutor', { agency: agency.name }));
  return {
    agencyId: agency.agencyId,
    name: agency.name,
    countries: agency.countries,
    languages: agency.languages,
    signingPublicKey: agencyCert.signingPublicKey,
    prosecutors,
  };
}
