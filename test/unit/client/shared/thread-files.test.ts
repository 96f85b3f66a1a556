// The shared thread reader opens files messages (purpose 'file-manifest') from either side,
// after the tip only, and refuses a manifest that does not match its schema.
import { beforeAll, describe, expect, it } from 'vitest';
import { generateFileId, generateFileKey, ready, toBase64Url, type MessageRecord } from '../../../../crypto/index';
import { readThread } from '../../../../client/shared/thread';
import { verifyAgency, type TrustedAgency } from '../../../../client/shared/trust';
import { append, makeFixture, standardThread, toWire, type Fixture } from './fixtures';

let fixture: Fixture;
let agencies: TrustedAgency[];

beforeAll(async () => {
  await ready();
  fixture = makeFixture();
  agencies = [verifyAgency(fixture.agency, toBase64Url(fixture.root.publicKey))];
});

function read(records: readonly MessageRecord[]) {
  return readThread({
    caseId: fixture.caseKeys.caseId,
    caseSigningPublicKey: fixture.caseKeys.signing.publicKey,
    contentKey: fixture.contentKey,
    messages: records.map(toWire),
    agencies,
  });
}

function filesBody(note?: string) {
  return {
    kind: 'files',
    version: 1,
    ...(note === undefined ? {} : { note }),
    files: [
      {
        fileId: toBase64Url(generateFileId()),
        key: toBase64Url(generateFileKey()),
        name: 'listing.png',
        type: 'image/png',
        size: 1234,
        sha256: 'a'.repeat(64),
        originalSha256: 'b'.repeat(64),
        originalSize: 2000,
        metadata: { action: 'removed', removed: ['GPS position'] },
      },
    ],
  };
}

describe('readThread with files messages', () => {
  it('reads a whistleblower files message right after the tip, and a prosecutor one later', () => {
    let thread: MessageRecord[] = standardThread(fixture).slice(0, 1);
    thread = append(fixture, thread, 'whistleblower', 'file-manifest', filesBody());
    thread = append(fixture, thread, 'prosecutor', 'file-manifest', filesBody('Please look at this picture.'));
    const result = read(thread);
    expect(result.problem).toBeNull();
    expect(result.entries.map((entry) => [entry.role, entry.content.kind])).toEqual([
      ['whistleblower', 'tip'],
      ['whistleblower', 'files'],
      ['prosecutor', 'files'],
    ]);
    const files = result.entries[2]?.content;
    expect(files?.kind === 'files' ? [files.note, files.files[0]?.name, files.files[0]?.metadata.removed] : null).toEqual([
      'Please look at this picture.',
      'listing.png',
      ['GPS position'],
    ]);
    expect(result.entries[2]?.agencyName).toBe('Test Agency');
    expect(result.next.seq).toBe(3);
  });

  it('refuses a manifest as the first message (the tip must come first)', () => {
    const thread = append(fixture, [], 'whistleblower', 'file-manifest', filesBody());
    expect(read(thread).problem?.reason).toBe('decrypt_failed');
  });

  it('refuses a manifest that does not match the schema instead of showing it', () => {
    const bad = filesBody();
    const thread = append(fixture, standardThread(fixture), 'whistleblower', 'file-manifest', {
      ...bad,
      files: [{ ...bad.files[0], sha256: 'not a digest' }],
    });
    const result = read(thread);
    expect(result.problem?.reason).toBe('bad_content');
    expect(result.entries).toHaveLength(4);
  });

  it('refuses a files body sealed as a plain message (purposes cannot be swapped)', () => {
    const thread = append(fixture, standardThread(fixture), 'whistleblower', 'message', filesBody());
    expect(read(thread).problem?.reason).toBe('bad_content');
  });
});
