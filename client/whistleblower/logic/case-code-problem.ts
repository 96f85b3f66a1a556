// Why a typed case code could not be read, as plain data (no crypto here, so the message texts
// can be tested and later translated), and the words shown to the person.

export type CaseCodeProblem =
  | { readonly kind: 'wrong_word_count'; readonly found: number; readonly expected: number }
  /** `position` is 1-based; `suggestion` is part of the secret code: show it, never log it. */
  | { readonly kind: 'unknown_word'; readonly position: number; readonly suggestion: string | null }
  | { readonly kind: 'bad_checksum' }
  | { readonly kind: 'ambiguous_language' };

function words(count: number): string {
  return count === 1 ? '1 word' : `${count} words`;
}

export function caseCodeProblemMessage(problem: CaseCodeProblem): string {
  switch (problem.kind) {
    case 'wrong_word_count':
      if (problem.found === 0) return `Type your case code: the ${problem.expected} words you wrote down.`;
      return problem.found < problem.expected
        ? `We found ${words(problem.found)}, but a case code has ${problem.expected}. Check that no word is missing.`
        : `We found ${words(problem.found)}, but a case code has ${problem.expected}. Check for an extra word, or a word split in two.`;
    case 'unknown_word':
      return problem.suggestion === null
        ? `Word ${problem.position} is not a case code word. Check its spelling.`
        : `Word ${problem.position} is not a case code word. Did you mean "${problem.suggestion}"?`;
    case 'bad_checksum':
      return 'These words are not a valid case code: one of the words is wrong or two are swapped. Check each word against your paper.';
    case 'ambiguous_language':
      return 'We could not tell which language these words are in. Check each word against your paper.';
  }
}
