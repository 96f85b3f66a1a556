// zxcvbn's feedback on a passphrase in the page language: the checker reports its feedback as
// keys (passphrase-strength.ts), and these are their translations (English as zxcvbn words it).
import { msg, type Message } from '../../shared/i18n/message';

const WARNINGS: Readonly<Record<string, Message>> = {
  straightRow: msg('prosecutor:strength.warnings.straightRow'),
  keyPattern: msg('prosecutor:strength.warnings.keyPattern'),
  simpleRepeat: msg('prosecutor:strength.warnings.simpleRepeat'),
  extendedRepeat: msg('prosecutor:strength.warnings.extendedRepeat'),
  sequences: msg('prosecutor:strength.warnings.sequences'),
  recentYears: msg('prosecutor:strength.warnings.recentYears'),
  dates: msg('prosecutor:strength.warnings.dates'),
  topTen: msg('prosecutor:strength.warnings.topTen'),
  topHundred: msg('prosecutor:strength.warnings.topHundred'),
  common: msg('prosecutor:strength.warnings.common'),
  similarToCommon: msg('prosecutor:strength.warnings.similarToCommon'),
  wordByItself: msg('prosecutor:strength.warnings.wordByItself'),
  namesByThemselves: msg('prosecutor:strength.warnings.namesByThemselves'),
  commonNames: msg('prosecutor:strength.warnings.commonNames'),
  userInputs: msg('prosecutor:strength.warnings.userInputs'),
  pwned: msg('prosecutor:strength.warnings.pwned'),
};

const SUGGESTIONS: Readonly<Record<string, Message>> = {
  l33t: msg('prosecutor:strength.suggestions.l33t'),
  reverseWords: msg('prosecutor:strength.suggestions.reverseWords'),
  allUppercase: msg('prosecutor:strength.suggestions.allUppercase'),
  capitalization: msg('prosecutor:strength.suggestions.capitalization'),
  dates: msg('prosecutor:strength.suggestions.dates'),
  recentYears: msg('prosecutor:strength.suggestions.recentYears'),
  associatedYears: msg('prosecutor:strength.suggestions.associatedYears'),
  sequences: msg('prosecutor:strength.suggestions.sequences'),
  repeated: msg('prosecutor:strength.suggestions.repeated'),
  longerKeyboardPattern: msg('prosecutor:strength.suggestions.longerKeyboardPattern'),
  anotherWord: msg('prosecutor:strength.suggestions.anotherWord'),
  useWords: msg('prosecutor:strength.suggestions.useWords'),
  noNeed: msg('prosecutor:strength.suggestions.noNeed'),
  pwned: msg('prosecutor:strength.suggestions.pwned'),
};

/** zxcvbn's warning key as a message; null for none or an unknown key. */
export function strengthWarningText(key: string | null): Message | null {
  return key === null || !Object.hasOwn(WARNINGS, key) ? null : (WARNINGS[key] ?? null);
}

/** zxcvbn's suggestion keys as messages (unknown keys are left out). */
export function strengthSuggestionTexts(keys: readonly string[]): Message[] {
  return keys.flatMap((key) => {
    const text = Object.hasOwn(SUGGESTIONS, key) ? SUGGESTIONS[key] : undefined;
    return text === undefined ? [] : [text];
  });
}
