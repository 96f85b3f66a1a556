// Checks and normalises what the operator types. Each failure is a UsageError whose message
// says what is expected; normalised values are what the database stores.
import { ISO_COUNTRY_CODES } from './countries';
import { UsageError } from './errors';
import { printable } from './output';

export const MAX_AGENCY_NAME = 200;
export const MAX_COUNTRIES = ISO_COUNTRY_CODES.size;
export const MAX_LANGUAGES = 30;
export const DEFAULT_INVITE_DAYS = 7;
export const MAX_INVITE_DAYS = 30;
export const DEFAULT_BASE_URL = 'http://127.0.0.1:8080';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function shown(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return JSON.stringify(printable(short));
}

function hasControlCharacter(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(text);
}

/** An agency name: NFC, trimmed, 1..200 characters, no control or bidi-override characters. */
export function agencyName(raw: string): string {
  const name = raw.normalize('NFC').trim();
  if (name === '') throw new UsageError('--name must not be empty');
  if ([...name].length > MAX_AGENCY_NAME) throw new UsageError(`--name must be at most ${String(MAX_AGENCY_NAME)} characters`);
  if (hasControlCharacter(name)) throw new UsageError('--name must not contain control or text-direction characters');
  return name;
}

/** Comma-separated items, trimmed; empty items are refused rather than skipped (a typo). */
export function commaList(raw: string, option: string): string[] {
  const items = raw.split(',').map((item) => item.trim());
  if (items.some((item) => item === '')) throw new UsageError(`--${option} must be a comma-separated list without empty items, e.g. KE,TZ`);
  return items;
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/** ISO 3166-1 alpha-2 codes, upper-cased, de-duplicated, in the order given. */
export function countryCodes(items: readonly string[]): string[] {
  if (items.length === 0) throw new UsageError('--countries needs at least one ISO 3166-1 alpha-2 code, e.g. KE,TZ');
  const codes = unique(items.map((item) => item.trim().toUpperCase()));
  for (const code of codes) {
    if (!ISO_COUNTRY_CODES.has(code)) {
      throw new UsageError(`--countries: ${shown(code)} is not an ISO 3166-1 alpha-2 country code (two letters, e.g. KE for Kenya, GB for the United Kingdom)`);
    }
  }
  if (codes.length > MAX_COUNTRIES) throw new UsageError(`--countries: at most ${String(MAX_COUNTRIES)} codes`);
  return codes;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** One BCP 47 tag in its canonical form (sw, pt-BR, zh-Hant), or UsageError. */
export function languageTag(raw: string): string {
  const text = raw.trim();
  const refuse = (): never => {
    throw new UsageError(`--languages: ${shown(text)} is not a language tag (BCP 47, e.g. en, sw, fr, pt-BR, zh-Hant)`);
  };
  if (text.length === 0 || text.length > 35 || !/^[A-Za-z0-9-]+$/.test(text)) return refuse();
  let canonical: string | undefined;
  let known: boolean;
  try {
    canonical = Intl.getCanonicalLocales(text)[0];
    // V8 reports no language subtag at all for 'und'.
    const language: unknown = canonical === undefined ? undefined : new Intl.Locale(canonical).language;
    // A known language subtag: refuses 'und', private-use 'qaa' and made-up ones such as 'xx'.
    known = typeof language === 'string' && language !== 'und' && languageNames.of(language) !== undefined;
  } catch {
    known = false;
  }
  if (!known || canonical === undefined) return refuse();
  return canonical;
}

/** BCP 47 tags, canonicalised, de-duplicated, in the order given. */
export function languageTags(items: readonly string[]): string[] {
  if (items.length === 0) throw new UsageError('--languages needs at least one language tag, e.g. en,sw');
  const tags = unique(items.map(languageTag));
  if (tags.length > MAX_LANGUAGES) throw new UsageError(`--languages: at most ${String(MAX_LANGUAGES)} tags`);
  return tags;
}

/** An agency id as printed by create-agency (a UUID), lower-cased. */
export function agencyId(raw: string): string {
  const id = raw.trim();
  if (!UUID.test(id)) throw new UsageError(`--agency must be an agency id as printed by create-agency or list-agencies (a UUID), got ${shown(id)}`);
  return id.toLowerCase();
}

/** Days an invite stays valid: a whole number 1..30. */
export function inviteDays(raw: string | number | undefined): number {
  if (raw === undefined) return DEFAULT_INVITE_DAYS;
  const text = String(raw).trim();
  const days = /^[0-9]{1,3}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(days) || days < 1 || days > MAX_INVITE_DAYS) {
    throw new UsageError(`--days must be a whole number from 1 to ${String(MAX_INVITE_DAYS)}, got ${shown(text)}`);
  }
  return days;
}

/**
 * The address prosecutors open the app at: http or https, no credentials, query or fragment.
 * Returned without a trailing slash.
 */
export function baseUrl(raw: string | undefined): string {
  const text = (raw ?? DEFAULT_BASE_URL).trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--base-url must be a URL such as http://abc…xyz.onion or https://tips.example.org, got ${shown(text)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError('--base-url must start with http:// or https://');
  if (url.username !== '' || url.password !== '') throw new UsageError('--base-url must not contain a user name or password');
  if (url.search !== '' || url.hash !== '' || text.includes('?') || text.includes('#')) {
    throw new UsageError('--base-url must not contain a query (?…) or fragment (#…)');
  }
  return url.href.replace(/\/+$/, '');
}

/**
 * A fingerprint as read out by a person: case and spaces do not matter, but all 40 hex digits
 * must be there (each missing digit takes 4 bits off the work of forging a matching key).
 * Returns the 40 digits upper-case, without spaces.
 */
export function fingerprintDigits(raw: string): string {
  const digits = raw.replace(/\s+/g, '').toUpperCase();
  if (!/^[0-9A-F]*$/.test(digits)) {
    throw new UsageError('--fingerprint must be the hexadecimal digits (0-9, A-F) the admin reads from their screen, in groups of 4');
  }
  if (digits.length !== 40) {
    throw new UsageError(`--fingerprint must have all 40 hexadecimal digits (10 groups of 4), got ${String(digits.length)}`);
  }
  return digits;
}
