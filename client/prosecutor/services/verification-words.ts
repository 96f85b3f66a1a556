// How a verified message is labelled: who signed it, in words. Only messages that passed
// readThread (signature, chain, trusted author) are ever labelled.
import type { ThreadEntry } from '../../shared/thread';

export function verificationMark(entry: Pick<ThreadEntry, 'role' | 'agencyName'>): string {
  if (entry.role === 'whistleblower') return 'Verified: signed by the whistleblower';
  return entry.agencyName === null ? 'Verified: signed by a certified prosecutor' : `Verified: signed by ${entry.agencyName} prosecutor`;
}

export function authorName(entry: Pick<ThreadEntry, 'role' | 'agencyName'>, isOwn: boolean): string {
  if (entry.role === 'whistleblower') return 'Whistleblower';
  if (isOwn) return 'You';
  return entry.agencyName === null ? 'Prosecutor' : `Prosecutor, ${entry.agencyName}`;
}
