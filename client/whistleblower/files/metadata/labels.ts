// The plain-language names of what the cleaners find and remove, and a set that keeps them
// unique and in a fixed order (most revealing first), so reports read the same for every file.

export const LABELS = {
  gps: 'GPS position',
  placeNames: 'Place names',
  cameraSerial: 'Camera serial number',
  lensSerial: 'Lens serial number',
  owner: 'Camera owner name',
  author: 'Author',
  annotationAuthors: 'Names of comment authors',
  copyright: 'Copyright notice',
  camera: 'Camera make and model',
  lens: 'Lens make and model',
  deviceName: 'Device name',
  dateTaken: 'Date and time taken',
  dateCreated: 'Date and time created',
  dateEdited: 'Date and time edited',
  software: 'Editing software',
  softwareData: 'Editing software data',
  uniqueId: 'Unique file ID',
  title: 'Title',
  subject: 'Subject',
  description: 'Description',
  keywords: 'Keywords',
  comment: 'Comment',
  textNotes: 'Text notes',
  otherProperties: 'Other document properties',
  makerNotes: 'Camera maker notes',
  cameraSettings: 'Camera settings',
  exif: 'EXIF data',
  xmp: 'XMP metadata',
  iptc: 'IPTC data',
  photoshop: 'Photoshop data',
  thumbnail: 'Embedded thumbnail',
  extraImages: 'Extra embedded images',
  earlierVersions: 'Earlier versions of the document',
  unusedData: 'Unused data left in the file',
  trailingData: 'Data after the end of the file',
  other: 'Other embedded data',
} as const;

export type Label = (typeof LABELS)[keyof typeof LABELS];

const ORDER: ReadonlyMap<Label, number> = new Map(Object.values(LABELS).map((label, index) => [label, index]));

/** Labels found in one file: no duplicates, listed in LABELS order. */
export class LabelSet {
  private readonly found = new Set<Label>();

  add(label: Label): void {
    this.found.add(label);
  }

  addAll(labels: Iterable<Label>): void {
    for (const label of labels) this.found.add(label);
  }

  get size(): number {
    return this.found.size;
  }

  has(label: Label): boolean {
    return this.found.has(label);
  }

  sorted(): readonly Label[] {
    return Object.freeze([...this.found].sort((a, b) => (ORDER.get(a) ?? 0) - (ORDER.get(b) ?? 0)));
  }
}
