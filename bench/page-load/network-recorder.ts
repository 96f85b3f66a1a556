// Records every network request of one page through the Chrome DevTools Protocol, in the order the
// page made them: when it started and finished (wall clock, so they line up with the page's own
// performance.timeOrigin), bytes on the wire (headers included, as Chromium counted them), body bytes
// after any decoding, and the response's Content-Encoding. Also waits until the network is quiet, and
// measures what gzip would make of each body (the server may not compress).
import { gzipSync } from 'node:zlib';
import type { CDPSession } from 'playwright-core';

export interface RequestRecord {
  readonly url: string;
  readonly method: string;
  /** CDP resource type: Document, Script, Stylesheet, Fetch, … */
  readonly type: string;
  /** Epoch ms when the browser sent it. */
  readonly startWallMs: number;
  /** Epoch ms when the last byte arrived (or it failed); undefined while still loading. */
  readonly endWallMs: number | undefined;
  readonly status: number | undefined;
  /** Bytes received for it, response headers included (Chromium's encodedDataLength). */
  readonly wireBytes: number;
  /** Body bytes after any Content-Encoding was undone. */
  readonly bodyBytes: number;
  /** Bytes of the response headers as received (part of wireBytes). */
  readonly headerBytes: number;
  readonly contentEncoding: string | undefined;
  /** gzip -6 of the body, when measured (see NetworkRecorder.measureGzip). */
  readonly gzipBodyBytes: number | undefined;
  readonly failure: string | undefined;
}

interface Entry {
  url: string;
  method: string;
  type: string;
  startWallMs: number;
  startMonotonic: number;
  endWallMs: number | undefined;
  status: number | undefined;
  wireBytes: number;
  bodyBytes: number;
  headerBytes: number;
  contentEncoding: string | undefined;
  gzipBodyBytes: number | undefined;
  failure: string | undefined;
}

export interface NetworkRecorder {
  /** The requests so far, in the order they were sent. */
  requests(): RequestRecord[];
  /**
   * Resolves true once nothing is loading and nothing has started or finished for `quietMs`;
   * false if that has not happened within `timeoutMs`.
   */
  waitQuiet(quietMs: number, timeoutMs: number): Promise<boolean>;
  /** Reads each finished body back from the browser and records its gzip size (level 6). */
  measureGzip(cache: Map<string, number>): Promise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function header(headers: Record<string, unknown>, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name && typeof value === 'string') return value;
  }
  return undefined;
}

/** Starts recording on `session` (call before the page navigates). */
export async function recordNetwork(session: CDPSession): Promise<NetworkRecorder> {
  const byId = new Map<string, Entry>();
  const ordered: { id: string; entry: Entry }[] = [];
  let lastActivity = Date.now();

  session.on('Network.requestWillBeSent', (event) => {
    lastActivity = Date.now();
    // data: URLs never touch the network.
    if (event.request.url.startsWith('data:')) return;
    const entry: Entry = {
      url: event.request.url,
      method: event.request.method,
      type: event.type ?? 'Other',
      startWallMs: event.wallTime * 1000,
      startMonotonic: event.timestamp,
      endWallMs: undefined,
      status: undefined,
      wireBytes: 0,
      bodyBytes: 0,
      headerBytes: 0,
      contentEncoding: undefined,
      gzipBodyBytes: undefined,
      failure: undefined,
    };
    byId.set(event.requestId, entry);
    ordered.push({ id: event.requestId, entry });
  });
  session.on('Network.responseReceived', (event) => {
    lastActivity = Date.now();
    const entry = byId.get(event.requestId);
    if (entry === undefined) return;
    entry.status = event.response.status;
    entry.headerBytes = event.response.encodedDataLength;
    entry.contentEncoding = header(event.response.headers, 'content-encoding');
  });
  session.on('Network.dataReceived', (event) => {
    lastActivity = Date.now();
    const entry = byId.get(event.requestId);
    if (entry !== undefined) entry.bodyBytes += event.dataLength;
  });
  session.on('Network.loadingFinished', (event) => {
    lastActivity = Date.now();
    const entry = byId.get(event.requestId);
    if (entry === undefined) return;
    entry.wireBytes = event.encodedDataLength;
    entry.endWallMs = entry.startWallMs + (event.timestamp - entry.startMonotonic) * 1000;
  });
  session.on('Network.loadingFailed', (event) => {
    lastActivity = Date.now();
    const entry = byId.get(event.requestId);
    if (entry === undefined) return;
    entry.failure = event.errorText;
    entry.endWallMs = entry.startWallMs + (event.timestamp - entry.startMonotonic) * 1000;
  });
  // Chromium keeps bodies for Network.getResponseBody up to these limits; ours are a few MB.
  await session.send('Network.enable', { maxTotalBufferSize: 64 * 1024 * 1024, maxResourceBufferSize: 16 * 1024 * 1024 });
  await session.send('Network.setCacheDisabled', { cacheDisabled: true });

  return {
    requests: () => ordered.map(({ entry }) => ({ ...entry })),
    waitQuiet: async (quietMs, timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const loading = ordered.some(({ entry }) => entry.endWallMs === undefined);
        if (!loading && Date.now() - lastActivity >= quietMs) return true;
        await sleep(50);
      }
      return false;
    },
    measureGzip: async (cache) => {
      for (const { id, entry } of ordered) {
        if (entry.endWallMs === undefined || entry.failure !== undefined || entry.bodyBytes === 0) continue;
        const key = `${entry.method} ${entry.url.replace(/^[a-z]+:\/\/[^/]+/, '')} ${String(entry.bodyBytes)}`;
        const known = cache.get(key);
        if (known !== undefined) {
          entry.gzipBodyBytes = known;
          continue;
        }
        const { body, base64Encoded } = await session.send('Network.getResponseBody', { requestId: id });
        const bytes = Buffer.from(body, base64Encoded ? 'base64' : 'utf8');
        const size = gzipSync(bytes, { level: 6 }).length;
        cache.set(key, size);
        entry.gzipBodyBytes = size;
      }
    },
  };
}
