// Evidence files on the whistleblower side: the pure choice logic, the metadata check of a
// chosen file (real cleaner), and attaching uploaded files to the case with a signed files
// message through the stand-in tip line (real crypto). The tus upload itself is covered in
// test/e2e/file-pipeline.test.ts; here the stand-in records the upload as complete.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ROUTES, type FileManifestEntryV1, type TipContentV1 } from '../../../../api/index';
import { generateFileId, generateFileKey, ready, toBase64Url } from '../../../../crypto/index';
import { buildFilesContent, manifestEntry } from '../../../../client/shared/files/manifest';
import { fileToSend, listNames, manifestMetadata, sizeToSend, type ChosenFile, type EvidenceCheck } from '../../../../client/whistleblower/logic/evidence';
import { ServiceFailure, ThreadMovedOn } from '../../../../client/whistleblower/services/errors';
import { checkEvidence } from '../../../../client/whistleblower/services/evidence';
import { openCaseWithKeys } from '../../../../client/whistleblower/services/open-case';
import { TipSubmitter } from '../../../../client/whistleblower/services/submit-tip';
import { FakeTipLine } from './fake-tip-line';

const TIP: TipContentV1 = { kind: 'tip', version: 1, title: 'Parrots in crates', description: 'Seen at the market on Sunday.' };

let line: FakeTipLine;

beforeAll(async () => {
  await ready();
});

