// Everything of the whistleblower app that needs crypto/, loaded on demand (load-services.ts):
// libsodium and the protocol stay out of the first paint. The case code word lists other than
// English load later still, one by one, only when needed (word-lists.ts).
import { ready as cryptoReady, type CaseCodeLanguage } from '../../../crypto/index';
import { caseCodeLanguageFor } from '../logic/case-code-language';
import { openCase as openCaseNow, type OpenStep, type OpenedCase } from './open-case';
import { caseCodeIn as caseCodeInNow } from './case-code-words';
import { loadWordLists, loadWordListsFor } from './word-lists';

export { loadAgencies, rootFingerprint, type AgencyOption } from './agencies';
export { TipSubmitter, type SubmitStep, type SubmittedCase } from './submit-tip';
export { openCaseWithKeys, type OpenStep, type OpenedCase } from './open-case';
export { CaseConnection } from './case-connection';
export { checkEvidence } from './evidence';
export {
  UploadQueue,
  buildFilesContent,
  fetchUploadLimits,
  limitRefusal,
  limitsText,
  startDownload,
  startUpload,
} from '../../shared/files/index';

/** The case code language of the page as it is now (its `lang`, set by the language choice). */
function pageCodeLanguage(): CaseCodeLanguage {
  return caseCodeLanguageFor(globalThis.document?.documentElement.lang ?? 'en');
}

/**
 * Starts libsodium, and fetches the word list of the page's language so a new code can be shown
 * in it at once. That list is a nicety: if it cannot be fetched now, codes show in English (valid
 * all the same) and the next use tries again.
 */
export async function ready(): Promise<void> {
  await Promise.all([cryptoReady(), loadWordLists([pageCodeLanguage()]).catch(() => undefined)]);
}

/** Starts fetching the word list of `language` (the page's, after a change of language). */
export function loadCaseCodeList(language: CaseCodeLanguage): Promise<void> {
  return loadWordLists([language]);
}

/**
 * services/open-case.ts openCase, after fetching the word lists the typed code may be written in
 * (usually none). Throws CaseCodeInvalid, NoSuchCase or ServiceFailure, as openCase does.
 */
export async function openCase(
  codeText: string,
  rootPublicKey: string,
  onStep: (step: OpenStep) => void,
  prefer: CaseCodeLanguage = 'en',
): Promise<OpenedCase> {
  onStep('checking');
  await loadWordListsFor(codeText, prefer);
  return openCaseNow(codeText, rootPublicKey, onStep, prefer);
}

/**
 * The 12 words of a new code in `language`'s list (services/case-code-words.ts). Synchronous:
 * when that list has not been fetched yet it starts fetching it and throws (the page then keeps
 * the English words, which open the case just as well); after loadCaseCodeList(language) it works.
 */
export function caseCodeIn(words: readonly string[], language: CaseCodeLanguage): string[] {
  try {
    return caseCodeInNow(words, language);
  } catch (error) {
    void loadWordLists([language]).catch(() => undefined);
    throw error;
  }
}
