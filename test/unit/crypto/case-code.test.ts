import { beforeAll, describe, expect, it } from 'vitest';
import {
  CASE_CODE_LANGUAGES,
  caseCodeWords,
  encodeCaseCode,
  parseCaseCode,
  tokenizeCaseCode,
} from '../../../crypto/case-code';
import { addAllWordLists } from '../../../crypto/case-code-all-wordlists';
import { matchKey, wordList } from '../../../crypto/case-code-wordlists';
import {
  BadChecksumError,
  InvalidArgumentError,
  UnknownWordError,
  WrongWordCountError,
} from '../../../crypto/errors';
import { ready } from '../../../crypto/sodium';
import { expectCryptoError, fromHex, patternBytes } from './fixtures';

// The official BIP39 English vector for entropy 0x7f…7f.
const LEGAL = 'legal winner thank year wave sausage worth useful legal winner thank yellow';
const LEGAL_ENTROPY = fromHex('7f'.repeat(16));

beforeAll(async () => {
  await ready();
  // Every list, as the server and tools have them; the whistleblower page adds them one by one
  // (case-code-wordlists.test.ts).
  addAllWordLists();
});

describe('case code encoding', () => {
  it('matches the official BIP39 English vector', () => {
    expect(encodeCaseCode(LEGAL_ENTROPY, 'en')).toBe(LEGAL);
    expect(parseCaseCode(LEGAL)).toEqual({ entropy: LEGAL_ENTROPY, language: 'en' });
  });

  it('round-trips random entropy in every language and detects the language', () => {
    for (let i = 0; i < 20; i++) {
      const entropy = patternBytes(16, 100 + i);
      for (const language of CASE_CODE_LANGUAGES) {
        const parsed = parseCaseCode(encodeCaseCode(entropy, language));
        expect(parsed.entropy).toEqual(entropy);
        // Codes made only of characters shared by both Chinese lists parse as either; same entropy.
        if (!language.startsWith('zh')) expect(parsed.language).toBe(language);
      }
    }
  });

  it('opens the same entropy from any language rendering', () => {
    const entropy = patternBytes(16, 7);
    const fromFrench = parseCaseCode(encodeCaseCode(entropy, 'fr')).entropy;
    const fromKorean = parseCaseCode(encodeCaseCode(entropy, 'ko')).entropy;
    expect(fromFrench).toEqual(fromKorean);
  });

  it('gives 12 words and separates Japanese words with an ideographic space', () => {
    const entropy = patternBytes(16, 9);
    expect(caseCodeWords(entropy, 'ja')).toHaveLength(12);
    expect(encodeCaseCode(entropy, 'ja').split('\u3000')).toHaveLength(12);
  });

  it('refuses entropy that is not 16 bytes', () => {
    expectCryptoError(() => encodeCaseCode(new Uint8Array(32), 'en'), InvalidArgumentError, 'invalid_argument');
  });

  it('keeps Latin word lists unique without accents, which accent-insensitive matching relies on', () => {
    for (const language of ['en', 'fr', 'es', 'pt', 'it', 'cs'] as const) {
      const list = wordList(language);
      expect(new Set(list.keys).size).toBe(2048);
    }
  });
});

