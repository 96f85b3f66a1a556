// A new case's code in another word list: the same 16 bytes of entropy (so the same case and
// keys) written in the words of `language`. The entropy is wiped as soon as the words exist.
import { caseCodeWords, parseCaseCode, type CaseCodeLanguage } from '../../../crypto/index';

/** The 12 words of the code `words` (in any supported list) in the list of `language`. */
export function caseCodeIn(words: readonly string[], language: CaseCodeLanguage): string[] {
  // New codes are made in English (services/submit-tip.ts): that settles the 2^-52 overlap with French.
  const { entropy } = parseCaseCode(words.join(' '), { prefer: 'en' });
  try {
    return caseCodeWords(entropy, language);
  } finally {
    entropy.fill(0);
  }
}
