// Evidence file uploads end to end on the server (issue 4): tus create/append/resume/cancel,
// limits and quotas, attaching by a signed message, serving only attached files, the sweep of
// abandoned uploads. Real app, real database (PGlite or PostgreSQL), real crypto, real storage.
import { existsSync, readdirSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES, routePath, type ThreadMessage } from '../../../api/index';
import { decryptFileBytes, encryptedFileSize, toBase64Url, utf8 } from '../../../crypto/index';
import { sweepUploads } from '../../../server/services/upload-sweeper';
import { createLocalFileStorage } from '../../../server/storage/local-file-storage';
import type { Agency, TipCase, World } from '../core/world';
import {
  bearer,
  contentKeyFor,
  envelopeFor,
  errorCode,
  expectStatus,
  get,
  nextMessage,
  openCase,
  openWorld,
  post,
  setUpAgency,
  submitTip,
  wireMessage,
} from '../core/world';
import { createUpload, deleteUpload, encryptedFile, headUpload, patchUpload, uploadIdOf, uploadWhole, type EncryptedFile } from './tus';

const MAX_FILE = 1024 * 1024; // 1 MiB per file in this world
const QUOTA = 3 * encryptedFileSize(MAX_FILE);

let world: World;
let filesDir: string;
let agency: Agency;

beforeAll(async () => {
  filesDir = mkdtempSync(join(tmpdir(), 'thicket-upload-test-'));
  world = await openWorld({ files: { dir: filesDir, maxFileBytes: MAX_FILE, caseQuotaBytes: QUOTA } });
  agency = await setUpAgency(world, 'Wildlife Crime Unit', ['wanjiru', 'otieno']);
});

afterAll(async () => {
  await world.close();
  rmSync(filesDir, { recursive: true, force: true });
});

function bytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = (i * 31 + seed) & 0xff;
  return out;
}

async function newCase(): Promise<{ tip: TipCase; token: string }> {
  const prosecutor = agency.prosecutors[0];
  if (prosecutor === undefined) throw new Error('no prosecutor');
  const tip = await submitTip(world, [prosecutor]);
  return { tip, token: await openCase(world, tip) };
}

async function caseView(token: string): Promise<{ messages: ThreadMessage[]; files: { fileId: string; storedBytes: number; seq: number }[]; quota: { usedBytes: number; limitBytes: number } }> {
  const response = await get(world, ROUTES.caseView.url, token);
  expectStatus(response, 200);
  return response.json();
}

/** The signed files message the whistleblower's browser sends, naming `files`. */
async function attachAsWhistleblower(tip: TipCase, token: string, files: readonly EncryptedFile[]) {
  const view = await caseView(token);
  const envelope = envelopeFor(tip.contentKey, tip.keys.caseId, 'file-manifest', {
    kind: 'files',
    version: 1,
    files: files.map((f) => ({ fileId: f.fileIdText, key: toBase64Url(f.key) })),
  });
  const record = nextMessage(tip.keys.caseId, view.messages, tip.keys.signing, 'whistleblower', envelope);
  return post(world, ROUTES.postCaseMessage.url, { ...wireMessage(record), files: files.map((f) => f.fileIdText) }, token);
}

