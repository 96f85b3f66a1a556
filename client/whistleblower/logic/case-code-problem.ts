// Why a typed case code could not be read, as plain data (no crypto here), and the words shown to
// the person: a message in the page language, or English (caseCodeProblemMessage: tests, logs).
import { msg, type Message } from '../../shared/i18n/message';
import { inEnglish } from './english';

export type CaseCodeProblem =
  | { readonly kind: 'wrong_word_count'; readonly found: number; readonly expected: number }
  /** `position` is 1-based; `suggestion` is part of the secret code: show it, never log it. */
  | { readonly kind: 'unknown_word'; readonly position: number; readonly suggestion: string | null }
  | { readonly kind: 'bad_checksum' }
  | { readonly kind: 'ambiguous_language' };

export function caseCodeProblemText(problem: CaseCodeProblem): Message {
  switch (problem.kind) {
    case 'wrong_word_count':
      if (problem.found === 0) return msg('whistleblower:code.problems.empty', { expected: problem.expected });
      return problem.found < problem.expected
        ? msg('whistleblower:code.problems.tooFew', { count: problem.found, expected: problem.expected })
        : msg('whistleblower:code.problems.tooMany', { count: problem.found, expected: problem.expected });
    case 'unknown_word':
      return problem.suggestion === null
        ? msg('whistleblower:code.problems.unknownWord', { position: problem.position })
        : msg('whistleblower:code.problems.didYouMean', { position: problem.position, suggestion: problem.suggestion });
    case 'bad_checksum':
      return msg('whistleblower:code.problems.badChecksum');
    case 'ambiguous_language':
      return msg('whistleblower:code.problems.ambiguous');
  }
}

/** caseCodeProblemText in English. */
export function caseCodeProblemMessage(problem: CaseCodeProblem): string {
  return inEnglish(caseCodeProblemText(problem));
}
