// The Node client both upload benchmarks share: one HTTP request whose body is a byte range of a
// file on disk, streamed (fs read stream → request) with back-pressure, over loopback. The same
// code sends the baseline's bytes and each tus PATCH, so the client costs the same in both.
import { createReadStream } from 'node:fs';
import { request, type Agent, type IncomingHttpHeaders } from 'node:http';
import { pipeline } from 'node:stream/promises';

export interface Answer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface Send {
  readonly url: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly agent: Agent;
  /** The body: bytes [start, end) of this file; absent for a request without a body. */
  readonly body?: { readonly path: string; readonly start: number; readonly end: number };
}

/** Read size from disk (page cache): large, so the client is not what limits either server. */
const READ_BYTES = 1024 * 1024;

export function send(options: Send): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    const length = options.body === undefined ? 0 : options.body.end - options.body.start;
    const req = request(options.url, {
      method: options.method,
      agent: options.agent,
      headers: { ...options.headers, 'content-length': String(length) },
    });
    req.once('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.once('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.once('error', reject);
    });
    req.once('error', reject);
    if (options.body === undefined) {
      req.end();
      return;
    }
    const { path, start, end } = options.body;
    pipeline(createReadStream(path, { start, end: end - 1, highWaterMark: READ_BYTES }), req).catch(reject);
  });
}