describe('reading a typed case code', () => {
  it('tolerates case, extra spaces, tabs, line breaks, commas and dashes', () => {
    const messy = '  LEGAL,winner - thank\tyear\n\nwave; sausage–worth, useful\r\nLegal winner—thank   yellow ';
    expect(parseCaseCode(messy).entropy).toEqual(LEGAL_ENTROPY);
  });

  it('tolerates list numbering copied with the words', () => {
    const numbered = LEGAL.split(' ').map((w, i) => `${i + 1}. ${w}`).join('\n');
    expect(parseCaseCode(numbered).entropy).toEqual(LEGAL_ENTROPY);
  });

  it('accepts Spanish and French words with or without accents, composed or decomposed', () => {
    const entropy = patternBytes(16, 3);
    for (const language of ['es', 'fr'] as const) {
      const text = encodeCaseCode(entropy, language);
      const stripped = text.normalize('NFKD').replace(/\p{M}/gu, '');
      expect(parseCaseCode(stripped).entropy).toEqual(entropy);
      expect(parseCaseCode(text.normalize('NFD')).entropy).toEqual(entropy);
      expect(parseCaseCode(text.normalize('NFC')).entropy).toEqual(entropy);
    }
  });

  it('accepts Chinese with or without spaces between characters', () => {
    const entropy = patternBytes(16, 4);
    const spaced = encodeCaseCode(entropy, 'zh-Hans');
    expect(parseCaseCode(spaced.replace(/ /g, '')).entropy).toEqual(entropy);
    expect(parseCaseCode(spaced.replace(/ /g, '，')).entropy).toEqual(entropy);
  });

  it('accepts Japanese with ASCII spaces, with ideographic spaces, and in katakana', () => {
    const entropy = patternBytes(16, 5);
    const text = encodeCaseCode(entropy, 'ja');
    expect(parseCaseCode(text.replace(/\u3000/g, ' ')).entropy).toEqual(entropy);
    const katakana = text.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
    expect(parseCaseCode(katakana).entropy).toEqual(entropy);
  });

  it('accepts full-width Latin letters', () => {
    const fullWidth = LEGAL.replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(parseCaseCode(fullWidth).entropy).toEqual(LEGAL_ENTROPY);
  });

  it('says how many words it found when there are not 12', () => {
    const words = LEGAL.split(' ');
    const short = expectCryptoError(() => parseCaseCode(words.slice(0, 11).join(' ')), WrongWordCountError, 'wrong_word_count');
    expect(short.found).toBe(11);
    const long = expectCryptoError(() => parseCaseCode(`${LEGAL} extra`), WrongWordCountError, 'wrong_word_count');
    expect(long.found).toBe(13);
    expect(expectCryptoError(() => parseCaseCode(''), WrongWordCountError, 'wrong_word_count').found).toBe(0);
  });

  it('names the position of an unknown word and suggests the word within edit distance 1', () => {
    const typo = LEGAL.replace('sausage', 'sausge');
    const error = expectCryptoError(() => parseCaseCode(typo), UnknownWordError, 'unknown_word');
    expect(error.position).toBe(6);
    expect(error.suggestion).toBe('sausage');
  });

  it('suggests the only word sharing the first four letters', () => {
    const error = expectCryptoError(() => parseCaseCode(LEGAL.replace('useful', 'usefulness')), UnknownWordError, 'unknown_word');
    expect(error.position).toBe(8);
    expect(error.suggestion).toBe('useful');
  });

  it('gives no suggestion when nothing is close', () => {
    const error = expectCryptoError(() => parseCaseCode(LEGAL.replace('wave', 'qqqqqqqq')), UnknownWordError, 'unknown_word');
    expect(error.position).toBe(5);
    expect(error.suggestion).toBeUndefined();
  });

  it('keeps the suggestion (a piece of the secret) out of the message and of JSON', () => {
    const error = expectCryptoError(() => parseCaseCode(LEGAL.replace('sausage', 'sausge')), UnknownWordError, 'unknown_word');
    expect(error.message).not.toMatch(/saus/);
    expect(JSON.stringify(error)).not.toMatch(/saus/);
    expect(Object.keys(error)).not.toContain('suggestion');
  });

  it('reports a checksum failure when all words are known but one is wrong', () => {
    const wrong = LEGAL.replace(/yellow$/, 'zoo');
    const error = expectCryptoError(() => parseCaseCode(wrong), BadChecksumError, 'bad_checksum');
    expect(error.message).toMatch(/one of the words is wrong or two are swapped/);
  });

  it('reports a checksum failure when two words are swapped', () => {
    const words = encodeCaseCode(patternBytes(16, 11), 'en').split(' ');
    let swapsCaught = 0;
    for (let i = 0; i < 11; i++) {
      const swapped = [...words];
      [swapped[i], swapped[i + 1]] = [swapped[i + 1] as string, swapped[i] as string];
      if (swapped[i] === swapped[i + 1]) continue;
      try {
        parseCaseCode(swapped.join(' '));
      } catch (error) {
        expect(error).toBeInstanceOf(BadChecksumError);
        swapsCaught++;
      }
    }
    // A 4-bit checksum catches each swap with probability 15/16.
    expect(swapsCaught).toBeGreaterThanOrEqual(8);
  });

  it('reads the language of the majority of words when reporting an unknown word', () => {
    const french = encodeCaseCode(patternBytes(16, 12), 'fr').split(' ');
    french[2] = 'xyzzy';
    const error = expectCryptoError(() => parseCaseCode(french.join(' ')), UnknownWordError, 'unknown_word');
    expect(error.position).toBe(3);
  });

  it('splits runs of Chinese characters into single-character words', () => {
    expect(tokenizeCaseCode('的一是 在')).toEqual(['的', '一', '是', '在']);
    expect(matchKey('ÁBACO', true)).toBe('abaco');
  });
});