describe('uploads', () => {
  it('tells anyone the limits before they upload', async () => {
    const response = await get(world, ROUTES.uploadLimits.url);
    expectStatus(response, 200);
    expect(response.json()).toEqual({ maxFileBytes: MAX_FILE, caseQuotaBytes: QUOTA, uploadUrl: '/api/uploads' });
  });

  it('takes a file in pieces, resumes from the stored offset, and serves it once attached', async () => {
    const { tip, token } = await newCase();
    const file = encryptedFile(tip.keys.caseId, bytes(200_000, 7));
    const created = await createUpload(world, token, file.stream.length, { fileId: file.fileIdText });
    expectStatus(created, 201);
    const id = uploadIdOf(created);

    // The first piece arrives, then the connection drops; HEAD tells where to go on.
    const first = 100_000;
    expectStatus(await patchUpload(world, token, id, 0, file.stream.subarray(0, first)), 204);
    const head = await headUpload(world, token, id);
    expectStatus(head, 200);
    expect(head.headers['upload-offset']).toBe(String(first));
    expect(head.headers['upload-length']).toBe(String(file.stream.length));
    // A piece sent at the wrong offset is refused (tus 409), nothing is written.
    expect((await patchUpload(world, token, id, 5, file.stream.subarray(5, 10))).statusCode).toBe(409);

    // Not attached yet: invisible in the case and not downloadable.
    expect((await caseView(token)).files).toEqual([]);
    const early = await get(world, routePath(ROUTES.caseFile.url, { fileId: file.fileIdText }), token);
    expectStatus(early, 404);

    expectStatus(await patchUpload(world, token, id, first, file.stream.subarray(first)), 204);
    expectStatus(await attachAsWhistleblower(tip, token, [file]), 201);

    const view = await caseView(token);
    expect(view.files).toEqual([{ fileId: file.fileIdText, storedBytes: file.stream.length, seq: 1, uploadedOn: world.clock.today() }]);
    expect(view.quota).toEqual({ usedBytes: file.stream.length, limitBytes: QUOTA });

    const download = await get(world, routePath(ROUTES.caseFile.url, { fileId: file.fileIdText }), token);
    expectStatus(download, 200);
    expect(download.headers['content-type']).toBe('application/octet-stream');
    const served = new Uint8Array(download.rawPayload);
    expect(Buffer.compare(served, file.stream)).toBe(0);
    expect(Buffer.compare(decryptFileBytes(file.key, served, { caseId: tip.keys.caseId, fileId: file.fileId }), file.plaintext)).toBe(0);

    // The prosecutor on the case downloads the same bytes; the case view lists the file.
    const prosecutorToken = agency.prosecutorTokens[0] ?? '';
    const asProsecutor = await get(world, routePath(ROUTES.prosecutorFile.url, { caseId: tip.caseIdText, fileId: file.fileIdText }), prosecutorToken);
    expectStatus(asProsecutor, 200);
    expect(Buffer.compare(new Uint8Array(asProsecutor.rawPayload), file.stream)).toBe(0);
    const prosecutorView = await get(world, routePath(ROUTES.prosecutorCase.url, { caseId: tip.caseIdText }), prosecutorToken);
    expect((prosecutorView.json() as { files: unknown[] }).files).toHaveLength(1);
  });

  it('lets a prosecutor send a file the whistleblower can fetch', async () => {
    const { tip, token } = await newCase();
    const prosecutor = agency.prosecutors[0];
    const prosecutorToken = agency.prosecutorTokens[0];
    if (prosecutor === undefined || prosecutorToken === undefined) throw new Error('no prosecutor');
    const file = encryptedFile(tip.keys.caseId, utf8('Please send the seller profile link again.'));
    // A prosecutor must name the case.
    const unnamed = await createUpload(world, prosecutorToken, file.stream.length, { fileId: file.fileIdText });
    expectStatus(unnamed, 400);
    await uploadWhole(world, prosecutorToken, file, { fileId: file.fileIdText, caseId: tip.caseIdText });

    const view = await get(world, routePath(ROUTES.prosecutorCase.url, { caseId: tip.caseIdText }), prosecutorToken);
    const { messages, sealedKey } = view.json() as { messages: ThreadMessage[]; sealedKey: string };
    const contentKey = contentKeyFor(prosecutor, tip.keys.caseId, sealedKey);
    const envelope = envelopeFor(contentKey, tip.keys.caseId, 'file-manifest', { kind: 'files' });
    const record = nextMessage(tip.keys.caseId, messages, prosecutor.enrollment.keys.signing, 'prosecutor', envelope);
    const sent = await post(
      world,
      routePath(ROUTES.postProsecutorMessage.url, { caseId: tip.caseIdText }),
      { ...wireMessage(record), files: [file.fileIdText] },
      prosecutorToken,
    );
    expectStatus(sent, 201);
    const download = await get(world, routePath(ROUTES.caseFile.url, { fileId: file.fileIdText }), token);
    expectStatus(download, 200);
    expect(Buffer.compare(new Uint8Array(download.rawPayload), file.stream)).toBe(0);
  });

  it('refuses lengths that are not encrypted streams, files over the limit, and a full case', async () => {
    const { tip, token } = await newCase();
    const fileId = encryptedFile(tip.keys.caseId, bytes(10, 1)).fileIdText;
    for (const length of [1, 24, 24 + 65_553 - 1, 24 + 9 * 65_553 /* Padmé rounds 9 chunks up to 10 */]) {
      const response = await createUpload(world, token, length, { fileId });
      expectStatus(response, 400);
      expect(errorCode(response)).toBe('invalid_upload');
    }
    const tooBig = await createUpload(world, token, encryptedFileSize(2 * MAX_FILE), { fileId });
    expectStatus(tooBig, 413);
    expect(errorCode(tooBig)).toBe('file_too_large');

    // Three maximal files fill the quota (uploads count from the moment they start).
    for (let i = 0; i < 3; i++) {
      const f = encryptedFile(tip.keys.caseId, bytes(10, i)).fileIdText;
      expectStatus(await createUpload(world, token, encryptedFileSize(MAX_FILE), { fileId: f }), 201);
    }
    const full = await createUpload(world, token, encryptedFileSize(0), { fileId });
    expectStatus(full, 413);
    expect(errorCode(full)).toBe('quota_exceeded');
  });

  it('validates tus headers and metadata', async () => {
    const { tip, token } = await newCase();
    const file = encryptedFile(tip.keys.caseId, bytes(10, 3));
    const length = file.stream.length;
    const cases: [Record<string, string>, Record<string, string>][] = [
      [{ fileId: 'short' }, {}],
      [{ fileId: file.fileIdText, colour: 'green' }, {}],
      [{ fileId: file.fileIdText }, { 'tus-resumable': '0.2.2' }],
      [{ fileId: file.fileIdText }, { 'upload-defer-length': '1' }],
      [{ fileId: file.fileIdText }, { 'upload-concat': 'partial' }],
      [{ fileId: file.fileIdText }, { 'upload-length': '-5' }],
    ];
    for (const [fields, extra] of cases) {
      const response = await createUpload(world, token, length, fields, extra);
      expect(response.statusCode, JSON.stringify([fields, extra])).toBe(400);
      expect(response.json()).toHaveProperty('error.code');
    }
    const malformed = await world.app.inject({
      method: 'POST',
      url: ROUTES.createUpload.url,
      headers: { ...bearer(token), 'tus-resumable': '1.0.0', 'upload-length': String(length), 'upload-metadata': 'fileId not*base64' },
    });
    expectStatus(malformed, 400);
    // The same file id twice in one case.
    await uploadWhole(world, token, file, { fileId: file.fileIdText });
    const again = await createUpload(world, token, length, { fileId: file.fileIdText });
    expectStatus(again, 409);
    expect(errorCode(again)).toBe('file_exists');
  });

  it('keeps every upload to its own case and its own people', async () => {
    const a = await newCase();
    const b = await newCase();
    const file = encryptedFile(a.tip.keys.caseId, bytes(1000, 5));
    const created = await createUpload(world, a.token, file.stream.length, { fileId: file.fileIdText });
    const id = uploadIdOf(created);
    // No session, another case's session, a prosecutor of another agency: all the same 401/404.
    expectStatus(await world.app.inject({ method: 'HEAD', url: `/api/uploads/${id}`, headers: { 'tus-resumable': '1.0.0' } }), 401);
    expectStatus(await headUpload(world, b.token, id), 404);
    expectStatus(await patchUpload(world, b.token, id, 0, file.stream), 404);
    expectStatus(await deleteUpload(world, b.token, id), 404);
    const other = await setUpAgency(world, 'Other Unit', ['kamau']);
    expectStatus(await headUpload(world, other.prosecutorTokens[0] ?? '', id), 404);
    const foreignCase = await createUpload(world, other.prosecutorTokens[0] ?? '', file.stream.length, {
      fileId: file.fileIdText,
      caseId: a.tip.caseIdText,
    });
    expectStatus(foreignCase, 404);
    // A whistleblower naming another case in the metadata.
    expectStatus(await createUpload(world, b.token, file.stream.length, { fileId: file.fileIdText, caseId: a.tip.caseIdText }), 404);
    // An unknown upload id looks the same as someone else's.
    expectStatus(await headUpload(world, a.token, '0'.repeat(32)), 404);
    expectStatus(await headUpload(world, a.token, 'not-an-id'), 400);
  });

  it('attaches only complete uploads of the case, each once, and stores nothing otherwise', async () => {
    const { tip, token } = await newCase();
    const complete = encryptedFile(tip.keys.caseId, bytes(70_000, 1));
    const partial = encryptedFile(tip.keys.caseId, bytes(70_000, 2));
    await uploadWhole(world, token, complete, { fileId: complete.fileIdText });
    const created = await createUpload(world, token, partial.stream.length, { fileId: partial.fileIdText });
    await patchUpload(world, token, uploadIdOf(created), 0, partial.stream.subarray(0, 1000));

    const refused = await attachAsWhistleblower(tip, token, [complete, partial]);
    expectStatus(refused, 409);
    expect(errorCode(refused)).toBe('file_not_ready');
    const after = await caseView(token);
    expect(after.messages).toHaveLength(1);
    expect(after.files).toEqual([]);

    // A file of another case cannot be named either.
    const elsewhere = await newCase();
    const foreign = encryptedFile(elsewhere.tip.keys.caseId, bytes(10, 9));
    await uploadWhole(world, elsewhere.token, foreign, { fileId: foreign.fileIdText });
    expectStatus(await attachAsWhistleblower(tip, token, [foreign]), 409);

    expectStatus(await attachAsWhistleblower(tip, token, [complete]), 201);
    const twice = await attachAsWhistleblower(tip, token, [complete]);
    expectStatus(twice, 409);
    expect(errorCode(twice)).toBe('file_not_ready');
    const listed = await attachAsWhistleblower(tip, token, [complete, complete]);
    expectStatus(listed, 400);
  });

  it('cancels an upload in progress, but never a complete one', async () => {
    const { tip, token } = await newCase();
    const file = encryptedFile(tip.keys.caseId, bytes(5000, 4));
    const id = uploadIdOf(await createUpload(world, token, file.stream.length, { fileId: file.fileIdText }));
    await patchUpload(world, token, id, 0, file.stream.subarray(0, 100));
    expectStatus(await deleteUpload(world, token, id), 204);
    expect(existsSync(join(filesDir, id))).toBe(false);
    expectStatus(await headUpload(world, token, id), 404);
    expect((await caseView(token)).quota.usedBytes).toBe(0);

    const kept = encryptedFile(tip.keys.caseId, bytes(5000, 5));
    const keptId = await uploadWhole(world, token, kept, { fileId: kept.fileIdText });
    expectStatus(await deleteUpload(world, token, keptId), 409);
  });

  it('keeps no upload metadata on disk beyond the declared length, dated to the day', async () => {
    const { tip, token } = await newCase();
    const file = encryptedFile(tip.keys.caseId, bytes(3000, 6));
    const id = await uploadWhole(world, token, file, { fileId: file.fileIdText });
    const { readFileSync, statSync } = await import('node:fs');
    expect(JSON.parse(readFileSync(join(filesDir, `${id}.json`), 'utf8'))).toEqual({ size: file.stream.length });
    const mtime = statSync(join(filesDir, id)).mtime;
    expect(mtime.toISOString()).toBe(`${world.clock.today()}T00:00:00.000Z`);
    expect(readdirSync(filesDir).every((name) => /^[0-9a-f]{32}(\.json)?$/.test(name))).toBe(true);
  });

  it('sweeps uploads never attached after a day, and stored bytes whose row is gone', async () => {
    const { tip, token } = await newCase();
    const abandoned = encryptedFile(tip.keys.caseId, bytes(3000, 8));
    const abandonedId = uploadIdOf(await createUpload(world, token, abandoned.stream.length, { fileId: abandoned.fileIdText }));
    await patchUpload(world, token, abandonedId, 0, abandoned.stream.subarray(0, 10));
    const attached = encryptedFile(tip.keys.caseId, bytes(3000, 9));
    const attachedId = await uploadWhole(world, token, attached, { fileId: attached.fileIdText });
    expectStatus(await attachAsWhistleblower(tip, token, [attached]), 201);
    const storage = await createLocalFileStorage(filesDir);
    const orphan = 'f'.repeat(32);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(filesDir, orphan), 'left over');

    // The same day: nothing abandoned yet, but the orphan goes.
    const first = await sweepUploads(world.database.db, storage, world.clock.now);
    expect(first.orphans).toBe(1);
    expect(existsSync(join(filesDir, abandonedId))).toBe(true);

    world.clock.advance(2 * 86_400);
    const second = await sweepUploads(world.database.db, storage, world.clock.now);
    expect(second.abandoned).toBeGreaterThanOrEqual(1);
    expect(existsSync(join(filesDir, abandonedId))).toBe(false);
    expect(existsSync(join(filesDir, attachedId))).toBe(true);
    expect(existsSync(join(filesDir, orphan))).toBe(false);
    const download = await get(world, routePath(ROUTES.caseFile.url, { fileId: attached.fileIdText }), await openCase(world, tip));
    expectStatus(download, 200);
  });
});
