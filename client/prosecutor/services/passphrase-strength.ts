// Passphrase strength with zxcvbn-ts and its English and common dictionaries. They are large, so
// they load only when the enrollment form first needs them (a separate chunk, same origin).
// zxcvbn reports its feedback as keys, which the page shows in its language (strength-words.ts).
import type { Message } from '../../shared/i18n/message';
import { inEnglish } from './english';
import type { StrengthScore } from './passphrase-rules';
import { strengthSuggestionTexts, strengthWarningText } from './strength-words';

export interface StrengthResult {
  readonly score: StrengthScore;
  /** Why it is weak, if anything: one sentence (English), or null. */
  readonly warning: string | null;
  /** The same, for the page to show in its language. */
  readonly warningText: Message | null;
  /** What would make it stronger (English). */
  readonly suggestions: readonly string[];
  /** The same, for the page to show in its language. */
  readonly suggestionTexts: readonly Message[];
}

export type StrengthChecker = (passphrase: string, userInputs: readonly string[]) => StrengthResult;

let loading: Promise<StrengthChecker> | undefined;

/** Each key mapped to itself: zxcvbn then reports keys, not English sentences. */
function keysOf<T extends Record<string, string>>(texts: T): T {
  return Object.fromEntries(Object.keys(texts).map((key) => [key, key])) as T;
}

/** Loads the checker once; a failed load can be retried by calling again. */
export function loadStrengthChecker(): Promise<StrengthChecker> {
  loading ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]).then(
    ([core, common, english]) => {
      const zxcvbn = new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...english.dictionary },
        graphs: common.adjacencyGraphs,
        translations: {
          ...english.translations,
          warnings: keysOf(english.translations.warnings),
          suggestions: keysOf(english.translations.suggestions),
        },
      });
      return (passphrase, userInputs) => {
        const result = zxcvbn.check(passphrase, [...userInputs]);
        const warningText = strengthWarningText(result.feedback.warning === '' ? null : result.feedback.warning);
        const suggestionTexts = strengthSuggestionTexts(result.feedback.suggestions);
        return {
          score: result.score,
          warning: warningText === null ? null : inEnglish(warningText),
          warningText,
          suggestions: suggestionTexts.map(inEnglish),
          suggestionTexts,
        };
      };
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
