// Which cleaner applies (magic bytes win over the MIME type), what happens to unsupported and
// oversized files, and the sentence the UI shows for each report.
import { describe, expect, it } from 'vitest';
import {
  MAX_CLEANABLE_BYTES, describeRemoved, metadataKind, removeMetadata, type MetadataReport,
} from '../../../../../client/whistleblower/files/metadata/index';
import { ascii, baseJpeg, basePng, baseWebp } from './fixtures';
import { cleanPdf } from './pdf-fixtures';

describe('metadataKind', () => {
  it('recognises each supported format by its first bytes, whatever the MIME type says', async () => {
    const pdf = await cleanPdf({ objectStreams: false });
    for (const type of ['', 'application/octet-stream', 'text/plain', 'image/gif']) {
      expect(metadataKind(baseJpeg(), type)).toBe('jpeg');
      expect(metadataKind(basePng(), type)).toBe('png');
      expect(metadataKind(baseWebp(), type)).toBe('webp');
      expect(metadataKind(pdf, type)).toBe('pdf');
    }
    // Magic bytes win over a MIME type naming another supported format.
    expect(metadataKind(basePng(), 'image/jpeg')).toBe('png');
    expect(metadataKind(baseJpeg(), 'application/pdf')).toBe('jpeg');
  });

  it('finds a PDF header after leading junk, as PDF readers do', () => {
    expect(metadataKind(ascii(`${' '.repeat(100)}%PDF-1.4\n`), '')).toBe('pdf');
    expect(metadataKind(ascii(`${' '.repeat(1100)}%PDF-1.4\n`), '')).toBe('other');
  });

  it('falls back to the MIME type (with parameters and any case) when the bytes say nothing', () => {
    const unknown = ascii('no magic here');
    expect(metadataKind(unknown, 'image/jpeg')).toBe('jpeg');
    expect(metadataKind(unknown, 'IMAGE/PNG; charset=binary')).toBe('png');
    expect(metadataKind(unknown, 'image/webp')).toBe('webp');
    expect(metadataKind(unknown, 'application/pdf')).toBe('pdf');
    expect(metadataKind(unknown, 'video/mp4')).toBe('other');
    expect(metadataKind(unknown, '')).toBe('other');
    expect(metadataKind(unknown, 'constructor')).toBe('other');
    expect(metadataKind(new Uint8Array(0), '')).toBe('other');
  });
});

describe('removeMetadata on files it cannot clean', () => {
  it('warns about kinds of file it cannot check, and leaves their bytes alone', async () => {
    for (const [bytes, type] of [[ascii('GIF89a....'), 'image/gif'], [ascii('PK\x03\x04 docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'], [ascii('plain'), '']] as const) {
      const result = await removeMetadata(bytes, type);
      expect(result.bytes).toBe(bytes);
      expect(result.report).toEqual({
        action: 'not-checked',
        removed: [],
        warning: 'This kind of file may carry hidden details about you or your device that Thicket cannot remove.',
      });
    }
  });

  it('does not read a supported file larger than MAX_CLEANABLE_BYTES, and warns', async () => {
    expect(MAX_CLEANABLE_BYTES).toBe(64 * 1024 * 1024);
    const large = new Uint8Array(MAX_CLEANABLE_BYTES + 1);
    large.set(baseJpeg());
    const result = await removeMetadata(large, 'image/jpeg');
    expect(result.bytes).toBe(large);
    expect(result.report.action).toBe('not-checked');
    expect(result.report.warning).toMatch(/too large/);
  });
});

describe('describeRemoved', () => {
  const report = (value: MetadataReport): MetadataReport => value;

  it('lists what was removed in one sentence, lower-casing words but not abbreviations', () => {
    expect(describeRemoved(report({ action: 'removed', removed: ['GPS position', 'Camera serial number'] }))).toBe('Removed: GPS position, camera serial number.');
    expect(describeRemoved(report({ action: 'removed', removed: ['Author', 'XMP metadata', 'Unique file ID'] }))).toBe('Removed: Author, XMP metadata, unique file ID.');
  });

  it('says when nothing was found, and gives the warning when the file was not checked', () => {
    expect(describeRemoved(report({ action: 'none-found', removed: [] }))).toBe('No hidden details were found in this file.');
    expect(describeRemoved(report({ action: 'not-checked', removed: [], warning: 'Could not check.' }))).toBe('Could not check.');
  });
});
