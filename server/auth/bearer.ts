// Bearer tokens from the Authorization header. Thicket uses no cookies: tokens live in the
// page's memory and are sent explicitly, so there is nothing for another site to ride on (CSRF).
import type { FastifyRequest } from 'fastify';

const BEARER = /^Bearer ([A-Za-z0-9_-]{1,200})$/;

/** The token of an `Authorization: Bearer <base64url>` header, or undefined. */
export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return undefined;
  return BEARER.exec(header)?.[1];
}
