// The prosecutor's side of the file pipeline: uploads and downloads go to this case with the
// member token (a refused token ends the session), files are sent as chosen, and any failure to
// match the manifest is reported as an integrity failure, never as something vaguer.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateFileId, generateFileKey, StreamChunkError, StreamTruncatedError, toBase64Url } from '../../../../crypto/index';
import { generateProsecutorKeys, readySumo } from '../../../../crypto/prosecutor-keys';
import {
  caseFileAccess,
  describeFileError,
  downloadSource,
  isCancelled,
  memberToken,
  prosecutorFileToSend,
  uploadTarget,
} from '../../../../client/prosecutor/services/case-files';
import { openCase } from '../../../../client/prosecutor/services/case-view';
import { SignedOutError } from '../../../../client/prosecutor/services/member-api';
import { currentSession, endSession, getSessionState, startSession } from '../../../../client/prosecutor/session';
import { FileIntegrityError, FileTransferError } from '../../../../client/shared/files/index';
import { ApiError } from '../../../../client/shared/http';
import type { FileManifestEntryV1 } from '../../../../api/index';
import { makeCase, makeChain, sessionFor, type Chain } from './fixtures';

let chain: Chain;

beforeAll(async () => {
  await readySumo();
  chain = makeChain();
});

afterEach(() => {
  endSession('signed_out');
});

const INTEGRITY = /^This file failed its integrity check and was not saved/;

function entry(name: string): FileManifestEntryV1 {
  return {
    fileId: toBase64Url(generateFileId()),
    key: toBase64Url(generateFileKey()),
    name,
    type: 'image/png',
    size: 10,
    sha256: 'cd'.repeat(32),
    originalSha256: 'cd'.repeat(32),
    originalSize: 10,
    metadata: { action: 'none-found', removed: [] },
  };
}

describe('where files go', () => {
  it('uploads to the case as a prosecutor, and fetches each file from the case route', () => {
    const made = makeCase(chain);
    const opened = openCase(made.response, sessionFor(chain.prosecutor), made.response.caseId, chain.rootPublicKey);
    const target = uploadTarget(opened);
    expect(target.asProsecutor).toBe(true);
    expect(target.caseId).toEqual(made.keys.caseId);

    const file = entry('photo.png');
    const source = downloadSource(opened, file);
    expect(source.url).toBe(`/api/prosecutor/cases/${made.response.caseId}/files/${file.fileId}`);
    expect(source.caseId).toEqual(made.keys.caseId);
    expect(source.entry).toBe(file);
  });

  it('knows which named files the server holds', () => {
    const made = makeCase(chain);
    const here = entry('here.png');
    const missing = entry('missing.png');
    const response = { ...made.response, files: [{ fileId: here.fileId, storedBytes: 65_577, seq: 1, uploadedOn: '2026-11-22' }] };
    const access = caseFileAccess(openCase(response, sessionFor(chain.prosecutor), response.caseId, chain.rootPublicKey));
    expect(access.isStored(here.fileId)).toBe(true);
    expect(access.isStored(missing.fileId)).toBe(false);
  });

  it('sends a prosecutor file as chosen, marked as not checked for metadata', () => {
    const file = new File([new Uint8Array([1, 2, 3])], 'report.pdf', { type: 'application/pdf' });
    const toSend = prosecutorFileToSend(file);
    expect(toSend.content).toBe(file);
    expect(toSend.original).toBe(file);
    expect(toSend).toMatchObject({ name: 'report.pdf', type: 'application/pdf', metadata: { action: 'not-checked', removed: [] } });
  });
});

describe('memberToken', () => {
  it('gives the session token; a refusal of that token ends the session', async () => {
    await expect(memberToken()).rejects.toBeInstanceOf(SignedOutError);
    // Its own keys: ending the session wipes them.
    const session = sessionFor(generateProsecutorKeys());
    startSession(session);
    await expect(memberToken()).resolves.toBe(session.token);
    // A refusal of some older token says nothing about this one.
    await expect(memberToken('y'.repeat(43))).resolves.toBe(session.token);
    await expect(memberToken(session.token)).rejects.toBeInstanceOf(SignedOutError);
    expect(currentSession()).toBeNull();
    expect(getSessionState().endReason).toBe('expired');
  });
});

describe('describeFileError', () => {
  it('calls every mismatch with the manifest an integrity failure', () => {
    expect(describeFileError(new FileIntegrityError('digest', 'a.jpg'), 'a.jpg')).toMatch(INTEGRITY);
    expect(describeFileError(new StreamChunkError(3, 'auth_failed'), 'a.jpg')).toMatch(INTEGRITY);
    expect(describeFileError(new StreamTruncatedError(), 'a.jpg')).toMatch(INTEGRITY);
  });

  it('passes on the words of transfer errors, says a server refusal by its code, and never a stack or internal message', () => {
    expect(describeFileError(new FileTransferError('network', 'The connection failed.'), 'a.jpg')).toBe('The connection failed.');
    // The server's English is never shown: the code's words are.
    expect(describeFileError(new ApiError(404, 'not_found', 'No such file.'), 'a.jpg')).toBe(
      'This was not found, or you are not allowed to open it. Reload the page to see the current list.',
    );
    const internal = describeFileError(new TypeError('cannot read properties of undefined (reading key)'), 'a.jpg');
    expect(internal).not.toMatch(/undefined|TypeError|key/);
    expect(internal).not.toMatch(INTEGRITY);
  });

  it('recognises a cancelled transfer', () => {
    expect(isCancelled(new FileTransferError('cancelled', 'You stopped it.'))).toBe(true);
    expect(isCancelled(new FileTransferError('network', 'x'))).toBe(false);
    expect(isCancelled(new Error('cancelled'))).toBe(false);
  });
});
