// Evidence files in words, for the prosecutor's case page: what the sender's browser did about
// hidden details (metadata), who sent a file, and its type, in the page language (English unless
// `words` say otherwise). Sizes and progress use the shared wording (client/shared/files). Pure,
// so it is tested without a browser.
import type { FileManifestEntryV1 } from '../../../api/index';
import { metadataLabelList } from '../../shared/files/metadata-labels';
import type { Words } from '../../shared/i18n/words';
import type { ThreadEntry } from '../../shared/thread';
import { englishProsecutor } from './english';

/** What the sender's browser did about hidden details (location, camera serial numbers…). */
export function metadataWords(metadata: FileManifestEntryV1['metadata'], words: Words = englishProsecutor()): string {
  const { t } = words;
  const list = metadataLabelList(metadata.removed, words, false);
  switch (metadata.action) {
    case 'removed':
      return list === '' ? t('prosecutor:files.metadata.removedSome') : t('prosecutor:files.metadata.removed', { list });
    case 'reencoded':
      return list === '' ? t('prosecutor:files.metadata.reencodedSome') : t('prosecutor:files.metadata.reencoded', { list });
    case 'none-found':
      return t('prosecutor:files.metadata.noneFound');
    case 'kept-by-choice':
      return list === '' ? t('prosecutor:files.metadata.keptSome') : t('prosecutor:files.metadata.kept', { list });
    case 'not-checked':
      return t('prosecutor:files.metadata.notChecked');
  }
}

/** "Sent by the whistleblower", "Sent by you", "Sent by a prosecutor of <agency>". */
export function sentByWords(entry: Pick<ThreadEntry, 'role' | 'agencyName'>, isOwn: boolean, words: Words = englishProsecutor()): string {
  const { t } = words;
  if (entry.role === 'whistleblower') return t('prosecutor:files.sentBy.whistleblower');
  if (isOwn) return t('prosecutor:files.sentBy.you');
  return entry.agencyName === null ? t('prosecutor:files.sentBy.prosecutor') : t('prosecutor:files.sentBy.prosecutorOf', { agency: entry.agencyName });
}

/** The file's type for people: the MIME type, or a plain word when the sender's browser did not know it. */
export function typeWords(type: string, words: Words = englishProsecutor()): string {
  return type === '' ? words.t('prosecutor:files.unknownType') : type;
}
