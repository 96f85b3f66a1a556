// Runs the real file pipeline in a browser page: startUpload (encrypt worker, hash worker, tus)
// against the test's tus server, and startDownload (decrypt, check) of what was stored. Built by
// Vite with the same libsodium alias and worker format as the apps.
import { fromBase64Url, ready } from '../../../crypto/index';
import { startDownload, startUpload, describeProgress } from '../../../client/shared/files/index';
import type { FileToSend, TransferPhase, TransferProgress } from '../../../client/shared/files/types';
import { fileContent, type DownloadInput, type DownloadOutput, type UploadInput, type UploadOutput } from './harness-api';

function watchResponsiveness(): () => number {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 20);
  return () => {
    clearInterval(timer);
    return longest;
  };
}

async function upload(input: UploadInput): Promise<UploadOutput> {
  await ready();
  const t0 = performance.now();
  const original = new File([fileContent(input.originalBytes, 1) as BlobPart], input.fileName, { type: input.type });
  const content = input.cleanedBytes === null ? original : new Blob([fileContent(input.cleanedBytes, 2) as BlobPart], { type: input.type });
  const file: FileToSend = {
    original,
    content,
    name: input.fileName,
    type: input.type,
    metadata: input.cleanedBytes === null ? { action: 'none-found', removed: [] } : { action: 'removed', removed: ['GPS position'] },
  };
  const tokenRequests: (string | null)[] = [];
  let tokenNumber = 1;
  const phases: TransferPhase[] = [];
  const timeline: string[] = [];
  let lastText = '';
  const stopWatching = watchResponsiveness();
  let cancel = (): void => undefined;
  const onProgress = (progress: TransferProgress): void => {
    if (phases.at(-1) !== progress.phase) {
      phases.push(progress.phase);
      timeline.push(`${progress.phase}@${(performance.now() - t0).toFixed(0)}ms`);
    }
    lastText = describeProgress(progress, 'upload');
    if (input.cancelAfterBytes !== null && progress.phase === 'uploading' && progress.bytesDone >= input.cancelAfterBytes) cancel();
  };
  const handle = startUpload(
    {
      caseId: fromBase64Url(input.caseId, 32),
      asProsecutor: false,
      getToken: (refused) => {
        tokenRequests.push(refused ?? null);
        if (refused !== undefined) tokenNumber++;
        return Promise.resolve(`token-${tokenNumber}`);
      },
    },
    file,
    onProgress,
  );
  cancel = handle.cancel;
  let entry = null;
  let error = null;
  try {
    entry = await handle.done;
  } catch (caught) {
    const e = caught as Error & { code?: string };
    error = { name: e.name, code: e.code ?? '', message: e.message };
  }
  return {
    webAssembly: typeof WebAssembly,
    entry,
    error,
    phases,
    timeline,
    lastPercentText: lastText,
    tokenRequests,
    longestStallMs: stopWatching(),
    milliseconds: performance.now() - t0,
  };
}

async function download(input: DownloadInput): Promise<DownloadOutput> {
  await ready();
  const t0 = performance.now();
  const stopWatching = watchResponsiveness();
  const handle = startDownload(
    { url: input.url, caseId: fromBase64Url(input.caseId, 32), entry: input.entry, getToken: () => Promise.resolve('token-download') },
    'preview',
    () => undefined,
  );
  try {
    const url = await handle.preview;
    if (url === null) throw new Error('no preview');
    const bytes = await (await fetch(url)).arrayBuffer();
    URL.revokeObjectURL(url);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    const sha256 = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
    return { sha256, error: null, longestStallMs: stopWatching(), milliseconds: performance.now() - t0 };
  } catch (caught) {
    const e = caught as Error;
    return { sha256: null, error: { name: e.name, message: e.message }, longestStallMs: stopWatching(), milliseconds: performance.now() - t0 };
  }
}

declare global {
  interface Window {
    filePipelineHarness?: { upload: typeof upload; download: typeof download };
  }
}

window.filePipelineHarness = { upload, download };
