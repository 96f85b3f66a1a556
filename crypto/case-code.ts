// The case code: 128 random bits shown as 12 BIP39 words (11 bits each, the last 4 bits a
// SHA-256 checksum). Keys are derived from the entropy, never from the words, so the same case
// opens from its rendering in any language.
import { entropyToMnemonic, mnemonicToEntropy } from '@scure/bip39';
import { assertLength, toHex } from './bytes';
import {
  CASE_CODE_LANGUAGES,
  hasWordList,
  isCaseCodeLanguage,
  matchKey,
  mayBeIn,
  wordList,
  type CaseCodeLanguage,
  type WordList,
} from './case-code-wordlists';
import { suggestWord } from './case-code-suggest';
import {
  AmbiguousLanguageError,
  BadChecksumError,
  InvalidArgumentError,
  UnknownWordError,
  WrongWordCountError,
} from './errors';
import { randomBytes } from './sodium';

export {
  CASE_CODE_LANGUAGES,
  addWordList,
  hasWordList,
  isCaseCodeLanguage,
  type CaseCodeLanguage,
} from './case-code-wordlists';

export const CASE_ENTROPY_BYTES = 16;
export const CASE_CODE_WORDS = 12;

export interface ParsedCaseCode {
  readonly entropy: Uint8Array;
  readonly language: CaseCodeLanguage;
}

/** 16 fresh bytes from the CSPRNG: the whole secret of a new case. Throws CryptoNotReadyError. */
export function generateCaseEntropy(): Uint8Array {
  return randomBytes(CASE_ENTROPY_BYTES);
}

/**
 * The 12 words of `entropy` in `language`'s BIP39 list (NFC, for display). Deterministic;
 * throws InvalidArgumentError unless entropy is 16 bytes, the language is supported and its word
 * list has been added (English always is).
 */
export function caseCodeWords(entropy: Uint8Array, language: CaseCodeLanguage): string[] {
  assertLength(entropy, CASE_ENTROPY_BYTES, 'case entropy');
  if (!isCaseCodeLanguage(language)) throw new InvalidArgumentError('unsupported case code language');
  const list = wordList(language);
  // scure joins Japanese with U+3000; splitting on any space keeps the words themselves intact.
  return entropyToMnemonic(entropy, [...list.words])
    .split(/[ \u3000]/)
    .map((w) => w.normalize('NFC'));
}

/**
 * The case code as one line of text: the 12 words separated by spaces (U+3000 for Japanese, as
 * BIP39 specifies). parseCaseCode(encodeCaseCode(e, l)) returns e and l. Same errors as
 * caseCodeWords.
 */
export function encodeCaseCode(entropy: Uint8Array, language: CaseCodeLanguage): string {
  return caseCodeWords(entropy, language).join(language === 'ja' ? '\u3000' : ' ');
}

/**
 * Splits typed or pasted text into candidate words. Tolerates any case, whitespace, line breaks,
 * punctuation between words (commas, dashes, ideographic commas), list numbering ("1." "2)"),
 * full-width forms, katakana for hiragana, and Chinese characters with or without spaces.
 */
export function tokenizeCaseCode(text: string): string[] {
  const normalized = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .replace(/\p{Nd}+/gu, ' ');
  const tokens: string[] = [];
  for (const token of normalized.split(/[\s\p{P}\p{S}\p{C}]+/u)) {
    if (token === '') continue;
    // Chinese lists have one character per word, so a run of ideographs is a run of words.
    if (/^\p{Script=Han}+$/u.test(token)) tokens.push(...token);
    else tokens.push(token);
  }
  return tokens;
}

interface Candidate {
  readonly language: CaseCodeLanguage;
  readonly entropy: Uint8Array;
}

function indicesIn(tokens: readonly string[], list: WordList): (number | undefined)[] {
  return tokens.map((t) => list.indexByKey.get(matchKey(t, list.isLatin)));
}

function decodeChecked(indices: readonly number[], list: WordList): Uint8Array | undefined {
  const words = indices.map((i) => list.words[i] as string);
  try {
    // All words are known here, so the only possible failure is the checksum.
    return mnemonicToEntropy(words.join(' '), [...list.words]);
  } catch {
    return undefined;
  }
}

/** The entropy when `tokens` are 12 words of `list` with a valid checksum, else undefined. */
function validIn(tokens: readonly string[], list: WordList): Uint8Array | undefined {
  const indices = indicesIn(tokens, list);
  return indices.every((i) => i !== undefined) ? decodeChecked(indices as number[], list) : undefined;
}

function isValidIn(tokens: readonly string[], language: CaseCodeLanguage): boolean {
  if (!hasWordList(language)) return false;
  const entropy = validIn(tokens, wordList(language));
  entropy?.fill(0);
  return entropy !== undefined;
}

