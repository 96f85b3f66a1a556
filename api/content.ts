// What lives INSIDE the encrypted envelopes: the contract between the whistleblower's and the
// prosecutor's browsers. The server never sees these. Every payload carries its version so old
// tips still render when a form changes.
import { z } from 'zod';
import { CASE_STATUSES } from './common';

const text = (max: number) => z.string().trim().max(max);

/** The tip, version 1 (title, description and a few structured fields; the full intake is later). */
export const tipContentV1 = z.strictObject({
  kind: z.literal('tip'),
  version: z.literal(1),
  title: text(200).min(1),
  description: text(20_000).min(1),
  platform: text(100).optional(),
  listingUrl: text(2_000).optional(),
  species: text(200).optional(),
  country: text(100).optional(),
});
export type TipContentV1 = z.infer<typeof tipContentV1>;
export const tipContent = z.discriminatedUnion('version', [tipContentV1]);
export type TipContent = z.infer<typeof tipContent>;

/** A reply or answer in the thread (purpose 'message'). */
export const messageContent = z.strictObject({
  kind: z.literal('message'),
  version: z.literal(1),
  text: text(20_000).min(1),
});
export type MessageContent = z.infer<typeof messageContent>;

/** A status change announced in the thread (purpose 'status'), signed by the prosecutor. */
export const statusContent = z.strictObject({
  kind: z.literal('status'),
  version: z.literal(1),
  status: z.enum(CASE_STATUSES),
});
export type StatusContent = z.infer<typeof statusContent>;
