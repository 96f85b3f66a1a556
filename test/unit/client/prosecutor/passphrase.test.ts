// The passphrase minimum (12+ characters AND zxcvbn score ≥ 3, with the real dictionaries) and
// the recovery key confirmation.
import { describe, expect, it } from 'vitest';
import { passphraseLength, passphraseProblem, repeatProblem, strengthUserInputs } from '../../../../client/prosecutor/services/passphrase-rules';
import { loadStrengthChecker } from '../../../../client/prosecutor/services/passphrase-strength';
import { lastGroup, matchesLastGroup } from '../../../../client/prosecutor/services/recovery-check';

describe('passphrase minimum', () => {
  it('needs 12 characters, counted as people count them', () => {
    expect(passphraseProblem('', 4)).toMatch(/Choose a passphrase/);
    expect(passphraseProblem('abcdefghijk', 4)).toMatch(/at least 12 characters/);
    expect(passphraseProblem('abcdefghijkl', 4)).toBeNull();
    expect(passphraseLength('🦏🦏🦏🦏🦏🦏🦏🦏🦏🦏🦏')).toBe(11);
    expect(passphraseProblem('🦏🦏🦏🦏🦏🦏🦏🦏🦏🦏🦏', 4)).toMatch(/at least 12/);
  });

  it('needs a score of 3, and refuses when the score is unknown', () => {
    expect(passphraseProblem('abcdefghijkl', 2)).toMatch(/too easy to guess/);
    expect(passphraseProblem('abcdefghijkl', 3)).toBeNull();
    expect(passphraseProblem('abcdefghijkl', null)).toMatch(/not been checked/);
  });

  it('checks the repeat', () => {
    expect(repeatProblem('one two three four', '')).toMatch(/again/);
    expect(repeatProblem('one two three four', 'one two three fou')).toMatch(/not the same/);
    expect(repeatProblem('one two three four', 'one two three four')).toBeNull();
  });

  it('scores common and personal passphrases low with the real dictionaries', async () => {
    const check = await loadStrengthChecker();
    const common = check('password1234', []);
    expect(common.score).toBeLessThan(3);
    expect(common.warning).not.toBeNull();
    expect(passphraseProblem('password1234', common.score)).toMatch(/too easy/);
    // Long enough and unknown to the dictionaries, but it is the person's own name: the user
    // inputs (name word by word and run together) catch it.
    const inputs = strengthUserInputs('wanjiru', 'Wanjiru Kamau', 'Lusaka Agreement Task Force');
    expect(check('wanjirukamau', []).score).toBeGreaterThanOrEqual(3);
    expect(check('wanjirukamau', inputs).score).toBeLessThan(3);
    expect(check('lusakataskforce', inputs).score).toBeLessThan(3);
    const strong = check('copper lantern orbits quietly beneath', []);
    expect(strong.score).toBeGreaterThanOrEqual(3);
    expect(passphraseProblem('copper lantern orbits quietly beneath', strong.score)).toBeNull();
  });
});

describe('strengthUserInputs', () => {
  it('splits names into words, runs them together, and drops duplicates and short words', () => {
    expect(strengthUserInputs('wanjiru', 'Wanjiru Kamau', 'Lusaka Agreement Task Force')).toEqual([
      'wanjiru',
      'kamau',
      'wanjirukamau',
      'lusaka',
      'agreement',
      'task',
      'force',
      'lusakaagreementtaskforce',
      'thicket',
      'wildlife',
      'prosecutor',
    ]);
  });
});

describe('recovery key confirmation', () => {
  const key = 'FYC9-SASF-GD1T-N331-EJD5-FDP0-4CNG-7MFT-M2E7-YX7F-5QY8-1T4R-84WS-45H0';

  it('accepts the last group typed loosely (case, spaces, O for 0, I or L for 1)', () => {
    expect(lastGroup(key)).toBe('45H0');
    expect(matchesLastGroup('45H0', key)).toBe(true);
    expect(matchesLastGroup(' 45h0 ', key)).toBe(true);
    expect(matchesLastGroup('45HO', key)).toBe(true);
    expect(matchesLastGroup('45-H0', key)).toBe(true);
  });

  it('refuses anything else', () => {
    expect(matchesLastGroup('', key)).toBe(false);
    expect(matchesLastGroup('84WS', key)).toBe(false);
    expect(matchesLastGroup('45H', key)).toBe(false);
    expect(matchesLastGroup('84WS-45H0', key)).toBe(false);
    expect(matchesLastGroup('45H0', '')).toBe(false);
  });
});
