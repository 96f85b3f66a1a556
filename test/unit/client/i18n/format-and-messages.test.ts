// Numbers, days and sizes per language (Intl), and messages: made outside React as data, turned
// into text in whichever language the page shows, nested messages and values included.
import { describe, expect, it } from 'vitest';
import common from '../../../../client/locales/en/common.json';
import whistleblower from '../../../../client/locales/en/whistleblower.json';
import frCommon from '../../../../client/locales/fr/common.json';
import frWhistleblower from '../../../../client/locales/fr/whistleblower.json';
import { formatDay, formatNumber, formatPercent, formatSize } from '../../../../client/shared/i18n/format';
import { bytes, msg, nameList, translate, verbatim } from '../../../../client/shared/i18n/message';
import { englishWordsFrom, type Words } from '../../../../client/shared/i18n/words';
import { limitRefusal, limitsText } from '../../../../client/shared/files/limits';
import { failureText, NoSuchCase, ServiceFailure } from '../../../../client/whistleblower/services/errors';

const english = englishWordsFrom({ common, whistleblower });

/** French words over the translators' files (a fixed instance, as the English one). */
function frenchWords(): Words {
  const words = englishWordsFrom({ common: frCommon, whistleblower: frWhistleblower });
  return { t: words.t, language: 'fr' };
}

const MiB = 1024 * 1024;

describe('formatting per language', () => {
  it('formats numbers and percentages', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'fr')).toMatch(/^1\s234,5$/u);
    expect(formatPercent(45, 'en')).toBe('45%');
    expect(formatPercent(45, 'fr')).toMatch(/^45\s%$/u);
  });

  it('writes days as long dates, and leaves anything else alone', () => {
    expect(formatDay('2026-11-22', 'en')).toBe('November 22, 2026');
    expect(formatDay('2026-11-22', 'fr')).toBe('22 novembre 2026');
    expect(formatDay('2026-11-22', 'es')).toBe('22 de noviembre de 2026');
    expect(formatDay('2026-02-30', 'en')).toBe('2026-02-30');
    expect(formatDay('yesterday', 'en')).toBe('yesterday');
  });

  it('writes sizes with the units and decimal mark of the language', () => {
    expect([0, 1, 2, 1536, 1.5 * MiB].map((size) => formatSize(size, english))).toEqual(['0 bytes', '1 byte', '2 bytes', '1.5 KB', '1.5 MB']);
    const french = formatSize(1.5 * MiB, frenchWords());
    expect(french).toContain('1,5');
    expect(french).not.toBe('1.5 MB');
  });
});

describe('messages', () => {
  it('translate with their values, nested messages, sizes and file names', () => {
    const refusal = limitRefusal({ name: 'video.mp4', size: 3 * 1024 * MiB }, { maxFileBytes: 2 * 1024 * MiB }, { usedBytes: 0, limitBytes: 10 * 1024 * MiB }, []);
    expect(refusal).not.toBeNull();
    if (refusal === null) return;
    expect(translate(english, refusal)).toBe('“video.mp4” is too large to send: it is 3 GB, and each file can be at most 2 GB.');
    const french = translate(frenchWords(), refusal);
    expect(french).toContain('video.mp4');
    expect(french).not.toBe(translate(english, refusal));
    expect(translate(english, limitsText({ maxFileBytes: 2 * 1024 * MiB }, { usedBytes: 0, limitBytes: 10 * 1024 * MiB }))).toBe(
      'Up to 2 GB per file, 10 GB in all for this case. At most 20 files at a time.',
    );
    expect(translate(english, msg('whistleblower:answer.filesNotSent', { count: 2, names: nameList(['a.jpg', 'b.pdf']) }))).toBe(
      '“a.jpg” and “b.pdf” were not sent. Press Retry next to them or remove them, then press Send answer again.',
    );
    expect(translate(english, msg('common:upload.tooLarge', { name: 'x', size: bytes(1536) }))).toContain('(1.5 KB)');
  });

  it('format numbers in the language, but keep count for the plural', () => {
    expect(translate(english, msg('whistleblower:answer.tooLong', { length: 20_001, max: 20_000 }))).toBe(
      'Your answer is too long: 20,001 characters, at most 20,000.',
    );
    expect(translate(english, msg('whistleblower:caseView.countVerified', { count: 1 }))).toBe('1 message passed the checks.');
    expect(translate(english, msg('whistleblower:caseView.countVerified', { count: 3 }))).toBe('3 messages passed the checks.');
  });

  it('show verbatim text as it is, in any language', () => {
    expect(translate(english, verbatim('Too many reports right now.'))).toBe('Too many reports right now.');
    expect(translate(frenchWords(), msg('whistleblower:errors.refused', { what: msg('whistleblower:errors.what.loadAgencies'), why: verbatim('Busy.') }))).toMatch(/Busy\.$/);
  });

  it('are what errors carry: the page translates them, logs get English', () => {
    const failure = new NoSuchCase();
    expect(failure.message).toBe('No case matches this code. Check every word.');
    expect(translate(frenchWords(), failureText(failure))).not.toBe(failure.message);
    expect(translate(english, failureText(new Error('a stack, never shown')))).toBe(
      'Something went wrong on this page. Your text is still here: please try again.',
    );
    expect(translate(english, failureText(new ServiceFailure('Said by the tip line.')))).toBe('Said by the tip line.');
  });
});
