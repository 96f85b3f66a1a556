// A plain HTTP/1.0 GET through a SOCKS5 proxy (RFC 1928), the host name sent to the proxy as a
// name (tor resolves .onion names itself; nothing is resolved here). Enough for the test to
// check that an onion service answers, and to read tor's extended onion error codes when not.
import { connect } from 'node:net';
import type { Socket } from 'node:net';

/** tor's SOCKS5 reply codes for onion services (SocksPort ... ExtendedErrors), and the standard ones. */
export const SOCKS_REPLIES: Readonly<Record<number, string>> = {
  0x01: 'general failure',
  0x04: 'host unreachable',
  0x05: 'connection refused',
  0x06: 'TTL expired',
  0xf0: 'onion service descriptor not found',
  0xf1: 'onion service descriptor invalid',
  0xf2: 'onion service introduction failed',
  0xf3: 'onion service rendezvous failed',
  0xf4: 'onion service missing client authorization',
  0xf5: 'onion service wrong client authorization',
  0xf6: 'onion service invalid address',
  0xf7: 'onion service introduction timed out',
};

export class SocksError extends Error {
  override readonly name = 'SocksError';
  constructor(readonly reply: number) {
    super(`SOCKS5 reply 0x${reply.toString(16)}: ${SOCKS_REPLIES[reply] ?? 'unknown'}`);
  }
}

export interface HttpResult {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

/** Reads exact byte counts from a socket, in order. */
class Reader {
  private buffer = Buffer.alloc(0);
  private waiting: (() => void) | undefined;
  private ended = false;
  private failure: Error | undefined;

  constructor(socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.waiting?.();
    });
    socket.on('end', () => {
      this.ended = true;
      this.waiting?.();
    });
    socket.on('error', (error) => {
      this.failure = error;
      this.waiting?.();
    });
  }

  async take(count: number): Promise<Buffer> {
    while (this.buffer.length < count) {
      if (this.failure !== undefined) throw this.failure;
      if (this.ended) throw new Error(`the proxy closed the connection (wanted ${String(count)} bytes, had ${String(this.buffer.length)})`);
      await new Promise<void>((resolve) => (this.waiting = resolve));
      this.waiting = undefined;
    }
    const out = this.buffer.subarray(0, count);
    this.buffer = this.buffer.subarray(count);
    return out;
  }

  async rest(): Promise<Buffer> {
    while (!this.ended) {
      if (this.failure !== undefined) throw this.failure;
      await new Promise<void>((resolve) => (this.waiting = resolve));
      this.waiting = undefined;
    }
    return this.buffer;
  }
}

function parseHttp(raw: Buffer): HttpResult {
  const split = raw.indexOf('\r\n\r\n');
  if (split === -1) throw new Error(`not an HTTP response: ${raw.subarray(0, 200).toString('latin1')}`);
  const [statusLine = '', ...headerLines] = raw.subarray(0, split).toString('latin1').split('\r\n');
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1];
  if (status === undefined) throw new Error(`not an HTTP status line: ${statusLine}`);
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(status), headers, body: raw.subarray(split + 4) };
}

/** GET http://host:port/path through the SOCKS5 proxy on 127.0.0.1:socksPort. */
export async function socksHttpGet(socksPort: number, host: string, path: string, timeoutMs: number, port = 80): Promise<HttpResult> {
  const socket = connect({ host: '127.0.0.1', port: socksPort });
  socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no answer through SOCKS port ${String(socksPort)} within ${String(timeoutMs)} ms`)));
  const reader = new Reader(socket);
  try {
    socket.write(Buffer.from([0x05, 0x01, 0x00]));
    const method = await reader.take(2);
    if (method[0] !== 0x05 || method[1] !== 0x00) throw new Error(`the SOCKS proxy refused "no authentication": ${method.toString('hex')}`);
    const name = Buffer.from(host, 'ascii');
    socket.write(Buffer.concat([Buffer.from([0x05, 0x01, 0x00, 0x03, name.length]), name, Buffer.from([port >> 8, port & 0xff])]));
    const head = await reader.take(4);
    if (head[1] !== 0x00) throw new SocksError(head[1] ?? 0x01);
    const addressType = head[3];
    const addressLength = addressType === 0x01 ? 4 : addressType === 0x04 ? 16 : ((await reader.take(1))[0] ?? 0);
    await reader.take(addressLength + 2);
    socket.write(`GET ${path} HTTP/1.0\r\nHost: ${host}\r\nAccept: */*\r\nConnection: close\r\n\r\n`);
    return parseHttp(await reader.rest());
  } finally {
    socket.destroy();
  }
}
