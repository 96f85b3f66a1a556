// The case status in the words a whistleblower reads ("Status: …").
import type { CaseStatus } from '../../../api/index';

const WORDS: Record<CaseStatus, string> = {
  new: 'New',
  in_review: 'In review',
  waiting_for_whistleblower: 'Waiting for your answer',
  closed: 'Closed',
};

export function statusWords(status: CaseStatus): string {
  return WORDS[status];
}
