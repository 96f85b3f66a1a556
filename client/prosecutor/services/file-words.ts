// Evidence files in words, for the prosecutor's case page: what the sender's browser did about
// hidden details (metadata), who sent a file, and its type. Sizes and progress use the shared
// wording (client/shared/files). Pure, so it is tested without a browser.
import type { FileManifestEntryV1 } from '../../../api/index';
import type { ThreadEntry } from '../../shared/thread';

/** What the sender's browser did about hidden details (location, camera serial numbers…). */
export function metadataWords(metadata: FileManifestEntryV1['metadata']): string {
  const list = metadata.removed.join(', ');
  switch (metadata.action) {
    case 'removed':
      return list === '' ? 'Hidden details were removed before sending.' : `Hidden details removed before sending: ${list}.`;
    case 'reencoded':
      return list === ''
        ? 'The file was re-encoded before sending to remove hidden details.'
        : `The file was re-encoded before sending to remove hidden details: ${list}.`;
    case 'none-found':
      return 'No hidden details (such as a location or camera data) were found in this file.';
    case 'kept-by-choice':
      return list === ''
        ? 'The sender chose to send the original file, with its hidden details.'
        : `The sender chose to send the original file, with its hidden details: ${list}.`;
    case 'not-checked':
      return 'This file was not checked for hidden details.';
  }
}

/** "Sent by the whistleblower", "Sent by you", "Sent by a prosecutor of <agency>". */
export function sentByWords(entry: Pick<ThreadEntry, 'role' | 'agencyName'>, isOwn: boolean): string {
  if (entry.role === 'whistleblower') return 'Sent by the whistleblower';
  if (isOwn) return 'Sent by you';
  return entry.agencyName === null ? 'Sent by a prosecutor' : `Sent by a prosecutor of ${entry.agencyName}`;
}

/** The file's type for people: the MIME type, or a plain word when the sender's browser did not know it. */
export function typeWords(type: string): string {
  return type === '' ? 'unknown type' : type;
}