beforeEach(() => {
  line = new FakeTipLine();
  vi.stubGlobal('fetch', line.fetch);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function entry(name: string): FileManifestEntryV1 {
  const digest = new Uint8Array(32).fill(7);
  return manifestEntry({
    fileId: generateFileId(),
    key: generateFileKey(),
    name,
    type: 'image/png',
    size: 1000,
    sha256: digest,
    originalSha256: digest,
    originalSize: 1000,
    metadata: { action: 'removed', removed: ['GPS position'] },
  });
}

/** A tiny valid PNG carrying a tEXt chunk with an author. */
function pngWithText(): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Uint8Array): number => {
    let c = 0xffffffff;
    for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Uint8Array): Uint8Array => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(new TextEncoder().encode(type), 4);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc(out.subarray(4, 8 + data.length)));
    return out;
  };
  const ihdr = new Uint8Array([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  // One grey pixel, deflate-stored: zlib header, final stored block of 2 bytes (filter 0, value 0).
  const idat = new Uint8Array([0x78, 0x01, 0x01, 0x02, 0x00, 0xfd, 0xff, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01]);
  const text = new TextEncoder().encode('Author\u0000Jane Informant');
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('tEXt', text), chunk('IDAT', idat), chunk('IEND', new Uint8Array(0))];
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

describe('the choice of files (pure)', () => {
  const removed: EvidenceCheck = { report: { action: 'removed', removed: ['GPS position', 'Camera serial number'] }, cleaned: new Blob(['clean']), description: 'Removed: GPS position.' };
  const file = new File(['original bytes'], 'photo.jpg', { type: 'image/jpeg' });

  it('sends the cleaned copy and records what was removed', () => {
    const chosen: ChosenFile = { id: 'file-1', file, check: removed, keepOriginal: false };
    const send = fileToSend(chosen);
    expect(send?.content).toBe(removed.cleaned);
    expect(send?.original).toBe(file);
    expect(send?.metadata).toEqual({ action: 'removed', removed: ['GPS position', 'Camera serial number'] });
    expect(sizeToSend(chosen)).toBe(5);
  });

  it('sends the original when the person keeps it, and says so in the manifest', () => {
    const send = fileToSend({ id: 'file-1', file, check: removed, keepOriginal: true });
    expect(send?.content).toBe(file);
    expect(send?.metadata).toEqual({ action: 'kept-by-choice', removed: [] });
  });

  it('has nothing to send while the check runs', () => {
    expect(fileToSend({ id: 'file-1', file, check: null, keepOriginal: false })).toBeNull();
    expect(sizeToSend({ id: 'file-1', file, check: null, keepOriginal: false })).toBe(file.size);
  });

  it('maps the other outcomes', () => {
    expect(manifestMetadata({ report: { action: 'none-found', removed: [] }, cleaned: null, description: '' }, false)).toEqual({ action: 'none-found', removed: [] });
    expect(manifestMetadata({ report: { action: 'not-checked', removed: [], warning: 'x' }, cleaned: null, description: '' }, true)).toEqual({ action: 'not-checked', removed: [] });
  });

  it('lists names for sentences', () => {
    expect(listNames(['a.jpg'])).toBe('“a.jpg”');
    expect(listNames(['a.jpg', 'b.pdf', 'c.png'])).toBe('“a.jpg”, “b.pdf” and “c.png”');
  });
});

describe('checkEvidence (real metadata cleaner)', () => {
  it('removes a PNG text chunk, keeps a cleaned copy and says what was removed', async () => {
    const png = pngWithText();
    const check = await checkEvidence(new File([png as BlobPart], 'listing.png', { type: 'image/png' }));
    expect(check.report.action).toBe('removed');
    expect(check.cleaned).not.toBeNull();
    const cleaned = new Uint8Array(await (check.cleaned as Blob).arrayBuffer());
    expect(Buffer.from(cleaned).includes(Buffer.from('Jane Informant'))).toBe(false);
    expect(check.description).toMatch(/^Removed: /);
  });

  it('warns about a kind of file it cannot check, and sends it unchanged', async () => {
    const check = await checkEvidence(new File(['plain words'], 'notes.txt', { type: 'text/plain' }));
    expect(check.report.action).toBe('not-checked');
    expect(check.cleaned).toBeNull();
    expect(check.description).toMatch(/hidden details/);
  });

  it('does not read a file too large to clean into memory, and says it was not checked', async () => {
    const head = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);
    const huge = { name: 'video.jpg', type: 'image/jpeg', size: 3 * 1024 ** 3, slice: () => new Blob([head]), arrayBuffer: () => Promise.reject(new Error('must not read it all')) };
    const check = await checkEvidence(huge as unknown as File);
    expect(check.report.action).toBe('not-checked');
    expect(check.description).toMatch(/too large to check/);
  });

  it('never throws for a file the browser cannot read', async () => {
    const broken = { name: 'x.png', type: 'image/png', size: 10, slice: () => new Blob([]), arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')) };
    const check = await checkEvidence(broken as unknown as File);
    expect(check.report.action).toBe('not-checked');
  });
});

describe('attaching files to the case', () => {
  async function newCase() {
    line.addAgency('Lake Region Unit');
    const [agency] = line.agencies;
    const submitter = new TipSubmitter(line.rootPublicKey);
    const sent = await submitter.submit(TIP, [agency?.agencyId ?? ''], () => undefined, { keepKeys: true });
    if (sent.keys === null) throw new Error('keys were not kept');
    const caseId = toBase64Url(sent.keys.caseId);
    const opened = await openCaseWithKeys(sent.keys, line.rootPublicKey);
    return { sent, caseId, connection: opened.connection, snapshot: opened.snapshot };
  }

  it('keeps a copy of the keys only when asked', async () => {
    line.addAgency('Lake Region Unit');
    const submitter = new TipSubmitter(line.rootPublicKey);
    const plain = await submitter.submit(TIP, [line.agencies[0]?.agencyId ?? ''], () => undefined);
    expect(plain.keys).toBeNull();
  });

  it('sends the files message right after the tip; the case then lists the files as arrived', async () => {
    const { caseId, connection, snapshot } = await newCase();
    expect(snapshot.quota).toEqual({ usedBytes: 0, limitBytes: FakeTipLine.QUOTA_BYTES });
    const files = [entry('market.png'), entry('chat.png')];
    for (const file of files) line.completeUpload(caseId, file.fileId, 65_577);
    const after = await connection.sendFiles(buildFilesContent(files), 'relink');
    const posted = line.sent.filter((request) => request.url === ROUTES.postCaseMessage.url).at(-1);
    const body = JSON.parse(posted?.body ?? '{}') as { seq: number; files: string[]; envelope: string };
    expect(body.seq).toBe(1);
    expect(body.files).toEqual(files.map((file) => file.fileId));
    // The server sees ids only: no name, key or digest travels outside the envelope.
    expect(posted?.body).not.toContain('market.png');
    expect(posted?.body).not.toContain(files[0]?.key);
    const item = after.thread[0];
    expect(item?.kind).toBe('files');
    if (item?.kind !== 'files') return;
    expect(item.author).toBe('you');
    expect(item.files.map((file) => [file.entry.name, file.arrived])).toEqual([
      ['market.png', true],
      ['chat.png', true],
    ]);
    expect(after.quota.usedBytes).toBe(2 * 65_577);
    connection.close();
  });

  it('relinks after a prosecutor wrote in between (report flow), or throws ThreadMovedOn (answer form)', async () => {
    const { caseId, connection } = await newCase();
    line.reply(caseId, 'Thank you. Do you have photos?');
    const first = entry('a.png');
    line.completeUpload(caseId, first.fileId, 65_577);
    const error = await connection.sendFiles(buildFilesContent([first]), 'throw').then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ThreadMovedOn);
    await connection.load();
    line.reply(caseId, 'Anything else?');
    const after = await connection.sendFiles(buildFilesContent([first], 'Here they are.'), 'relink');
    expect(after.thread.map((item) => item.kind)).toEqual(['message', 'message', 'files']);
    const files = after.thread[2];
    expect(files?.kind === 'files' ? files.note : null).toBe('Here they are.');
    connection.close();
  });

  it('says plainly when a named file has not fully arrived', async () => {
    const { connection } = await newCase();
    const error = await connection.sendFiles(buildFilesContent([entry('never-uploaded.png')]), 'relink').then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceFailure);
    expect((error as Error).message).toBe('Your file was not attached. The tip line does not have all of it yet (or it is already attached). Send the files again.');
    connection.close();
  });

  it('shows a prosecutor’s files, marking a file the server does not list as not arrived', async () => {
    const { caseId, connection } = await newCase();
    const here = entry('warrant.pdf');
    const missing = entry('photo-list.png');
    line.sendFiles(caseId, buildFilesContent([here, missing], 'Please look at these.'), [here.fileId]);
    const snapshot = await connection.load();
    const item = snapshot.thread[0];
    expect(item?.kind === 'files' ? [item.author, item.agencyName, item.files.map((file) => file.arrived)] : null).toEqual(['prosecutor', 'Lake Region Unit', [true, false]]);
    connection.close();
  });

  it('renews the session once when uploads report the token refused, however many ask at once', async () => {
    const { connection } = await newCase();
    const old = await connection.token();
    line.expireSessions();
    const before = line.sent.filter((request) => request.url === ROUTES.openSession.url).length;
    const renewed = await Promise.all([connection.token(old), connection.token(old), connection.token(old)]);
    expect(new Set(renewed).size).toBe(1);
    expect(renewed[0]).not.toBe(old);
    expect(line.sent.filter((request) => request.url === ROUTES.openSession.url).length - before).toBe(1);
    // A token that is not the current one does not renew again.
    expect(await connection.token(old)).toBe(renewed[0]);
    connection.close();
    await expect(connection.token()).rejects.toBeInstanceOf(ServiceFailure);
  });

  it('builds upload targets and download sources for this case only', async () => {
    const { connection, sent } = await newCase();
    const target = connection.uploadTarget();
    expect(target.asProsecutor).toBe(false);
    expect(toBase64Url(target.caseId)).toBe(toBase64Url(sent.keys?.caseId ?? new Uint8Array()));
    const file = entry('x.png');
    expect(connection.downloadSource(file).url).toBe(`/api/case/files/${file.fileId}`);
    connection.close();
  });
});
