// Why the server refused, in the page's language: every code of the closed set in api/errors.ts
// has words of its own in every whistleblower language; a code the page does not know gets a
// general sentence; the server's English words are never shown.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, isErrorCode } from '../../../../api/index';
import { ApiError, NetworkError } from '../../../../client/shared/http';
import { msg, translate } from '../../../../client/shared/i18n/message';
import { englishWordsFrom, type Words } from '../../../../client/shared/i18n/words';
import { failureText } from '../../../../client/whistleblower/services/errors';
import { requestFailure } from '../../../../client/whistleblower/services/request-failure';
import { REFUSAL_KEYS, refusalText, serverRefusal } from '../../../../client/whistleblower/services/server-refusal';
import { LOCALES_DIR, localeLanguages, readLocale } from '../i18n/locale-files';

const SERVER_ENGLISH = 'Server words that must not reach the page.';

/** A fixed translator over one language's files (plural rules do not matter here). */
function wordsOf(language: string): Words {
  const read = (namespace: string): Record<string, unknown> =>
    JSON.parse(readFileSync(join(LOCALES_DIR, language, `${namespace}.json`), 'utf8')) as Record<string, unknown>;
  const words = englishWordsFrom({ common: read('common'), whistleblower: read('whistleblower') });
  return { t: words.t, language };
}

const LANGUAGES = localeLanguages().filter((language) => readLocale(language).has('whistleblower'));

describe('server refusals in the page language', () => {
  it('knows the ten whistleblower languages', () => {
    expect(LANGUAGES).toHaveLength(10);
  });

  it('has words for every code the server may answer, in every language', () => {
    expect(ERROR_CODES.length).toBeGreaterThan(0);
    for (const language of LANGUAGES) {
      const whistleblower = readLocale(language).get('whistleblower') ?? new Map<string, string>();
      for (const code of ERROR_CODES) {
        const key = REFUSAL_KEYS[code] as string | undefined;
        expect(key, `${code} has no words`).toBeDefined();
        expect(whistleblower.has((key ?? '').replace(/^whistleblower:/, '')), `${language}: ${code} (${key ?? ''})`).toBe(true);
      }
    }
    // Nothing is listed for a code the server does not have.
    expect(Object.keys(REFUSAL_KEYS).sort()).toEqual([...ERROR_CODES].sort());
  });

  it('turns each code into words of the page, never the key itself', () => {
    const english = wordsOf('en');
    for (const code of ERROR_CODES) {
      const text = translate(english, refusalText(code));
      expect(text).not.toContain('errors.');
      expect(text.length).toBeGreaterThan(10);
    }
  });

  it('gives an unknown code the general sentence', () => {
    expect(isErrorCode('brand_new_code')).toBe(false);
    expect(refusalText('brand_new_code')).toEqual(msg('whistleblower:errors.why.refused'));
    const error = new ApiError(400, 'brand_new_code', SERVER_ENGLISH);
    expect(serverRefusal(error)).toEqual(msg('whistleblower:errors.why.refused'));
  });

  it('keeps the words the client itself gave an answer without an error body', () => {
    const error = new ApiError(418, 'unexpected', msg('common:http.unexpected', { status: '418' }));
    expect(serverRefusal(error)).toEqual(msg('common:http.unexpected', { status: '418' }));
  });

  it('shows a refused request in the page language, without the server\'s English', () => {
    const failure = requestFailure(new ApiError(429, 'too_many_requests', SERVER_ENGLISH), msg('whistleblower:errors.what.answer'));
    expect(failure.message).toBe('Your answer was not sent. The tip line is busy right now. Please wait a few minutes, then try again.');
    for (const language of LANGUAGES) {
      const words = wordsOf(language);
      const text = translate(words, failureText(failure));
      expect(text).not.toContain(SERVER_ENGLISH);
      expect(text).toContain(translate(words, msg('whistleblower:errors.why.busy')));
      if (language !== 'en') expect(text).not.toContain('The tip line is busy');
    }
    const unknown = requestFailure(new ApiError(403, 'brand_new_code', SERVER_ENGLISH), msg('whistleblower:errors.what.loadCase'));
    expect(translate(wordsOf('fr'), failureText(unknown))).toBe(
      'Nous n’avons pas pu charger votre dossier. La plateforme de signalement ne l’a pas accepté. Veuillez réessayer dans quelques minutes.',
    );
  });

  it('still says a server failure and a lost connection as before', () => {
    const what = msg('whistleblower:errors.what.loadCase');
    expect(requestFailure(new ApiError(503, 'unavailable', SERVER_ENGLISH), what).message).toContain('(error 503)');
    expect(requestFailure(new NetworkError(), what).message).toContain('The connection failed');
  });
});
