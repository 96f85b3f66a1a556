// The encrypted file manifest: entries checked against the schema, names made safe, the files
// message built and sealed under purpose 'file-manifest', and a file that does not match its
// manifest refused with a typed error.
import { beforeAll, describe, expect, it } from 'vitest';
import { filesContent } from '../../../../../api/index';
import {
  CryptoError,
  decryptEnvelope,
  deriveCaseKeys,
  fromUtf8,
  generateCaseEntropy,
  generateContentKey,
  generateFileId,
  generateFileKey,
  ready,
} from '../../../../../crypto/index';
import { FileIntegrityError } from '../../../../../client/shared/files/errors';
import {
  ManifestError,
  assertMatchesManifest,
  attachedFileIds,
  buildFilesContent,
  entrySecrets,
  filesEnvelope,
  manifestEntry,
  manifestName,
  manifestType,
  type ManifestEntryInput,
} from '../../../../../client/shared/files/manifest';
import { createHash } from 'node:crypto';

const sha = (text: string): Uint8Array => new Uint8Array(createHash('sha256').update(text).digest());

let input: ManifestEntryInput;

beforeAll(async () => {
  await ready();
  input = {
    fileId: generateFileId(),
    key: generateFileKey(),
    name: 'IMG_0042.jpg',
    type: 'image/jpeg',
    size: 1000,
    sha256: sha('cleaned'),
    originalSha256: sha('original'),
    originalSize: 1200,
    metadata: { action: 'removed', removed: ['GPS position', 'Camera serial number'] },
  };
});

describe('manifestEntry', () => {
  it('encodes ids, key and digests as the schema wants and round-trips the secrets', () => {
    const entry = manifestEntry(input);
    expect(entry.fileId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(entry.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(entry.sha256).toBe(createHash('sha256').update('cleaned').digest('hex'));
    expect(entry.originalSha256).toBe(createHash('sha256').update('original').digest('hex'));
    expect(entry.metadata).toEqual({ action: 'removed', removed: ['GPS position', 'Camera serial number'] });
    const secrets = entrySecrets(entry);
    expect(Buffer.from(secrets.fileId).equals(Buffer.from(input.fileId))).toBe(true);
    expect(Buffer.from(secrets.key).equals(Buffer.from(input.key))).toBe(true);
  });

  it('refuses wrong lengths and out-of-range sizes', () => {
    expect(() => manifestEntry({ ...input, key: new Uint8Array(31) })).toThrow(ManifestError);
    expect(() => manifestEntry({ ...input, fileId: new Uint8Array(32) })).toThrow(ManifestError);
    expect(() => manifestEntry({ ...input, sha256: new Uint8Array(20) })).toThrow(ManifestError);
    expect(() => manifestEntry({ ...input, size: -1 })).toThrow(ManifestError);
    expect(() => manifestEntry({ ...input, size: 1.5 })).toThrow(ManifestError);
  });

  it('makes names safe: no folders, no control or direction-changing characters, at most 255 characters', () => {
    expect(manifestName('../../etc/passwd')).toBe('.._.._etc_passwd');
    expect(manifestName('C:\\Users\\me\\photo.jpg')).toBe('C:_Users_me_photo.jpg');
    expect(manifestName('invoice\u202Egpj.exe')).toBe('invoicegpj.exe');
    expect(manifestName('a\u0000b\nc')).toBe('abc');
    expect(manifestName('   ')).toBe('file');
    expect(manifestName('..')).toBe('file');
    const long = manifestName(`${'é'.repeat(300)}.jpeg`);
    expect(long.length).toBe(255);
    expect(long.endsWith('.jpeg')).toBe(true);
    const emoji = manifestName(`${'🐘'.repeat(200)}.png`);
    expect(emoji.length).toBeLessThanOrEqual(255);
    expect(emoji.endsWith('.png')).toBe(true);
    expect(emoji).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('keeps only well-formed MIME types', () => {
    expect(manifestType('image/JPEG')).toBe('image/jpeg');
    expect(manifestType('')).toBe('');
    expect(manifestType('text/html; charset=utf-8')).toBe('');
    expect(manifestType('x'.repeat(300))).toBe('');
  });
});

describe('the files message', () => {
  it('is built, encrypted under purpose file-manifest, and opens only as that purpose', () => {
    const keys = deriveCaseKeys(generateCaseEntropy());
    const contentKey = generateContentKey();
    const entries = [manifestEntry(input), manifestEntry({ ...input, fileId: generateFileId(), name: 'notes.pdf', type: 'application/pdf' })];
    const content = buildFilesContent(entries, '  Two files from the market.  ');
    expect(content.note).toBe('Two files from the market.');
    expect(attachedFileIds(content)).toEqual(entries.map((entry) => entry.fileId));
    const envelope = filesEnvelope(contentKey, keys.caseId, content);
    const opened = filesContent.parse(JSON.parse(fromUtf8(decryptEnvelope(contentKey, envelope, { caseId: keys.caseId, purpose: 'file-manifest' }))));
    expect(opened).toEqual(content);
    expect(() => decryptEnvelope(contentKey, envelope, { caseId: keys.caseId, purpose: 'message' })).toThrow(CryptoError);
  });

  it('leaves out an empty note', () => {
    expect(buildFilesContent([manifestEntry(input)], '   ')).not.toHaveProperty('note');
    expect(buildFilesContent([manifestEntry(input)])).not.toHaveProperty('note');
  });

  it('refuses no files, more than 20, and the same file twice', () => {
    expect(() => buildFilesContent([])).toThrow(ManifestError);
    const entry = manifestEntry(input);
    expect(() => buildFilesContent([entry, entry])).toThrow(ManifestError);
    const many = Array.from({ length: 21 }, () => manifestEntry({ ...input, fileId: generateFileId() }));
    expect(() => buildFilesContent(many)).toThrow(ManifestError);
  });
});

describe('assertMatchesManifest (must fail closed)', () => {
  it('accepts the exact size and SHA-256', () => {
    const entry = manifestEntry(input);
    expect(() => assertMatchesManifest(entry, 1000, sha('cleaned'))).not.toThrow();
  });

  it('refuses a file whose SHA-256 differs from the manifest with a typed error in plain words', () => {
    const entry = manifestEntry(input);
    let caught: unknown;
    try {
      assertMatchesManifest(entry, 1000, sha('something else'));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FileIntegrityError);
    expect((caught as FileIntegrityError).reason).toBe('digest');
    expect((caught as FileIntegrityError).message).toMatch(/^This file failed its integrity check and was not saved/);
  });

  it('refuses the original file (before metadata removal) and a different size', () => {
    const entry = manifestEntry(input);
    expect(() => assertMatchesManifest(entry, 1000, sha('original'))).toThrow(FileIntegrityError);
    expect(() => assertMatchesManifest(entry, 999, sha('cleaned'))).toThrow(FileIntegrityError);
  });
});
