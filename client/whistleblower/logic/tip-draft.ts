// The tip form's text, its checks and the TipContent it becomes. Pure: mirrors the limits of
// api/content.ts (tipContentV1) so the form can explain problems before anything is encrypted;
// the submit service still parses the result with the schema itself.
import type { TipContentV1 } from '../../../api/index';

export interface TipDraft {
  readonly title: string;
  readonly description: string;
  readonly platform: string;
  readonly listingUrl: string;
  readonly species: string;
  readonly country: string;
}

export type TipField = keyof TipDraft;
export type TipErrors = Partial<Record<TipField, string>>;

export const EMPTY_TIP: TipDraft = { title: '', description: '', platform: '', listingUrl: '', species: '', country: '' };

/** Longest text each field accepts (characters), as in api/content.ts. */
export const TIP_LIMITS: Record<TipField, number> = {
  title: 200,
  description: 20_000,
  platform: 100,
  listingUrl: 2_000,
  species: 200,
  country: 100,
};

const NAMES: Record<TipField, string> = {
  title: 'The title',
  description: 'The description',
  platform: 'The platform',
  listingUrl: 'The link',
  species: 'The species',
  country: 'The country',
};

/** The fields to fix, in form order; empty when the draft can be sent. */
export function checkTip(draft: TipDraft): TipErrors {
  const errors: TipErrors = {};
  if (draft.title.trim() === '') errors.title = 'Give your report a short title.';
  if (draft.description.trim() === '') errors.description = 'Describe what you saw.';
  for (const field of Object.keys(TIP_LIMITS) as TipField[]) {
    const length = draft[field].trim().length;
    if (errors[field] === undefined && length > TIP_LIMITS[field]) {
      errors[field] = `${NAMES[field]} is too long: ${length} characters, at most ${TIP_LIMITS[field]}.`;
    }
  }
  return errors;
}

export function hasErrors(errors: TipErrors): boolean {
  return Object.keys(errors).length > 0;
}

/** The tip as it will be encrypted: trimmed, optional fields left out when empty. */
export function tipContent(draft: TipDraft): TipContentV1 {
  const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
  const platform = optional(draft.platform);
  const listingUrl = optional(draft.listingUrl);
  const species = optional(draft.species);
  const country = optional(draft.country);
  return {
    kind: 'tip',
    version: 1,
    title: draft.title.trim(),
    description: draft.description.trim(),
    ...(platform === undefined ? {} : { platform }),
    ...(listingUrl === undefined ? {} : { listingUrl }),
    ...(species === undefined ? {} : { species }),
    ...(country === undefined ? {} : { country }),
  };
}
