// The whistleblower app's pure logic: case code messages, status words (the tip draft: test/unit/client/intake).
import { describe, expect, it } from 'vitest';
import { caseCodeProblemMessage } from '../../../../client/whistleblower/logic/case-code-problem';
import { statusWords } from '../../../../client/whistleblower/logic/status-words';

describe('case code messages', () => {
  it('says how many words were found and that 12 are expected', () => {
    expect(caseCodeProblemMessage({ kind: 'wrong_word_count', found: 11, expected: 12 })).toBe(
      'We found 11 words, but a case code has 12. Check that no word is missing.',
    );
    expect(caseCodeProblemMessage({ kind: 'wrong_word_count', found: 1, expected: 12 })).toContain('We found 1 word,');
    expect(caseCodeProblemMessage({ kind: 'wrong_word_count', found: 13, expected: 12 })).toContain('extra word');
    expect(caseCodeProblemMessage({ kind: 'wrong_word_count', found: 0, expected: 12 })).toBe('Type your case code: the 12 words you wrote down.');
  });

  it('names the unknown word by position, with the suggestion when there is one', () => {
    expect(caseCodeProblemMessage({ kind: 'unknown_word', position: 4, suggestion: 'rocket' })).toBe(
      'Word 4 is not a case code word. Did you mean "rocket"?',
    );
    expect(caseCodeProblemMessage({ kind: 'unknown_word', position: 9, suggestion: null })).toBe('Word 9 is not a case code word. Check its spelling.');
  });

  it('explains a checksum failure and an ambiguous language', () => {
    expect(caseCodeProblemMessage({ kind: 'bad_checksum' })).toContain('one of the words is wrong or two are swapped');
    expect(caseCodeProblemMessage({ kind: 'ambiguous_language' })).toContain('which language');
  });
});

describe('status words', () => {
  it('has human words for every status', () => {
    expect(statusWords('new')).toBe('New');
    expect(statusWords('in_review')).toBe('In review');
    expect(statusWords('waiting_for_whistleblower')).toBe('Waiting for your answer');
    expect(statusWords('closed')).toBe('Closed');
  });
});
