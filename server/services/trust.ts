// Server-side checks of the trust chain (docs/PROTOCOL.md §10). The browser is what enforces
// P4; the server checks too, so it never stores a tip sealed to a key the chain does not cover.
import { CryptoError, constantTimeEqual, decodeCertificate, verifyChain } from '../../crypto/index';

export interface CertifiedAgencyFields {
  readonly id: string;
  readonly certificate: string;
}

export interface CertifiedProsecutorFields {
  readonly id: string;
  readonly signing_public_key: Uint8Array;
  readonly box_public_key: Uint8Array;
  readonly certificate: string;
}

/**
 * True only if root → agency → prosecutor verifies, the agency certificate names this agency,
 * and the prosecutor certificate names this member and carries exactly their stored keys.
 */
export function prosecutorChainHolds(root: Uint8Array, agency: CertifiedAgencyFields, member: CertifiedProsecutorFields): boolean {
  try {
    const agencyCert = decodeCertificate(agency.certificate);
    const memberCert = decodeCertificate(member.certificate);
    verifyChain(root, agencyCert, memberCert);
    return (
      agencyCert.subjectId === agency.id &&
      memberCert.subjectId === member.id &&
      memberCert.boxPublicKey !== undefined &&
      constantTimeEqual(memberCert.signingPublicKey, member.signing_public_key) &&
      constantTimeEqual(memberCert.boxPublicKey, member.box_public_key)
    );
  } catch (error) {
    if (error instanceof CryptoError) return false;
    throw error;
  }
}
