// The case status in the words a whistleblower reads ("Status: …").
import type { CaseStatus } from '../../../api/index';
import { msg, type Message } from '../../shared/i18n/message';
import { inEnglish } from './english';

const TEXTS: Readonly<Record<CaseStatus, Message>> = {
  new: msg('whistleblower:status.new'),
  in_review: msg('whistleblower:status.inReview'),
  waiting_for_whistleblower: msg('whistleblower:status.waiting'),
  closed: msg('whistleblower:status.closed'),
};

export function statusText(status: CaseStatus): Message {
  return TEXTS[status];
}

/** statusText in English. */
export function statusWords(status: CaseStatus): string {
  return inEnglish(TEXTS[status]);
}
