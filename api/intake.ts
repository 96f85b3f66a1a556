// The wildlife intake questionnaire, version 2 of the tip (issue 5; DESIGN.md "The intake").
// What investigators of online wildlife trade need, nearly all optional: a tip with only a
// description is still a tip. Defined once here and used by the form, by validation before
// encryption and by the prosecutor's view; old versions stay in the union (api/content.ts) so
// old tips still render when the questionnaire changes.
import { z } from 'zod';

const text = (max: number) => z.string().trim().max(max);

/**
 * The longest text (UTF-16 code units, as zod and HTML maxLength count) and the most rows each
 * field takes. The schema below is built from these, and the form sets the same limits on its
 * inputs, so what a person can type is what the schema accepts.
 */
export const INTAKE_LIMITS = {
  title: 200,
  description: 20_000,
  listingUrl: 2_000,
  listingUrls: 20,
  platformOther: 100,
  listingId: 200,
  sellerHandle: 200,
  sellerProfileUrl: 2_000,
  contactHandle: 200,
  contactHandles: 20,
  codeWords: 1_000,
  speciesText: 200,
  productOther: 200,
  quantity: 100,
  priceAmount: 50,
  city: 100,
  howKnownOther: 500,
} as const;
const L = INTAKE_LIMITS;

/** Big marketplaces, social networks and chat apps where protected species are offered. */
export const PLATFORMS = [
  'facebook',
  'instagram',
  'tiktok',
  'youtube',
  'x',
  'telegram',
  'whatsapp',
  'wechat',
  'weibo',
  'douyin',
  'kuaishou',
  'xianyu',
  'taobao',
  'line',
  'zalo',
  'shopee',
  'lazada',
  'tokopedia',
  'ebay',
  'etsy',
  'craigslist',
  'olx',
  'jiji',
  'mercadolibre',
  'vk',
  'discord',
  'reddit',
  'signal',
  'other',
] as const;
export type Platform = (typeof PLATFORMS)[number];

/** What is offered, kept separate from which species it comes from. */
export const PRODUCT_TYPES = ['live_animal', 'ivory', 'horn', 'scales', 'skin_or_fur', 'bone', 'meat', 'medicine', 'timber_or_plant', 'other'] as const;
export type ProductType = (typeof PRODUCT_TYPES)[number];

/** How the whistleblower knows. */
export const HOW_KNOWN = ['saw_online', 'buyer', 'insider', 'other'] as const;
export type HowKnown = (typeof HOW_KNOWN)[number];

/** A species as claimed by the seller or as believed by the whistleblower. */
export const speciesAnswer = z.strictObject({
  /** An id from client/shared/species/taxa.ts, when picked from the list. */
  taxonId: z.string().regex(/^[a-z0-9-]{1,80}$/).optional(),
  /** Free text: always allowed, in any language. */
  text: text(L.speciesText).optional(),
  /** "I don't know". */
  unknown: z.literal(true).optional(),
});
export type SpeciesAnswer = z.infer<typeof speciesAnswer>;

export const place = z.strictObject({
  /** ISO 3166-1 alpha-2. */
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
  city: text(L.city).optional(),
});
export type Place = z.infer<typeof place>;

export const tipContentV2 = z.strictObject({
  kind: z.literal('tip'),
  version: z.literal(2),
  /** The language the form was filled in (BCP 47), so the prosecutor knows what to expect. */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).optional(),
  title: text(L.title).optional(),
  description: text(L.description).min(1),
  listingUrls: z.array(text(L.listingUrl).min(1)).max(L.listingUrls).optional(),
  platform: z.enum(PLATFORMS).optional(),
  platformOther: text(L.platformOther).optional(),
  listingId: text(L.listingId).optional(),
  sellerHandle: text(L.sellerHandle).optional(),
  sellerProfileUrl: text(L.sellerProfileUrl).optional(),
  contactHandles: z.array(text(L.contactHandle).min(1)).max(L.contactHandles).optional(),
  codeWords: text(L.codeWords).optional(),
  speciesClaimed: speciesAnswer.optional(),
  speciesBelieved: speciesAnswer.optional(),
  productTypes: z.array(z.enum(PRODUCT_TYPES)).max(PRODUCT_TYPES.length).optional(),
  productOther: text(L.productOther).optional(),
  quantity: text(L.quantity).optional(),
  price: z.strictObject({ amount: text(L.priceAmount).min(1), currency: z.string().regex(/^[A-Z]{3}$/).optional() }).optional(),
  sellerPlace: place.optional(),
  goodsPlace: place.optional(),
  /** The day the listing was seen, 'YYYY-MM-DD'. */
  seenOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  howKnown: z.enum(HOW_KNOWN).optional(),
  howKnownOther: text(L.howKnownOther).optional(),
  acceptsQuestions: z.boolean().optional(),
  rewardInterest: z.boolean().optional(),
});
export type TipContentV2 = z.infer<typeof tipContentV2>;
