// Search of the species list: typing in any supported language (or the scientific name, or a
// trade product such as "ivory") finds the taxon; results carry the name in the reader's
// language. Pure and synchronous: the index is built once when the module loads.
import { TAXA } from './taxa';
import { SPECIES_LANGUAGES, type SpeciesLanguage, type Taxon } from './types';

export interface TaxonMatch {
  readonly taxon: Taxon;
  /** The name to show, in the requested language. */
  readonly name: string;
  /** The text that matched (possibly in another language, a scientific name or a product). */
  readonly matched: string;
  readonly matchedKind: 'name' | 'scientific' | 'product';
  readonly matchedLanguage: SpeciesLanguage | null;
  readonly score: number;
}

/** What a tip records for "species": a listed taxon, "unknown", or the person's own words. */
export type SpeciesChoice =
  | { readonly kind: 'taxon'; readonly id: string }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'free-text'; readonly text: string };

/** "Unknown / not sure" is always allowed. */
export const UNKNOWN_TAXON: SpeciesChoice = Object.freeze({ kind: 'unknown' });

export const FREE_TEXT_MAX_LENGTH = 200;
export const DEFAULT_LIMIT = 10;
const MAX_QUERY_LENGTH = 100;

/** Shown for UNKNOWN_TAXON; the form's own translations may override it. */
export const UNKNOWN_LABEL: Readonly<Record<SpeciesLanguage, string>> = {
  en: 'Unknown / not sure',
  fr: 'Inconnu / je ne sais pas',
  es: 'Desconocido / no lo sé',
  zh: '不知道 / 不确定',
  vi: 'Không rõ / không chắc',
  th: 'ไม่ทราบ / ไม่แน่ใจ',
  id: 'Tidak tahu / tidak yakin',
  pt: 'Desconhecido / não sei',
  sw: 'Sijui / sina uhakika',
  ar: 'غير معروف / لست متأكدًا',
};

// ------------------------------------------------------------------ normalisation

/** Scripts written without spaces between words: matched by substring. */
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const LATIN_MARKS = /[\u0300-\u036f]/g;
// Arabic harakat, Quranic marks, superscript alef, hamza above/below (left after NFKD), tatweel.
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const LETTER_MAP: Readonly<Record<string, string>> = {
  'đ': 'd', 'ø': 'o', 'ł': 'l', 'æ': 'ae', 'œ': 'oe', 'ß': 'ss', 'ı': 'i',
  'ٱ': 'ا', 'ة': 'ه', 'ى': 'ي', 'ک': 'ك', 'ی': 'ي',
};
const MAPPED_LETTERS = /[đøłæœßıٱةىکی]/g;
const ARABIC_ARTICLE = /(^| )ال(?=\S{2})/g;

/**
 * Lower case; Latin accents stripped (é→e, ệ→e, đ→d); Arabic diacritics removed, alef forms
 * unified, taa marbuta → haa, alif maqsura → yaa, the article "ال" dropped; punctuation → space.
 * Thai vowel and tone marks are kept (they are letters there, not accents).
 */
export function normalizeForSearch(text: string): string {
  return text
    .slice(0, MAX_QUERY_LENGTH * 4)
    .normalize('NFKD')
    .toLowerCase()
    .replace(LATIN_MARKS, '')
    .replace(ARABIC_MARKS, '')
    .replace(MAPPED_LETTERS, (c) => LETTER_MAP[c] ?? c)
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim()
    .replace(ARABIC_ARTICLE, '$1');
}

// ------------------------------------------------------------------ index

interface IndexKey {
  readonly text: string;
  readonly norm: string;
  readonly compact: string;
  readonly tokens: readonly string[];
  readonly kind: TaxonMatch['matchedKind'];
  readonly language: SpeciesLanguage | null;
  readonly primary: boolean;
}

interface IndexEntry {
  readonly taxon: Taxon;
  readonly order: number;
  readonly keys: readonly IndexKey[];
}

function makeKey(text: string, kind: IndexKey['kind'], language: SpeciesLanguage | null, primary: boolean): IndexKey | null {
  const norm = normalizeForSearch(text);
  if (norm === '') return null;
  return { text, norm, compact: norm.replaceAll(' ', ''), tokens: norm.split(' '), kind, language, primary };
}

function buildIndex(taxa: readonly Taxon[]): readonly IndexEntry[] {
  return taxa.map((taxon, order) => {
    const keys: IndexKey[] = [];
    const push = (key: IndexKey | null): void => {
      if (key !== null) keys.push(key);
    };
    push(makeKey(taxon.scientificName, 'scientific', null, false));
    for (const language of SPECIES_LANGUAGES) {
      taxon.names[language].forEach((name, i) => push(makeKey(name, 'name', language, i === 0)));
      for (const product of taxon.products?.[language] ?? []) push(makeKey(product, 'product', language, false));
    }
    return { taxon, order, keys };
  });
}

const INDEX = buildIndex(TAXA);
const BY_ID: ReadonlyMap<string, Taxon> = new Map(TAXA.map((taxon) => [taxon.id, taxon]));

// ------------------------------------------------------------------ scoring

