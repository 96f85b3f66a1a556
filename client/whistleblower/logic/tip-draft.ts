// The report form's draft (the wildlife intake, tip version 2), the tip it becomes and its checks.
// Pure. The check runs the very schema the prosecutor's browser decodes with (api/intake.ts,
// tipContentV2) on the tip as it will be encrypted, and ties every problem to the field it comes
// from, so the form can explain it before anything is encrypted.
import { tipContentV2, type HowKnown, type Platform, type ProductType, type TipContentV2 } from '../../../api/index';

/** "I don't know", or a taxon picked from the species list (client/shared/species). */
export type SpeciesPick = { readonly kind: 'taxon'; readonly id: string } | { readonly kind: 'unknown' };

export interface SpeciesDraft {
  /** The person's own words, kept when nothing is picked from the list. */
  readonly text: string;
  readonly pick: SpeciesPick | null;
}

/** A yes/no question left unanswered is ''. */
export type YesNo = 'yes' | 'no' | '';

export interface TipDraft {
  readonly title: string;
  readonly description: string;
  readonly platform: Platform | '';
  readonly platformOther: string;
  /** One text box per link; always at least one (empty rows are left out of the tip). */
  readonly listingUrls: readonly string[];
  readonly listingId: string;
  readonly sellerHandle: string;
  readonly sellerProfileUrl: string;
  /** One text box per contact; always at least one. */
  readonly contactHandles: readonly string[];
  readonly codeWords: string;
  readonly speciesClaimed: SpeciesDraft;
  readonly speciesBelieved: SpeciesDraft;
  readonly productTypes: readonly ProductType[];
  readonly productOther: string;
  readonly quantity: string;
  readonly priceAmount: string;
  /** ISO 4217 code, '' when not chosen. */
  readonly priceCurrency: string;
  /** ISO 3166-1 alpha-2 codes, '' when not chosen. */
  readonly sellerCountry: string;
  readonly sellerCity: string;
  readonly goodsCountry: string;
  readonly goodsCity: string;
  /** 'YYYY-MM-DD' from the date input, '' when not given. */
  readonly seenOn: string;
  readonly howKnown: HowKnown | '';
  readonly howKnownOther: string;
  readonly acceptsQuestions: YesNo;
  readonly rewardInterest: YesNo;
}

export type TipDraftPatch = Partial<TipDraft>;

type RowField = 'listingUrls' | 'contactHandles';
/**
 * A field of the form, also the end of its element id (`tip-<field>`): rows are
 * `listingUrls-0`, `listingUrls-1`, ...
 */
export type TipField = Exclude<keyof TipDraft, RowField> | `${RowField}-${number}`;

/** What is wrong with a field; the form words it in the page language. */
export type FieldError =
  | { readonly kind: 'required' }
  | { readonly kind: 'too_long'; readonly max: number }
  | { readonly kind: 'too_many'; readonly max: number }
  | { readonly kind: 'date' }
  | { readonly kind: 'invalid' };

export type TipErrors = Partial<Record<TipField, FieldError>>;

const NO_SPECIES: SpeciesDraft = { text: '', pick: null };

export const EMPTY_TIP: TipDraft = {
  title: '',
  description: '',
  platform: '',
  platformOther: '',
  listingUrls: [''],
  listingId: '',
  sellerHandle: '',
  sellerProfileUrl: '',
  contactHandles: [''],
  codeWords: '',
  speciesClaimed: NO_SPECIES,
  speciesBelieved: NO_SPECIES,
  productTypes: [],
  productOther: '',
  quantity: '',
  priceAmount: '',
  priceCurrency: '',
  sellerCountry: '',
  sellerCity: '',
  goodsCountry: '',
  goodsCity: '',
  seenOn: '',
  howKnown: '',
  howKnownOther: '',
  acceptsQuestions: '',
  rewardInterest: '',
};

/** The element id of a field (what the error summary and the first-error focus go to). */
export function fieldId(field: TipField): string {
  return `tip-${field}`;
}

export function applyPatch(draft: TipDraft, patch: TipDraftPatch): TipDraft {
  return { ...draft, ...patch };
}

