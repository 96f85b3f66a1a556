// How a verified message is labelled: who signed it, in words. Only messages that passed
// readThread (signature, chain, trusted author) are ever labelled.
import { msg, type Message } from '../../shared/i18n/message';
import type { ThreadEntry } from '../../shared/thread';
import { inEnglish } from './english';

export function verificationText(entry: Pick<ThreadEntry, 'role' | 'agencyName'>): Message {
  if (entry.role === 'whistleblower') return msg('prosecutor:verified.whistleblower');
  return entry.agencyName === null ? msg('prosecutor:verified.prosecutor') : msg('prosecutor:verified.prosecutorOf', { agency: entry.agencyName });
}

/** verificationText in English. */
export function verificationMark(entry: Pick<ThreadEntry, 'role' | 'agencyName'>): string {
  return inEnglish(verificationText(entry));
}

export function authorText(entry: Pick<ThreadEntry, 'role' | 'agencyName'>, isOwn: boolean): Message {
  if (entry.role === 'whistleblower') return msg('prosecutor:thread.whistleblower');
  if (isOwn) return msg('prosecutor:thread.you');
  return entry.agencyName === null ? msg('prosecutor:thread.prosecutor') : msg('prosecutor:thread.prosecutorOf', { agency: entry.agencyName });
}

/** authorText in English. */
export function authorName(entry: Pick<ThreadEntry, 'role' | 'agencyName'>, isOwn: boolean): string {
  return inEnglish(authorText(entry, isOwn));
}
