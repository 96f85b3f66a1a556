// Tor awareness on the server. A visitor who reaches a clearnet HTTPS copy of Thicket gets an
// `Onion-Location` header on HTML pages (Tor Browser then offers the onion address), and a
// request that arrives for an .onion host never gets HSTS (a browser that pinned HSTS for an
// onion host could no longer reach it over plain http, which is how onion services are served).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

export interface OnionLocationOptions {
  /** ONION_ADDRESS: the whistleblower onion's hostname. Undefined: no Onion-Location header. */
  readonly onionAddress: string | undefined;
}

/** The Host the request was sent to, lower case, without its port and without a final dot. */
function requestHostname(request: FastifyRequest): string {
  return request.hostname.toLowerCase().replace(/\.$/, '');
}

/** True when the request was sent to an onion service address (any `*.onion` host). */
export function isOnionRequest(request: FastifyRequest): boolean {
  return requestHostname(request).endsWith('.onion');
}

/**
 * True when the visitor's browser used HTTPS: either this server terminates TLS itself, or the
 * TLS reverse proxy in front of it says so with `X-Forwarded-Proto: https`. The header is read
 * for this one decision only and believing a forged one costs nothing: it can only add a header
 * naming the onion address, which is public anyway. Client addresses are never read.
 */
function reachedOverHttps(request: FastifyRequest): boolean {
  if (request.protocol === 'https') return true;
  const forwarded = request.headers['x-forwarded-proto'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim().toLowerCase();
  return first === 'https';
}

function isHtml(reply: FastifyReply): boolean {
  const type = reply.getHeader('content-type');
  return typeof type === 'string' && type.split(';')[0]?.trim().toLowerCase() === 'text/html';
}

// The path and query as sent, when they are plain visible ASCII (what a URL on the wire is);
// anything else falls back to the root rather than echoing odd bytes into a header.
function pathOf(request: FastifyRequest): string {
  return /^\/[\x21-\x7e]*$/.test(request.url) ? request.url : '/';
}

/** The Onion-Location value for this request, or undefined when none must be sent. */
export function onionLocationFor(request: FastifyRequest, reply: FastifyReply, onionAddress: string | undefined): string | undefined {
  if (onionAddress === undefined || isOnionRequest(request) || !reachedOverHttps(request) || !isHtml(reply)) return undefined;
  return `http://${onionAddress}${pathOf(request)}`;
}

async function onionLocation(app: FastifyInstance, options: OnionLocationOptions): Promise<void> {
  app.addHook('onSend', async (request, reply, payload) => {
    if (isOnionRequest(request)) {
      reply.removeHeader('strict-transport-security');
      reply.removeHeader('onion-location');
      return payload;
    }
    const location = onionLocationFor(request, reply, options.onionAddress);
    if (location !== undefined) reply.header('onion-location', location);
    return payload;
  });
}

export default fp(onionLocation, { name: 'thicket-onion-location', fastify: '5.x' });
