// Names what an XMP packet (Adobe's XML metadata, found in JPEG, PNG, WebP and PDF) reveals,
// beyond "XMP metadata" itself: a GPS position, serial numbers, the author and so on. Only READS:
// the cleaners drop every XMP packet whole. Property names are matched without their namespace
// prefix (writers choose prefixes freely), each pattern in one linear pass.
import { LABELS, type Label } from './labels';

const PATTERNS: readonly (readonly [RegExp, Label])[] = [
  [/:GPS(?:Latitude|Longitude|Altitude|Coordinates)\b/, LABELS.gps],
  [/:(?:Location|LocationCreated|LocationShown|City|State|Country|CountryCode|Sublocation|ProvinceState)\b/, LABELS.placeNames],
  [/:(?:SerialNumber|BodySerialNumber|InternalSerialNumber|CameraSerialNumber)\b/, LABELS.cameraSerial],
  [/:LensSerialNumber\b/, LABELS.lensSerial],
  [/:(?:OwnerName|CameraOwnerName)\b/, LABELS.owner],
  [/:(?:creator|Artist|Author|Byline|AuthorsPosition|CreatorContactInfo)\b/, LABELS.author],
  [/:(?:rights|Copyright|UsageTerms|WebStatement)\b/, LABELS.copyright],
  [/:(?:Make|Model)\b/, LABELS.camera],
  [/:(?:Lens|LensMake|LensModel|LensInfo|LensID)\b/, LABELS.lens],
  [/:(?:DateTimeOriginal|DateCreated|DateTimeDigitized)\b/, LABELS.dateTaken],
  [/:CreateDate\b/, LABELS.dateCreated],
  [/:(?:ModifyDate|MetadataDate)\b/, LABELS.dateEdited],
  [/:(?:CreatorTool|Producer|softwareAgent|Software|History)\b/, LABELS.software],
  [/:(?:DocumentID|InstanceID|OriginalDocumentID|ImageUniqueID)\b/, LABELS.uniqueId],
  [/:title\b/, LABELS.title],
  [/:(?:description|ImageDescription)\b/, LABELS.description],
  [/:(?:subject|Keywords)\b/, LABELS.keywords],
  [/:UserComment\b/, LABELS.comment],
];

/** Labels for one XMP packet; always includes "XMP metadata". Never throws. */
export function readXmp(packet: Uint8Array): readonly Label[] {
  const labels: Label[] = [LABELS.xmp];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: false }).decode(packet);
  } catch {
    return labels;
  }
  for (const [pattern, label] of PATTERNS) if (pattern.test(text)) labels.push(label);
  return labels;
}
