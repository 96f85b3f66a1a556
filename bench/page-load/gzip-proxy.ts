// A "what if it compressed" stand-in for the page-load benchmark: a reverse proxy on 127.0.0.1 in
// front of the instance that gzips (level 6) the page's static files (HTML, scripts, styles) when the
// browser accepts gzip, as a compressing reverse proxy or pre-compressed files would, and passes
// everything else (the API above all) through untouched. Every other header is kept as the app sent it.
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface GzipProxy {
  readonly url: string;
  close(): Promise<void>;
}

const COMPRESSIBLE = /^(text\/html|text\/css|text\/javascript|application\/javascript)\b/;

function compressible(incoming: IncomingMessage, upstream: IncomingMessage): boolean {
  const accepts = /\bgzip\b/.test(String(incoming.headers['accept-encoding'] ?? ''));
  const type = String(upstream.headers['content-type'] ?? '');
  return accepts && upstream.statusCode === 200 && upstream.headers['content-encoding'] === undefined && !(incoming.url ?? '').startsWith('/api/') && COMPRESSIBLE.test(type);
}

function forward(target: URL, incoming: IncomingMessage, outgoing: ServerResponse): void {
  const upstreamRequest = httpRequest(
    { host: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers: incoming.headers },
    (upstream) => {
      if (!compressible(incoming, upstream)) {
        outgoing.writeHead(upstream.statusCode ?? 502, upstream.headers);
        upstream.pipe(outgoing);
        return;
      }
      const chunks: Buffer[] = [];
      upstream.on('data', (chunk: Buffer) => chunks.push(chunk));
      upstream.on('end', () => {
        const body = gzipSync(Buffer.concat(chunks), { level: 6 });
        const headers = { ...upstream.headers, 'content-encoding': 'gzip', 'content-length': String(body.length), vary: 'accept-encoding' };
        outgoing.writeHead(200, headers);
        outgoing.end(body);
      });
      upstream.on('error', () => outgoing.destroy());
    },
  );
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
