// The minimum for a prosecutor passphrase: long enough AND hard to guess (zxcvbn score). The
// private keys are stored on the server wrapped under it, so a weak one is a weak lock on every
// tip this prosecutor can read. Pure: the strength score comes from passphrase-strength.ts.
import { msg, type Message } from '../../shared/i18n/message';
import { inEnglish } from './english';

export const MIN_PASSPHRASE_LENGTH = 12;
/** zxcvbn scores run 0..4; 3 = "safely unguessable: moderate protection from offline attack". */
export const MIN_PASSPHRASE_SCORE = 3;

export type StrengthScore = 0 | 1 | 2 | 3 | 4;

export const STRENGTH_TEXTS: Readonly<Record<StrengthScore, Message>> = {
  0: msg('prosecutor:strength.scores.veryWeak'),
  1: msg('prosecutor:strength.scores.weak'),
  2: msg('prosecutor:strength.scores.fair'),
  3: msg('prosecutor:strength.scores.strong'),
  4: msg('prosecutor:strength.scores.veryStrong'),
};

/** Length in characters as people count them (code points, not UTF-16 units). */
export function passphraseLength(passphrase: string): number {
  return [...passphrase].length;
}

/** Why this passphrase is not acceptable, or null when it is. `score` null = not checked yet. */
export function passphraseProblemText(passphrase: string, score: StrengthScore | null): Message | null {
  if (passphrase.length === 0) return msg('prosecutor:enroll.problems.passphraseEmpty');
  if (passphraseLength(passphrase) < MIN_PASSPHRASE_LENGTH) return msg('prosecutor:enroll.problems.passphraseShort', { min: MIN_PASSPHRASE_LENGTH });
  if (score === null) return msg('prosecutor:enroll.problems.passphraseUnchecked');
  if (score < MIN_PASSPHRASE_SCORE) return msg('prosecutor:enroll.problems.passphraseWeak');
  return null;
}

/** passphraseProblemText in English. */
export function passphraseProblem(passphrase: string, score: StrengthScore | null): string | null {
  const problem = passphraseProblemText(passphrase, score);
  return problem === null ? null : inEnglish(problem);
}

export function repeatProblemText(passphrase: string, repeat: string): Message | null {
  if (repeat.length === 0) return msg('prosecutor:enroll.problems.repeatEmpty');
  return repeat === passphrase ? null : msg('prosecutor:enroll.problems.repeatDiffers');
}

/** repeatProblemText in English. */
export function repeatProblem(passphrase: string, repeat: string): string | null {
  const problem = repeatProblemText(passphrase, repeat);
  return problem === null ? null : inEnglish(problem);
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