function missingLists(tokens: readonly string[], prefer: CaseCodeLanguage | undefined): CaseCodeLanguage[] {
  if (tokens.length !== CASE_CODE_WORDS) return [];
  if (isValidIn(tokens, prefer ?? 'en') || isValidIn(tokens, 'en')) {
    return prefer !== undefined && !hasWordList(prefer) ? [prefer] : [];
  }
  const mayMatch = (language: CaseCodeLanguage): boolean => tokens.some((token) => mayBeIn(token, language));
  return CASE_CODE_LANGUAGES.filter((language) => !hasWordList(language) && (language === prefer || mayMatch(language)));
}

/**
 * The word lists, not added yet, to add before parseCaseCode(text, options), so that its answer
 * is the one all ten lists would give. Empty when nothing is missing. A code valid in `prefer`'s
 * list or in English (the language every new code is made in) needs no other list: the
 * preferred reading wins anyway, and an English code would need all 12 words to be in another
 * list too, with a matching checksum (about 2^-52 for French, less for the others) to read
 * otherwise. Anything else needs `prefer`'s list and every list whose script appears in the
 * text. Pure: the caller fetches the lists and adds them (addWordList).
 */
export function caseCodeWordListsNeeded(text: string, options: { prefer?: CaseCodeLanguage } = {}): CaseCodeLanguage[] {
  if (typeof text !== 'string') throw new InvalidArgumentError('case code must be text');
  if (options.prefer !== undefined && !isCaseCodeLanguage(options.prefer)) throw new InvalidArgumentError('unsupported case code language');
  return missingLists(tokenizeCaseCode(text), options.prefer);
}

function pick(candidates: readonly Candidate[], prefer: CaseCodeLanguage | undefined): Candidate {
  const preferred = candidates.find((c) => c.language === prefer);
  if (preferred) return preferred;
  const distinct = new Set(candidates.map((c) => toHex(c.entropy)));
  // Simplified and traditional Chinese share 1,275 characters at the same indices: a code made
  // only of those is valid in both with the same entropy, so either answer opens the same case.
  if (distinct.size === 1) return candidates[0] as Candidate;
  throw new AmbiguousLanguageError(candidates.map((c) => c.language));
}

/**
 * Reads a case code typed or pasted by a person, detecting its language by trying every list
 * that has been added (English always is; caseCodeWordListsNeeded says which others to add first
 * for an answer that does not depend on what was added).
 * Returns the 16-byte entropy and the language it was written in. Throws, in this order:
 * WrongWordCountError ('wrong_word_count', with how many words were found) unless there are 12;
 * BadChecksumError ('bad_checksum') when every word is known but the checksum fails;
 * UnknownWordError ('unknown_word') naming the first unknown position (1-based) in the language
 * that recognises the most words, with a non-enumerable suggestion when one word is clearly meant;
 * AmbiguousLanguageError ('ambiguous_language') in the astronomically rare case that the words
 * are valid in two lists with different entropy and `prefer` does not settle it.
 */
export function parseCaseCode(text: string, options: { prefer?: CaseCodeLanguage } = {}): ParsedCaseCode {
  if (typeof text !== 'string') throw new InvalidArgumentError('case code must be text');
  const tokens = tokenizeCaseCode(text);
  if (tokens.length !== CASE_CODE_WORDS) throw new WrongWordCountError(tokens.length, CASE_CODE_WORDS);

  // A valid code in the preferred list is the answer whatever the other lists say (see pick).
  if (options.prefer !== undefined && hasWordList(options.prefer)) {
    const entropy = validIn(tokens, wordList(options.prefer));
    if (entropy) return { entropy, language: options.prefer };
  }

  const valid: Candidate[] = [];
  let anyComplete = false;
  let best: { list: WordList; indices: (number | undefined)[]; known: number } | undefined;
  for (const language of CASE_CODE_LANGUAGES) {
    if (!hasWordList(language)) continue;
    const list = wordList(language);
    const indices = indicesIn(tokens, list);
    const known = indices.filter((i) => i !== undefined).length;
    if (known === CASE_CODE_WORDS) {
      anyComplete = true;
      const entropy = decodeChecked(indices as number[], list);
      if (entropy) valid.push({ language, entropy });
    }
    const better = !best || known > best.known || (known === best.known && language === options.prefer);
    if (better) best = { list, indices, known };
  }

  if (valid.length > 0) {
    const chosen = pick(valid, options.prefer);
    return { entropy: chosen.entropy, language: chosen.language };
  }
  if (anyComplete) throw new BadChecksumError();

  const { list, indices } = best as NonNullable<typeof best>;
  const position = indices.findIndex((i) => i === undefined);
  const typed = matchKey(tokens[position] as string, list.isLatin);
  const suggestion = suggestWord(typed, list);
  throw new UnknownWordError(
    position + 1,
    suggestion === undefined ? undefined : (list.words[suggestion] as string).normalize('NFC'),
  );
}
