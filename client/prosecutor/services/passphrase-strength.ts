// Passphrase strength with zxcvbn-ts and its English and common dictionaries. They are large, so
// they load only when the enrollment form first needs them (a separate chunk, same origin).

import type { StrengthScore } from './passphrase-rules';

export interface StrengthResult {
  readonly score: StrengthScore;
  /** Why it is weak, if anything: one sentence, or null. */
  readonly warning: string | null;
  readonly suggestions: readonly string[];
}

export type StrengthChecker = (passphrase: string, userInputs: readonly string[]) => StrengthResult;

let loading: Promise<StrengthChecker> | undefined;

/** Loads the checker once; a failed load can be retried by calling again. */
export function loadStrengthChecker(): Promise<StrengthChecker> {
  loading ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]).then(
    ([core, common, english]) => {
      const zxcvbn = new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...english.dictionary },
        graphs: common.adjacencyGraphs,
        translations: english.translations,
      });
      return (passphrase, userInputs) => {
        const result = zxcvbn.check(passphrase, [...userInputs]);
        const warning = result.feedback.warning;
        return {
          score: result.score,
          warning: warning === null || warning === '' ? null : warning,
          suggestions: result.feedback.suggestions.filter((suggestion) => suggestion !== ''),
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
