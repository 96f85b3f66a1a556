// The "gzip only" leg of the page-load benchmark: a reverse proxy on 127.0.0.1 in front of the
// instance that asks the server for gzip only (Accept-Encoding: gzip, deflate), as Chromium does over
// plain http to a .onion (it advertises br only over HTTPS and on localhost, and the benchmark's
// 127.0.0.1 counts as localhost). So this leg measures the server's own pre-compressed .gz copies,
// where the direct leg gets its .br copies as Tor Browser does on a .onion. Responses pass through
// untouched.
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GzipProxy {
  readonly url: string;
  close(): Promise<void>;
}

/** What a browser on plain http to a .onion asks for, when the page's request accepted gzip at all. */
export function gzipOnly(acceptEncoding: string | undefined): string | undefined {
  if (acceptEncoding === undefined) return undefined;
  return /\bgzip\b/.test(acceptEncoding) ? 'gzip, deflate' : acceptEncoding;
}

function forward(target: URL, incoming: IncomingMessage, outgoing: ServerResponse): void {
  const headers = { ...incoming.headers };
  const acceptEncoding = gzipOnly(incoming.headers['accept-encoding']);
  if (acceptEncoding === undefined) delete headers['accept-encoding'];
  else headers['accept-encoding'] = acceptEncoding;
  const upstreamRequest = httpRequest({ host: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers }, (upstream) => {
    outgoing.writeHead(upstream.statusCode ?? 502, upstream.headers);
    upstream.pipe(outgoing);
    upstream.on('error', () => outgoing.destroy());
  });
  upstreamRequest.on('error', () => {
    if (!outgoing.headersSent) outgoing.writeHead(502);
    outgoing.end();
  });
  incoming.pipe(upstreamRequest);
}

export async function startGzipProxy(targetUrl: string): Promise<GzipProxy> {
  const target = new URL(targetUrl);
  const server = createServer((incoming, outgoing) => forward(target, incoming, outgoing));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