interface Query {
  readonly norm: string;
  readonly compact: string;
  readonly tokens: readonly string[];
  readonly noSpaceScript: boolean;
}

/** Each query word starts a different word of the key, in any order. */
function everyTokenPrefixesADistinctWord(queryTokens: readonly string[], keyTokens: readonly string[]): boolean {
  const used = new Set<number>();
  for (const qt of queryTokens) {
    const i = keyTokens.findIndex((t, j) => !used.has(j) && t.startsWith(qt));
    if (i < 0) return false;
    used.add(i);
  }
  return true;
}

/** How well one key matches: 0 for no match; higher is better. */
function matchScore(key: IndexKey, q: Query): number {
  if (key.norm === q.norm) return 100;
  if (key.compact === q.compact) return 95; // same letters, spaces aside: "tete" is "tê tê"
  if (key.norm.startsWith(q.norm)) return 90;
  if (key.compact.startsWith(q.compact)) return 85; // spaces left out: "tetea" starts "tê tê Ấn Độ"
  if (q.tokens.length === 1) {
    if (key.tokens.some((t) => t.startsWith(q.norm))) return 75;
  } else if (everyTokenPrefixesADistinctWord(q.tokens, key.tokens)) {
    return 70; // "star tort" finds "Indian star tortoise"
  }
  if (q.noSpaceScript) {
    if (key.compact.includes(q.compact)) return 50; // 穿山甲 in 中华穿山甲
    if (key.compact.length >= 2 && q.compact.includes(key.compact)) return 35; // 穿山甲 in 穿山甲鳞片粉
  } else if (q.compact.length >= 4 && key.compact.includes(q.compact)) {
    return 20; // inside a word (4+ characters), weakest: "bill" in "hawksbill"
  }
  return 0;
}

function bonus(key: IndexKey, language: SpeciesLanguage): number {
  let b = 0;
  if (key.kind === 'name' && key.language === language) b += 8;
  if (key.kind === 'scientific') b += 2;
  if (key.kind === 'product') b -= 15;
  if (key.primary) b += 3;
  return b;
}

function clampLimit(limit: number): number {
  if (!Number.isFinite(limit)) return limit === Infinity ? TAXA.length : 0;
  return Math.max(0, Math.floor(limit));
}

/**
 * Ranked taxa matching `query`, typed in any supported language or as a scientific name.
 * Exact and prefix matches come first, then word-prefix, then substring (CJK and Thai).
 * Never throws; an empty or unmatched query gives [].
 */
export function searchTaxa(query: string, language: SpeciesLanguage, limit: number = DEFAULT_LIMIT): TaxonMatch[] {
  const max = clampLimit(limit);
  if (max === 0 || typeof query !== 'string') return [];
  const norm = normalizeForSearch(query.slice(0, MAX_QUERY_LENGTH));
  if (norm === '') return [];
  const q: Query = { norm, compact: norm.replaceAll(' ', ''), tokens: norm.split(' '), noSpaceScript: NO_SPACE_SCRIPT.test(norm) };

  const found: { entry: IndexEntry; key: IndexKey; score: number }[] = [];
  for (const entry of INDEX) {
    let best: IndexKey | null = null;
    let bestScore = 0;
    for (const key of entry.keys) {
      const base = matchScore(key, q);
      if (base === 0) continue;
      const score = base + bonus(key, language);
      if (score > bestScore || (score === bestScore && best !== null && key.norm.length < best.norm.length)) {
        best = key;
        bestScore = score;
      }
    }
    if (best !== null) found.push({ entry, key: best, score: bestScore });
  }
  found.sort((a, b) => b.score - a.score || a.key.norm.length - b.key.norm.length || a.entry.order - b.entry.order);
  return found.slice(0, max).map(({ entry, key, score }) => ({
    taxon: entry.taxon,
    name: displayName(entry.taxon, language),
    matched: key.text,
    matchedKind: key.kind,
    matchedLanguage: key.language,
    score,
  }));
}

// ------------------------------------------------------------------ lookups and choices

export function getTaxon(id: string): Taxon | undefined {
  return BY_ID.get(id);
}

export function displayName(taxon: Taxon, language: SpeciesLanguage): string {
  return taxon.names[language][0];
}

export function taxonChoice(taxon: Taxon): SpeciesChoice {
  return { kind: 'taxon', id: taxon.id };
}

/** The person's own words, trimmed and capped; blank text means "unknown". */
export function freeTextChoice(text: string): SpeciesChoice {
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (clean === '') return UNKNOWN_TAXON;
  return { kind: 'free-text', text: Array.from(clean).slice(0, FREE_TEXT_MAX_LENGTH).join('') };
}

/**
 * A label for any stored choice. A taxon id that is no longer in the list (an old tip) is shown
 * as the id itself rather than dropped.
 */
export function describeChoice(choice: SpeciesChoice, language: SpeciesLanguage): string {
  switch (choice.kind) {
    case 'unknown':
      return UNKNOWN_LABEL[language];
    case 'free-text':
      return choice.text;
    case 'taxon': {
      const taxon = getTaxon(choice.id);
      return taxon === undefined ? choice.id : `${displayName(taxon, language)} (${taxon.scientificName})`;
    }
  }
}