/** Errors of the fields a change touched are dropped: the person is fixing them. */
export function clearErrors(errors: TipErrors, patch: TipDraftPatch): TipErrors {
  const changed = Object.keys(patch);
  const kept: TipErrors = {};
  for (const [field, error] of Object.entries(errors) as [TipField, FieldError][]) {
    const base = field.replace(/-\d+$/, '');
    if (!changed.includes(base)) kept[field] = error;
  }
  return kept;
}

/** True when nothing was typed or chosen: leaving the page loses nothing. */
export function isBlankDraft(draft: TipDraft): boolean {
  return JSON.stringify(draft) === JSON.stringify(EMPTY_TIP);
}

export function hasErrors(errors: TipErrors): boolean {
  return Object.keys(errors).length > 0;
}

// ------------------------------------------------------------------ draft → tip

function clean(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Non-empty rows, trimmed, with the row each came from (for errors). */
function rows(values: readonly string[]): { values: string[]; from: number[] } {
  const kept: string[] = [];
  const from: number[] = [];
  values.forEach((value, index) => {
    const trimmed = clean(value);
    if (trimmed !== undefined) {
      kept.push(trimmed);
      from.push(index);
    }
  });
  return { values: kept, from };
}

function species(draft: SpeciesDraft): TipContentV2['speciesClaimed'] {
  if (draft.pick?.kind === 'taxon') return { taxonId: draft.pick.id };
  if (draft.pick?.kind === 'unknown') return { unknown: true };
  const text = clean(draft.text);
  return text === undefined ? undefined : { text };
}

function place(country: string, city: string): TipContentV2['sellerPlace'] {
  const result = { ...(country === '' ? {} : { country }), ...optional('city', city) };
  return Object.keys(result).length === 0 ? undefined : result;
}

function optional<K extends string>(key: K, value: string): { [P in K]?: string } {
  const trimmed = clean(value);
  return (trimmed === undefined ? {} : { [key]: trimmed }) as { [P in K]?: string };
}

function defined<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function yesNo(value: YesNo): boolean | undefined {
  return value === '' ? undefined : value === 'yes';
}

interface Built {
  readonly content: TipContentV2;
  /** Where the rows of the tip's arrays came from in the draft. */
  readonly rowsFrom: Readonly<Record<RowField, readonly number[]>>;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

function build(draft: TipDraft, language: string | undefined): Built {
  const urls = rows(draft.listingUrls);
  const handles = rows(draft.contactHandles);
  const amount = clean(draft.priceAmount);
  const content = {
    kind: 'tip',
    version: 2,
    ...(language !== undefined && LANGUAGE_TAG.test(language) ? { language } : {}),
    ...optional('title', draft.title),
    // Always present, even empty, so the schema reports it as missing.
    description: draft.description.trim(),
    ...defined('listingUrls', urls.values.length === 0 ? undefined : urls.values),
    ...defined('platform', draft.platform === '' ? undefined : draft.platform),
    ...(draft.platform === 'other' ? optional('platformOther', draft.platformOther) : {}),
    ...optional('listingId', draft.listingId),
    ...optional('sellerHandle', draft.sellerHandle),
    ...optional('sellerProfileUrl', draft.sellerProfileUrl),
    ...defined('contactHandles', handles.values.length === 0 ? undefined : handles.values),
    ...optional('codeWords', draft.codeWords),
    ...defined('speciesClaimed', species(draft.speciesClaimed)),
    ...defined('speciesBelieved', species(draft.speciesBelieved)),
    ...defined('productTypes', draft.productTypes.length === 0 ? undefined : [...draft.productTypes]),
    ...(draft.productTypes.includes('other') ? optional('productOther', draft.productOther) : {}),
    ...optional('quantity', draft.quantity),
    // A currency without an amount says nothing: the price is the amount.
    ...defined('price', amount === undefined ? undefined : { amount, ...(draft.priceCurrency === '' ? {} : { currency: draft.priceCurrency }) }),
    ...defined('sellerPlace', place(draft.sellerCountry, draft.sellerCity)),
    ...defined('goodsPlace', place(draft.goodsCountry, draft.goodsCity)),
    ...defined('seenOn', clean(draft.seenOn)),
    ...defined('howKnown', draft.howKnown === '' ? undefined : draft.howKnown),
    ...(draft.howKnown === 'other' ? optional('howKnownOther', draft.howKnownOther) : {}),
    ...defined('acceptsQuestions', yesNo(draft.acceptsQuestions)),
    ...defined('rewardInterest', yesNo(draft.rewardInterest)),
  } satisfies TipContentV2;
  return { content, rowsFrom: { listingUrls: urls.from, contactHandles: handles.from } };
}

/**
 * The tip as it will be encrypted: trimmed, empty fields and empty rows left out, "other" texts
 * only with "other" chosen. Not checked: run checkTip first (the submit service parses it again).
 */
export function tipContent(draft: TipDraft, language?: string): TipContentV2 {
  return build(draft, language).content;
}

// ------------------------------------------------------------------ checks

const NESTED: Readonly<Record<string, TipField>> = {
  'price.amount': 'priceAmount',
  'price.currency': 'priceCurrency',
  'sellerPlace.country': 'sellerCountry',
  'sellerPlace.city': 'sellerCity',
  'goodsPlace.country': 'goodsCountry',
  'goodsPlace.city': 'goodsCity',
};

const TOP_LEVEL: ReadonlySet<string> = new Set(Object.keys(EMPTY_TIP).filter((key) => key !== 'listingUrls' && key !== 'contactHandles'));

/** The draft field an issue's path points into. Unknown paths fall on the description, never dropped. */
function fieldOf(path: readonly PropertyKey[], rowsFrom: Built['rowsFrom']): TipField {
  const [head, next] = path;
  if (head === 'listingUrls' || head === 'contactHandles') {
    const row = typeof next === 'number' ? (rowsFrom[head][next] ?? 0) : (rowsFrom[head][0] ?? 0);
    return `${head}-${row}`;
  }
  const key = path.slice(0, 2).map(String).join('.');
  const nested = NESTED[key];
  if (nested !== undefined) return nested;
  if (head === 'speciesClaimed' || head === 'speciesBelieved') return head;
  if (typeof head === 'string' && TOP_LEVEL.has(head)) return head as TipField;
  return 'description';
}

interface Issue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly origin?: unknown;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
}

function errorOf(issue: Issue): FieldError {
  const max = typeof issue.maximum === 'number' ? issue.maximum : Number(issue.maximum);
  if (issue.code === 'too_small' && issue.origin === 'string') return { kind: 'required' };
  if (issue.code === 'too_big' && issue.origin === 'string') return { kind: 'too_long', max };
  if (issue.code === 'too_big' && issue.origin === 'array') return { kind: 'too_many', max };
  if (issue.code === 'invalid_format' && issue.path[0] === 'seenOn') return { kind: 'date' };
  return { kind: 'invalid' };
}

/** Where a field comes in the form (the draft's own order), rows by number. */
function formOrder(field: TipField): [number, number] {
  const match = /^(.*?)(?:-(\d+))?$/.exec(field);
  return [DRAFT_KEYS.indexOf(match?.[1] ?? field), Number(match?.[2] ?? 0)];
}

const DRAFT_KEYS: readonly string[] = Object.keys(EMPTY_TIP);

/** The fields to fix, in form order; empty when the draft can be sent. */
export function checkTip(draft: TipDraft, language?: string): TipErrors {
  const { content, rowsFrom } = build(draft, language);
  const result = tipContentV2.safeParse(content);
  if (result.success) return {};
  const found = new Map<TipField, FieldError>();
  for (const issue of result.error.issues) {
    const field = fieldOf(issue.path, rowsFrom);
    if (!found.has(field)) found.set(field, errorOf(issue));
  }
  const sorted = [...found].sort(([a], [b]) => {
    const [fa, ra] = formOrder(a);
    const [fb, rb] = formOrder(b);
    return fa - fb || ra - rb;
  });
  return Object.fromEntries(sorted) as TipErrors;
}
