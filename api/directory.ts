// The public directory: who a whistleblower can report to, with the certificates that prove it.
import { z } from 'zod';
import { cryptoText, uuid } from './common';

export const directoryProsecutor = z.strictObject({
  memberId: uuid,
  /** encodeCertificate() text: kind 'prosecutor', signed by the agency key. */
  certificate: cryptoText,
});

export const directoryAgency = z.strictObject({
  agencyId: uuid,
  name: z.string(),
  /** ISO 3166-1 alpha-2 codes of the countries the agency covers. */
  countries: z.array(z.string()),
  /** BCP 47 tags of the languages the agency reads. */
  languages: z.array(z.string()),
  /** encodeCertificate() text: kind 'agency', signed by the instance root key. */
  certificate: cryptoText,
  prosecutors: z.array(directoryProsecutor),
});

/** GET /api/directory: active, certified agencies with at least one approved prosecutor. */
export const directoryResponse = z.strictObject({ agencies: z.array(directoryAgency) });
export type DirectoryAgency = z.infer<typeof directoryAgency>;
export type DirectoryResponse = z.infer<typeof directoryResponse>;
