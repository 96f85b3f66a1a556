// Sending evidence files as a prosecutor: the signed files message (purpose 'file-manifest')
// verifies in the thread and decrypts only as a manifest; bad manifests, mismatched purposes and
// broken threads are refused before anything is signed. Real crypto throughout.
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILES_PER_MESSAGE, filesContent, type FileManifestEntryV1, type FilesContent, type MessageContent } from '../../../../api/index';
import {
  CryptoError,
  decryptEnvelope,
  fromBase64Url,
  fromUtf8,
  generateFileId,
  generateFileKey,
  toBase64Url,
  verifyThread,
} from '../../../../crypto/index';
import { readySumo } from '../../../../crypto/prosecutor-keys';
import { MessageContentError, buildFilesMessage, buildMessage } from '../../../../client/prosecutor/services/case-actions';
import { closeCase, openCase } from '../../../../client/prosecutor/services/case-view';
import { UserFacingError } from '../../../../client/prosecutor/services/describe-error';
import { toRecord } from '../../../../client/shared/thread';
import { makeCase, makeChain, sessionFor, type Chain } from './fixtures';

let chain: Chain;

beforeAll(async () => {
  await readySumo();
  chain = makeChain();
});

function entry(name: string, overrides: Partial<FileManifestEntryV1> = {}): FileManifestEntryV1 {
  return {
    fileId: toBase64Url(generateFileId()),
    key: toBase64Url(generateFileKey()),
    name,
    type: 'image/jpeg',
    size: 123_456,
    sha256: 'ab'.repeat(32),
    originalSha256: 'ab'.repeat(32),
    originalSize: 123_456,
    metadata: { action: 'not-checked', removed: [] },
    ...overrides,
  };
}

function opened() {
  const made = makeCase(chain);
  return { made, opened: openCase(made.response, sessionFor(chain.prosecutor), made.response.caseId, chain.rootPublicKey) };
}

describe('buildFilesMessage', () => {
  it('signs a linked message whose envelope is a file manifest, naming the attached file ids', () => {
    const { made, opened: open } = opened();
    const files = [entry('seizure.jpg'), entry('notes.pdf', { type: 'application/pdf' })];
    const body = buildFilesMessage(open, chain.prosecutor.signing, files, '  Please check these.  ');
    expect(body.seq).toBe(1);
    expect(body.files).toEqual(files.map((file) => file.fileId));
    expect(body.authorPublicKey).toBe(toBase64Url(chain.prosecutor.signing.publicKey));

    // The whole thread verifies with the new message appended.
    const records = [...made.response.messages, { ...body, authorRole: 'prosecutor' as const }].map((message) => toRecord(made.keys.caseId, message));
    expect(() => verifyThread(made.keys.caseId, records, () => true)).not.toThrow();

    // It decrypts as a manifest, and only as one: the purpose is bound into the envelope.
    const envelope = fromBase64Url(body.envelope);
    const plaintext = decryptEnvelope(made.contentKey, envelope, { caseId: made.keys.caseId, purpose: 'file-manifest' });
    const content = filesContent.parse(JSON.parse(fromUtf8(plaintext)));
    expect(content).toEqual({ kind: 'files', version: 1, note: 'Please check these.', files });
    for (const purpose of ['message', 'status', 'tip'] as const) {
      expect(() => decryptEnvelope(made.contentKey, envelope, { caseId: made.keys.caseId, purpose }), purpose).toThrow(CryptoError);
    }
  });

  it('reads back from the thread as a files message from this prosecutor, and the next link follows it', () => {
    const { made, opened: open } = opened();
    const files = [entry('seizure.jpg')];
    const body = buildFilesMessage(open, chain.prosecutor.signing, files, 'For the file.');
    const { files: attached, ...message } = body;
    expect(attached).toEqual([files[0]?.fileId]);
    const response = { ...made.response, messages: [...made.response.messages, { ...message, authorRole: 'prosecutor' as const }] };
    const reopened = openCase(response, sessionFor(chain.prosecutor), response.caseId, chain.rootPublicKey);
    expect(reopened.thread.problem).toBeNull();
    expect(reopened.thread.entries[1]?.content).toEqual({ kind: 'files', version: 1, note: 'For the file.', files });
    expect([...reopened.ownSeqs]).toEqual([1]);
    expect(reopened.thread.next.seq).toBe(2);
  });

  it('leaves the note out when there is no text', () => {
    const { made, opened: open } = opened();
    const body = buildFilesMessage(open, chain.prosecutor.signing, [entry('a.png', { type: 'image/png' })], '   \n');
    const plaintext = decryptEnvelope(made.contentKey, fromBase64Url(body.envelope), { caseId: made.keys.caseId, purpose: 'file-manifest' });
    const content = JSON.parse(fromUtf8(plaintext)) as Record<string, unknown>;
    expect(Object.keys(content).sort()).toEqual(['files', 'kind', 'version']);
  });

  it('refuses no files, too many files, the same file twice and an over-long note', () => {
    const { opened: open } = opened();
    const one = entry('a.jpg');
    const cases: [string, FileManifestEntryV1[], string, RegExp][] = [
      ['none', [], '', /at least one file/],
      ['too many', Array.from({ length: MAX_FILES_PER_MESSAGE + 1 }, (_, i) => entry(`f${i}.jpg`)), '', /At most 20 files/],
      ['twice', [one, { ...one, name: 'b.jpg' }], '', /twice/],
      ['long note', [entry('a.jpg')], 'x'.repeat(20_001), /limited to 20000 characters/],
    ];
    for (const [what, files, note, message] of cases) {
      expect(() => buildFilesMessage(open, chain.prosecutor.signing, files, note), what).toThrow(message);
    }
    expect(() => buildFilesMessage(open, chain.prosecutor.signing, [entry('a.jpg')], 'x'.repeat(20_000))).not.toThrow();
  });

  it('refuses manifest entries the reader would reject, before signing anything', () => {
    const { opened: open } = opened();
    const bad: [string, FileManifestEntryV1][] = [
      ['short hash', entry('a.jpg', { sha256: 'ab'.repeat(31) })],
      ['upper-case hash', entry('a.jpg', { sha256: 'AB'.repeat(32) })],
      ['bad file id', entry('a.jpg', { fileId: 'not-a-file-id' })],
      ['short key', entry('a.jpg', { key: toBase64Url(generateFileKey()).slice(0, 42) })],
      ['empty name', entry('   ')],
      ['long name', entry(`${'n'.repeat(252)}.jpg`)],
      ['negative size', entry('a.jpg', { size: -1 })],
      ['fractional size', entry('a.jpg', { size: 1.5 })],
      ['unknown metadata action', entry('a.jpg', { metadata: { action: 'scrubbed' as 'removed', removed: [] } })],
    ];
    for (const [what, file] of bad) {
      expect(() => buildFilesMessage(open, chain.prosecutor.signing, [file], ''), what).toThrow(MessageContentError);
    }
  });

  it('refuses to write to a thread that failed verification', () => {
    const { made } = opened();
    const tip = made.response.messages[0];
    if (tip === undefined) throw new Error('fixture');
    const altered = { ...tip, signature: toBase64Url(new Uint8Array(64)) };
    const broken = openCase({ ...made.response, messages: [altered] }, sessionFor(chain.prosecutor), made.response.caseId, chain.rootPublicKey);
    expect(broken.thread.problem).not.toBeNull();
    expect(() => buildFilesMessage(broken, chain.prosecutor.signing, [entry('a.jpg')], '')).toThrow(/failed verification/);
  });
});

