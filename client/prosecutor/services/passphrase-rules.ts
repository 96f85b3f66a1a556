// The minimum for a prosecutor passphrase: long enough AND hard to guess (zxcvbn score). The
// private keys are stored on the server wrapped under it, so a weak one is a weak lock on every
// tip this prosecutor can read. Pure: the strength score comes from passphrase-strength.ts.

export const MIN_PASSPHRASE_LENGTH = 12;
/** zxcvbn scores run 0..4; 3 = "safely unguessable: moderate protection from offline attack". */
export const MIN_PASSPHRASE_SCORE = 3;

export type StrengthScore = 0 | 1 | 2 | 3 | 4;

export const STRENGTH_WORDS: Readonly<Record<StrengthScore, string>> = {
  0: 'Very weak',
  1: 'Weak',
  2: 'Fair',
  3: 'Strong',
  4: 'Very strong',
};

/** Length in characters as people count them (code points, not UTF-16 units). */
export function passphraseLength(passphrase: string): number {
  return [...passphrase].length;
}

/** Why this passphrase is not acceptable, or null when it is. `score` null = not checked yet. */
export function passphraseProblem(passphrase: string, score: StrengthScore | null): string | null {
  if (passphrase.length === 0) return 'Choose a passphrase.';
  if (passphraseLength(passphrase) < MIN_PASSPHRASE_LENGTH) {
    return `Use at least ${MIN_PASSPHRASE_LENGTH} characters: a few unrelated words work well.`;
  }
  if (score === null) return 'The strength of this passphrase has not been checked yet. Wait a moment and try again.';
  if (score < MIN_PASSPHRASE_SCORE) {
    return 'This passphrase is too easy to guess. Add another unusual word or make it longer.';
  }
  return null;
}

export function repeatProblem(passphrase: string, repeat: string): string | null {
  if (repeat.length === 0) return 'Type the passphrase again.';
  return repeat === passphrase ? null : 'The two passphrases are not the same.';
}

/**
 * Words the strength checker must treat as known to an attacker: the username, the person's
 * name and the agency name, word by word and run together, and the project's own words.
 */
export function strengthUserInputs(username: string, displayName: string, agencyName: string): string[] {
  const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3);
  const joined = (text: string): string => words(text).join('');
  const inputs = [username, ...words(displayName), joined(displayName), ...words(agencyName), joined(agencyName), 'thicket', 'wildlife', 'prosecutor'];
  return [...new Set(inputs.filter((input) => input !== ''))];
}
