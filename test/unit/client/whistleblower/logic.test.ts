// The whistleblower app's pure logic: tip checks, case code messages, status words.
import { describe, expect, it } from 'vitest';
import { tipContentV1 } from '../../../../api/index';
import { caseCodeProblemMessage } from '../../../../client/whistleblower/logic/case-code-problem';
import { statusWords } from '../../../../client/whistleblower/logic/status-words';
import { EMPTY_TIP, TIP_LIMITS, checkTip, hasErrors, tipContent } from '../../../../client/whistleblower/logic/tip-draft';

describe('tip draft', () => {
  it('requires a title and a description, and nothing else', () => {
    const errors = checkTip(EMPTY_TIP);
    expect(Object.keys(errors).sort()).toEqual(['description', 'title']);
    expect(hasErrors(errors)).toBe(true);
    expect(checkTip({ ...EMPTY_TIP, title: '  ', description: '\n' })).toEqual(errors);
    expect(hasErrors(checkTip({ ...EMPTY_TIP, title: 'Ivory', description: 'Seen online.' }))).toBe(false);
  });

  it('names every field that is too long, with its length and limit', () => {
    const draft = { ...EMPTY_TIP, title: 'T', description: 'D', platform: 'p'.repeat(TIP_LIMITS.platform + 1), country: 'c'.repeat(TIP_LIMITS.country) };
    const errors = checkTip(draft);
    expect(Object.keys(errors)).toEqual(['platform']);
    expect(errors.platform).toBe(`The platform is too long: ${TIP_LIMITS.platform + 1} characters, at most ${TIP_LIMITS.platform}.`);
  });

  it('builds TipContent v1 that the shared schema accepts: trimmed, empty optional fields left out', () => {
    const content = tipContent({ ...EMPTY_TIP, title: ' Scales ', description: ' Seen on a group.\n', species: ' Pangolin ', platform: '   ' });
    expect(content).toEqual({ kind: 'tip', version: 1, title: 'Scales', description: 'Seen on a group.', species: 'Pangolin' });
    expect(tipContentV1.parse(content)).toEqual(content);
  });

  it('accepts exactly what the schema accepts at the limits', () => {
    const x = (field: keyof typeof TIP_LIMITS): string => 'x'.repeat(TIP_LIMITS[field]);
    const atLimit = { title: x('title'), description: x('description'), platform: x('platform'), listingUrl: x('listingUrl'), species: x('species'), country: x('country') };
    expect(hasErrors(checkTip(atLimit))).toBe(false);
    expect(tipContentV1.safeParse(tipContent(atLimit)).success).toBe(true);
    const over = { ...atLimit, listingUrl: 'x'.repeat(TIP_LIMITS.listingUrl + 1) };
    expect(Object.keys(checkTip(over))).toEqual(['listingUrl']);
    expect(tipContentV1.safeParse(tipContent(over)).success).toBe(false);
  });
});

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