describe('buildMessage after the case closed', () => {
  it('never encrypts under a wiped content key', () => {
    const { opened: open } = opened();
    expect(() => buildFilesMessage(open, chain.prosecutor.signing, [entry('a.jpg')], '')).not.toThrow();
    closeCase(open);
    expect(() => buildFilesMessage(open, chain.prosecutor.signing, [entry('a.jpg')], '')).toThrow(/closed or reloaded/);
    expect(() => buildMessage(open, chain.prosecutor.signing, 'message', { kind: 'message', version: 1, text: 'hello' })).toThrow(/closed or reloaded/);
  });
});

describe('buildMessage purposes', () => {
  it('refuses content that does not match its purpose', () => {
    const { opened: open } = opened();
    const files: FilesContent = { kind: 'files', version: 1, files: [entry('a.jpg')] };
    const message: MessageContent = { kind: 'message', version: 1, text: 'hello' };
    // Deliberately mismatched, as a caller without types could do.
    const asAny = buildMessage as (...args: unknown[]) => unknown;
    expect(() => asAny(open, chain.prosecutor.signing, 'message', files)).toThrow(MessageContentError);
    expect(() => asAny(open, chain.prosecutor.signing, 'file-manifest', message)).toThrow(MessageContentError);
    expect(() => asAny(open, chain.prosecutor.signing, 'status', message)).toThrow(MessageContentError);
    expect(() => asAny(open, chain.prosecutor.signing, 'tip', message)).toThrow(MessageContentError);
    expect(() => buildMessage(open, chain.prosecutor.signing, 'message', { kind: 'message', version: 1, text: '   ' })).toThrow(MessageContentError);
    expect(() => buildMessage(open, chain.prosecutor.signing, 'file-manifest', files)).not.toThrow();
  });

  it('errors are for people: UserFacingError, with no content in the message', () => {
    const { opened: open } = opened();
    try {
      buildMessage(open, chain.prosecutor.signing, 'file-manifest', { kind: 'files', version: 1, files: [entry('secret-name.jpg', { sha256: 'x' })] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UserFacingError);
      expect(String(error)).not.toContain('secret-name');
    }
    closeCase(open);
  });
});

describe('openCase and stored files', () => {
  it('lists the files the server holds, by id, and the quota', () => {
    const made = makeCase(chain);
    const fileId = toBase64Url(generateFileId());
    const response = {
      ...made.response,
      files: [{ fileId, storedBytes: 24 + 65_553, seq: 1, uploadedOn: '2026-11-22' }],
      quota: { usedBytes: 65_577, limitBytes: 1_000_000 },
    };
    const open = openCase(response, sessionFor(chain.prosecutor), response.caseId, chain.rootPublicKey);
    expect([...open.storedFiles.keys()]).toEqual([fileId]);
    expect(open.storedFiles.get(fileId)?.storedBytes).toBe(65_577);
    expect(open.quota).toEqual({ usedBytes: 65_577, limitBytes: 1_000_000 });
  });
});
