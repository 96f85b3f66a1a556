// The one error handler and the one not-found handler. Clients get
// `{ error: { code, message } }` with a stable code. A 4xx message never echoes input; a 5xx
// says nothing but "Internal error" and the details go to the log (sanitised, no body).
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError } from '../errors';
import type { ErrorBody, ErrorCode } from '../errors';
import { applyBaselineSecurityHeaders } from './security-headers';

const statusCodes: Readonly<Record<number, { code: ErrorCode; message: string }>> = {
  400: { code: 'bad_request', message: 'Bad request' },
  401: { code: 'unauthorized', message: 'Authentication required' },
  403: { code: 'forbidden', message: 'Forbidden' },
  404: { code: 'not_found', message: 'Not found' },
  405: { code: 'method_not_allowed', message: 'Method not allowed' },
  406: { code: 'not_acceptable', message: 'Not acceptable' },
  408: { code: 'request_timeout', message: 'Request timed out' },
  409: { code: 'conflict', message: 'Conflict' },
  410: { code: 'gone', message: 'Gone' },
  413: { code: 'payload_too_large', message: 'Request body too large' },
  414: { code: 'uri_too_long', message: 'URL too long' },
  415: { code: 'unsupported_media_type', message: 'Unsupported content type: send application/json' },
  429: { code: 'too_many_requests', message: 'Too many requests' },
  431: { code: 'headers_too_large', message: 'Request headers too large' },
};

const fastifyCodes: Readonly<Record<string, { status: number; code: ErrorCode; message: string }>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'invalid_json', message: 'Request body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'invalid_json', message: 'Request body is empty but the content type is JSON' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large', message: 'Request body too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type', message: 'Unsupported content type: send application/json' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad_request', message: 'Content-Length does not match the body' },
  FST_ERR_BAD_URL: { status: 400, code: 'bad_request', message: 'Malformed URL' },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, code: 'uri_too_long', message: 'URL parameter too long' },
};

const INTERNAL: ErrorBody = { error: { code: 'internal', message: 'Internal error' } };
const NOT_FOUND: ErrorBody = { error: { code: 'not_found', message: 'Not found' } };

// Only safe identifier-like path segments are shown; anything else (record keys chosen by the
// client) becomes '*', so the message never echoes input.
function describePath(instancePath: string): string {
  const segments = instancePath.split('/').filter((segment) => segment !== '');
  if (segments.length === 0) return '(root)';
  return segments.map((segment) => (/^[A-Za-z0-9_-]{1,40}$/.test(segment) ? segment : '*')).join('.');
}

const contextNames: Readonly<Record<string, string>> = {
  body: 'body', querystring: 'query', params: 'path parameters', headers: 'headers',
};

interface ValidationIssue {
  instancePath: string;
  keyword: string;
}

function isValidationIssues(value: unknown): value is ValidationIssue[] {
  return Array.isArray(value) && value.every((issue: unknown) =>
    typeof issue === 'object' && issue !== null
    && typeof (issue as Record<string, unknown>)['instancePath'] === 'string'
    && typeof (issue as Record<string, unknown>)['keyword'] === 'string');
}

/** e.g. "Invalid body: name (invalid_type), tags.0 (too_big)". Paths and issue codes only. */
export function summariseValidation(context: string | undefined, issues: readonly ValidationIssue[]): string {
  const where = contextNames[context ?? ''] ?? 'request';
  const parts = [...new Set(issues.map((issue) => {
    const keyword = /^[a-z_]{1,40}$/.test(issue.keyword) ? issue.keyword : 'invalid';
    return `${describePath(issue.instancePath)} (${keyword})`;
  }))];
  const shown = parts.slice(0, 10).join(', ');
  const more = parts.length > 10 ? ` and ${String(parts.length - 10)} more` : '';
  return `Invalid ${where}: ${shown}${more}`;
}

interface ErrorReply {
  status: number;
  body: ErrorBody;
}

/** Maps anything thrown to the reply the client sees. Unknown errors become 500 internal. */
export function toErrorReply(error: unknown): ErrorReply {
  if (error instanceof HttpError) {
    return { status: error.status, body: { error: { code: error.code, message: error.message } } };
  }
  if (typeof error !== 'object' || error === null) return { status: 500, body: INTERNAL };
  const fastifyError = error as Partial<FastifyError>;
  if (isValidationIssues(fastifyError.validation) && fastifyError.validation.length > 0) {
    return {
      status: 400,
      body: { error: { code: 'validation_failed', message: summariseValidation(fastifyError.validationContext, fastifyError.validation) } },
    };
  }
  const known = typeof fastifyError.code === 'string' ? fastifyError.code : undefined;
  const mapped = known === undefined ? undefined : fastifyCodes[known];
  if (mapped !== undefined) return { status: mapped.status, body: { error: { code: mapped.code, message: mapped.message } } };
  const status = fastifyError.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // Framework 4xx errors: a generic message by status, never error.message (it may echo input).
    const generic = statusCodes[status] ?? statusCodes[400];
    if (generic !== undefined) return { status, body: { error: { ...generic } } };
  }
  return { status: 500, body: INTERNAL };
}

function send(reply: FastifyReply, { status, body }: ErrorReply): FastifyReply {
  // Whatever the handler had set (say text/html), an error body is JSON and never cached.
  return reply
    .code(status)
    .header('content-type', 'application/json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(body);
}

export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const errorReply = toErrorReply(error);
  if (errorReply.status >= 500) {
    request.log.error({ err: error, req: request }, 'request failed');
  }
  return send(reply, errorReply);
}

/**
 * For Fastify's `frameworkErrors` option: errors raised before routing (malformed URL, over-long
 * parameter). No hook has run for these, so the security headers are applied here.
 */
export function handleFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  applyBaselineSecurityHeaders(reply);
  void handleError(error, request, reply);
  // No onResponse hook runs on this path either: write the response line here (see logging.ts).
  request.log.debug({ req: request, res: reply, responseTime: Math.round(reply.elapsedTime) }, 'request completed');
}

async function errorHandler(app: FastifyInstance): Promise<void> {
  app.setErrorHandler((error, request, reply) => handleError(error, request, reply));
  app.setNotFoundHandler((_request, reply) => send(reply, { status: 404, body: NOT_FOUND }));
}

export default fp(errorHandler, { name: 'thicket-error-handler', fastify: '5.x' });
