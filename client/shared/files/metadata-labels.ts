// The names of the hidden details (metadata) a file can carry, as the manifest records them (in
// English: client/whistleblower/files/metadata/labels.ts) and in the page language, and the list
// of them as a sentence shows it. Used by both apps: the whistleblower's own files and the
// prosecutor's view of what was removed.
import { englishCommon } from '../i18n/english-common';
import { msg, translate, verbatim, type Message } from '../i18n/message';
import type { Words } from '../i18n/words';

/** Every known label: its English text (as manifests carry it) is the English translation of its key. */
export const METADATA_LABEL_TEXTS = {
  gps: msg('common:metadata.labels.gps'),
  placeNames: msg('common:metadata.labels.placeNames'),
  cameraSerial: msg('common:metadata.labels.cameraSerial'),
  lensSerial: msg('common:metadata.labels.lensSerial'),
  owner: msg('common:metadata.labels.owner'),
  author: msg('common:metadata.labels.author'),
  annotationAuthors: msg('common:metadata.labels.annotationAuthors'),
  copyright: msg('common:metadata.labels.copyright'),
  camera: msg('common:metadata.labels.camera'),
  lens: msg('common:metadata.labels.lens'),
  deviceName: msg('common:metadata.labels.deviceName'),
  dateTaken: msg('common:metadata.labels.dateTaken'),
  dateCreated: msg('common:metadata.labels.dateCreated'),
  dateEdited: msg('common:metadata.labels.dateEdited'),
  software: msg('common:metadata.labels.software'),
  softwareData: msg('common:metadata.labels.softwareData'),
  uniqueId: msg('common:metadata.labels.uniqueId'),
  title: msg('common:metadata.labels.title'),
  subject: msg('common:metadata.labels.subject'),
  description: msg('common:metadata.labels.description'),
  keywords: msg('common:metadata.labels.keywords'),
  comment: msg('common:metadata.labels.comment'),
  textNotes: msg('common:metadata.labels.textNotes'),
  otherProperties: msg('common:metadata.labels.otherProperties'),
  makerNotes: msg('common:metadata.labels.makerNotes'),
  cameraSettings: msg('common:metadata.labels.cameraSettings'),
  exif: msg('common:metadata.labels.exif'),
  xmp: msg('common:metadata.labels.xmp'),
  iptc: msg('common:metadata.labels.iptc'),
  photoshop: msg('common:metadata.labels.photoshop'),
  thumbnail: msg('common:metadata.labels.thumbnail'),
  extraImages: msg('common:metadata.labels.extraImages'),
  earlierVersions: msg('common:metadata.labels.earlierVersions'),
  unusedData: msg('common:metadata.labels.unusedData'),
  trailingData: msg('common:metadata.labels.trailingData'),
  other: msg('common:metadata.labels.other'),
} as const;

let byEnglish: ReadonlyMap<string, Message> | undefined;

/** A label from a manifest, in words: a known label is translated, anything else shown as it is. */
export function metadataLabelText(label: string): Message {
  byEnglish ??= new Map(Object.values(METADATA_LABEL_TEXTS).map((text): [string, Message] => [translate(englishCommon(), text), text]));
  return byEnglish.get(label) ?? verbatim(label);
}

/** "Camera serial number" reads "camera serial number" mid-sentence; "GPS position" stays as it is. */
function midSentence(label: string): string {
  const [first, second] = label;
  if (first === undefined || second === undefined || second !== second.toLowerCase()) return label;
  return first.toLowerCase() + label.slice(1);
}

/**
 * The labels as a list in a sentence ("GPS position, camera serial number"), in `words`'
 * language. `lowerAfterFirst` writes the labels after the first in lower case where the script
 * has cases (the whistleblower's wording); the prosecutor's keeps them as they are.
 */
export function metadataLabelList(labels: readonly string[], words: Words, lowerAfterFirst: boolean): string {
  const names = labels.map((label, index) => {
    const name = translate(words, metadataLabelText(label));
    return lowerAfterFirst && index > 0 ? midSentence(name) : name;
  });
  return names.join(words.t('common:list.separator'));
}
