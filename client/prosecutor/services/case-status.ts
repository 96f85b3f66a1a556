// Case statuses in words, in the order a case usually moves through them.
import { CASE_STATUSES, type CaseStatus } from '../../../api/index';
import { msg, type Message } from '../../shared/i18n/message';
import { inEnglish } from './english';

const STATUS_TEXTS: Readonly<Record<CaseStatus, Message>> = {
  new: msg('prosecutor:status.new'),
  in_review: msg('prosecutor:status.inReview'),
  waiting_for_whistleblower: msg('prosecutor:status.waiting'),
  closed: msg('prosecutor:status.closed'),
};

export function statusText(status: CaseStatus): Message {
  return STATUS_TEXTS[status];
}

/** The statuses in English (logs, tests). */
export const STATUS_WORDS: Readonly<Record<CaseStatus, string>> = {
  new: inEnglish(STATUS_TEXTS.new),
  in_review: inEnglish(STATUS_TEXTS.in_review),
  waiting_for_whistleblower: inEnglish(STATUS_TEXTS.waiting_for_whistleblower),
  closed: inEnglish(STATUS_TEXTS.closed),
};

/** The statuses in the order a case usually moves through them. */
export const STATUS_OPTIONS: readonly CaseStatus[] = CASE_STATUSES;

export function isCaseStatus(value: string): value is CaseStatus {
  return (CASE_STATUSES as readonly string[]).includes(value);
}
