// The agencies a whistleblower can report to, each checked against the root key built into this
// page (root → agency → prosecutors). An agency that fails is kept, marked refused, with the
// reason: the page shows it and never seals anything to it (property P4).
import { ROUTES, directoryResponse, type DirectoryAgency } from '../../../api/index';
import { fingerprint, fromBase64Url } from '../../../crypto/index';
import { apiRequest } from '../../shared/http';
import { msg, type Message } from '../../shared/i18n/message';
import { inEnglish } from '../logic/english';
import { TrustError, verifyAgency, type TrustedAgency } from '../../shared/trust';
import { takeEarlyDirectory } from './load-services';
import { nextPaint } from './next-paint';
import { requestFailure } from './request-failure';

export interface AgencyOption {
  readonly agencyId: string;
  readonly name: string;
  readonly countries: readonly string[];
  readonly languages: readonly string[];
  /** Set only when the whole chain verified. */
  readonly trusted: TrustedAgency | null;
  /** Why the agency is refused, in English (logs, tests); null when trusted. */
  readonly problem: string | null;
  /** The same, for the page to show in its language. */
  readonly problemText: Message | null;
}

/** Verifies one directory entry. Fails closed: any error at all refuses the agency. */
export function checkAgency(agency: DirectoryAgency, rootPublicKey: string): AgencyOption {
  const base = { agencyId: agency.agencyId, name: agency.name, countries: agency.countries, languages: agency.languages };
  try {
    return { ...base, trusted: verifyAgency(agency, rootPublicKey), problem: null, problemText: null };
  } catch (error) {
    const problemText = error instanceof TrustError ? error.text : msg('whistleblower:agencies.unchecked', { agency: agency.name });
    return { ...base, trusted: null, problem: inEnglish(problemText), problemText };
  }
}

/** GET /api/directory, every agency verified. Throws ServiceFailure when the server cannot be reached. */
export async function loadAgencies(rootPublicKey: string): Promise<AgencyOption[]> {
  // The answer asked for early, beside the crypto (load-services.ts), if it came and is well formed;
  // otherwise the server is asked now. Either way every agency is checked below.
  const early = directoryResponse.safeParse(await takeEarlyDirectory());
  let response;
  if (early.success) response = early.data;
  else {
    try {
      response = await apiRequest(ROUTES.directory, { response: directoryResponse });
    } catch (error) {
      throw requestFailure(error, msg('whistleblower:errors.what.loadAgencies'));
    }
  }
  const options: AgencyOption[] = [];
  for (const agency of response.agencies) {
    options.push(checkAgency(agency, rootPublicKey));
    // Each agency costs a few signature checks (tenths of a second without JIT): keep the page alive.
    await nextPaint();
  }
  return options;
}

/** The fingerprint of the root key built into this page, for comparison with the published one. */
export function rootFingerprint(rootPublicKey: string): string {
  return fingerprint(fromBase64Url(rootPublicKey, 32));
}
