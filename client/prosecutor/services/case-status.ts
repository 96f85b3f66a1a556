// Case statuses in words, in the order a case usually moves through them.
import { CASE_STATUSES, type CaseStatus } from '../../../api/index';

export const STATUS_WORDS: Readonly<Record<CaseStatus, string>> = {
  new: 'New',
  in_review: 'In review',
  waiting_for_whistleblower: 'Waiting for the whistleblower',
  closed: 'Closed',
};

export const STATUS_OPTIONS: readonly { readonly value: CaseStatus; readonly label: string }[] = CASE_STATUSES.map((value) => ({
  value,
  label: STATUS_WORDS[value],
}));

export function isCaseStatus(value: string): value is CaseStatus {
  return (CASE_STATUSES as readonly string[]).includes(value);
}
