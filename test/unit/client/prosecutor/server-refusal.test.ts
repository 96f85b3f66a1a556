// Why the server refused, in the prosecutor page's language: every code of the closed set in
// api/errors.ts has words of its own in en, fr, es and ar; a code the page does not know gets the
// general sentence; the server's English words are never shown.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, isErrorCode } from '../../../../api/index';
import { describeError, describeErrorText } from '../../../../client/prosecutor/services/describe-error';
import { PROSECUTOR_REFUSAL_KEYS, prosecutorRefusal, prosecutorRefusalText } from '../../../../client/prosecutor/services/server-refusal';
import { ApiError, NetworkError } from '../../../../client/shared/http';
import { msg, translate } from '../../../../client/shared/i18n/message';
import { englishWordsFrom, type Words } from '../../../../client/shared/i18n/words';
import { LOCALES_DIR, localeLanguages, readLocale } from '../i18n/locale-files';

const SERVER_ENGLISH = 'Server words that must not reach the page.';
const GENERAL = msg('prosecutor:errors.why.general');

/** A fixed translator over one language's files (plural rules do not matter here). */
function wordsOf(language: string): Words {
  const read = (namespace: string): Record<string, unknown> =>
    JSON.parse(readFileSync(join(LOCALES_DIR, language, `${namespace}.json`), 'utf8')) as Record<string, unknown>;
  const words = englishWordsFrom({ common: read('common'), prosecutor: read('prosecutor') });
  return { t: words.t, language };
}

const LANGUAGES = localeLanguages().filter((language) => readLocale(language).has('prosecutor'));

describe('server refusals on the prosecutor pages', () => {
  it('knows the four prosecutor languages', () => {
    expect([...LANGUAGES].sort()).toEqual(['ar', 'en', 'es', 'fr']);
  });

  it('has words for every code the server may answer, in every language', () => {
    expect(ERROR_CODES.length).toBeGreaterThan(0);
    for (const language of LANGUAGES) {
      const prosecutor = readLocale(language).get('prosecutor') ?? new Map<string, string>();
      for (const code of ERROR_CODES) {
        const key = PROSECUTOR_REFUSAL_KEYS[code] as string | undefined;
        expect(key, `${code} has no words`).toBeDefined();
        expect(prosecutor.has((key ?? '').replace(/^prosecutor:/, '')), `${language}: ${code} (${key ?? ''})`).toBe(true);
      }
    }
    expect(Object.keys(PROSECUTOR_REFUSAL_KEYS).sort()).toEqual([...ERROR_CODES].sort());
  });

  it('turns each code into words of the page, never the key or the server\'s English', () => {
    for (const language of LANGUAGES) {
      const words = wordsOf(language);
      for (const code of ERROR_CODES) {
        const text = translate(words, prosecutorRefusalText(code));
        expect(text, `${language}: ${code}`).not.toContain('errors.');
        expect(text.length).toBeGreaterThan(10);
        const status = code === 'internal' || code === 'unavailable' ? 503 : 400;
        expect(describeError(new ApiError(status, code, SERVER_ENGLISH), words)).not.toContain(SERVER_ENGLISH);
      }
    }
  });

  it('gives sign-in, lock-out and invites their own words in English', () => {
    const english = wordsOf('en');
    expect(describeError(new ApiError(401, 'login_failed', SERVER_ENGLISH), english)).toBe('The username or passphrase is wrong.');
    expect(describeError(new ApiError(429, 'too_many_attempts', SERVER_ENGLISH), english)).toContain('wait before trying again');
    expect(describeError(new ApiError(404, 'invite_invalid', SERVER_ENGLISH), english)).toContain('invite link is not valid');
    expect(describeError(new ApiError(401, 'session_expired', SERVER_ENGLISH), english)).toBe('Your session has ended. Sign in again.');
  });

  it('says a lock-out in French, word for word', () => {
    expect(describeError(new ApiError(429, 'too_many_attempts', SERVER_ENGLISH), wordsOf('fr'))).toBe(
      'Trop de tentatives erronées. Pour la sécurité de votre compte, la connexion est suspendue pendant un temps : attendez avant de réessayer.',
    );
  });

  it('gives an unknown code the general sentence', () => {
    expect(isErrorCode('brand_new_code')).toBe(false);
    expect(prosecutorRefusalText('brand_new_code')).toEqual(GENERAL);
    const error = new ApiError(403, 'brand_new_code', SERVER_ENGLISH);
    expect(prosecutorRefusal(error)).toEqual(GENERAL);
    expect(describeErrorText(error)).toEqual(GENERAL);
    expect(describeErrorText(new ApiError(400, 'brand_new_code', ''))).toEqual(GENERAL);
  });

  it('keeps the words the client itself gave an answer without an error body', () => {
    const error = new ApiError(418, 'unexpected', msg('common:http.unexpected', { status: '418' }));
    expect(describeErrorText(error)).toEqual(msg('common:http.unexpected', { status: '418' }));
  });

  it('still says a server failure and a lost connection as before', () => {
    expect(describeErrorText(new ApiError(500, 'brand_new_code', SERVER_ENGLISH))).toEqual(msg('prosecutor:errors.server'));
    expect(describeErrorText(new NetworkError())).toEqual(msg('common:http.network'));
  });
});
