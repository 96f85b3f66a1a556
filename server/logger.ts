// Logger options. The log must never hold anything that could identify or describe a
// whistleblower: no IP address, user agent, cookie, header, query string or body. The
// serializers below are the first line of defence (they copy out only what is safe) and the
// redact paths are the second (they delete the dangerous keys if something logs them anyway).
import { LogController } from 'fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { pino } from 'pino';
import type { DestinationStream, Logger, LoggerOptions } from 'pino';
import type { LogLevel } from './config';

interface SafeRequest {
  method?: string;
  route?: string;
}

function stringField(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const field: unknown = (value as Record<string, unknown>)[key];
  return typeof field === 'string' ? field : undefined;
}

/** Method and route pattern only (never the raw URL: its query string may carry tokens). */
export function serializeRequest(request: unknown): SafeRequest {
  const safe: SafeRequest = {};
  const method = stringField(request, 'method');
  if (method !== undefined) safe.method = method;
  if (typeof request === 'object' && request !== null && 'routeOptions' in request) {
    const route = stringField(request.routeOptions, 'url');
    if (route !== undefined) safe.route = route;
  }
  return safe;
}

export function serializeReply(reply: unknown): { statusCode?: number } {
  if (typeof reply === 'object' && reply !== null && 'statusCode' in reply && typeof reply.statusCode === 'number') {
    return { statusCode: reply.statusCode };
  }
  return {};
}

interface SafeError {
  type: string;
  message: string;
  code?: string;
  statusCode?: number;
  stack?: string;
  cause?: SafeError;
}

/**
 * Type, code, message and stack only. Arbitrary error properties are dropped: Node's client
 * errors carry the raw request bytes (`rawPacket`), pg errors carry row values (`detail`).
 */
export function serializeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) return { type: typeof error, message: 'non-Error value thrown' };
  const safe: SafeError = { type: error.constructor.name, message: error.message };
  const code = stringField(error, 'code');
  if (code !== undefined) safe.code = code;
  const statusCode: unknown = (error as Error & { statusCode?: unknown }).statusCode;
  if (typeof statusCode === 'number') safe.statusCode = statusCode;
  if (error.stack !== undefined) safe.stack = error.stack;
  if (error.cause !== undefined && depth < 3) safe.cause = serializeError(error.cause, depth + 1);
  return safe;
}

// Second line of defence: whatever object gets logged, these keys are deleted.
const sensitiveKeys = [
  'headers', 'rawHeaders', 'remoteAddress', 'remotePort', 'ip', 'ips', 'hostname', 'host',
  'socket', 'connection', 'raw', 'url', 'originalUrl', 'query', 'body', 'cookie', 'cookies',
  'authorization', 'user-agent', 'userAgent', 'x-forwarded-for', 'forwarded', 'rawPacket',
];
export const REDACT_PATHS: readonly string[] = [
  ...sensitiveKeys.map((key) => (key.includes('-') ? `["${key}"]` : key)),
  ...sensitiveKeys.map((key) => (key.includes('-') ? `*["${key}"]` : `*.${key}`)),
];

export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level,
    // No pid or hostname: they identify the machine in shipped logs and help no one here.
    base: null,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    serializers: { req: serializeRequest, res: serializeReply, err: serializeError, error: serializeError },
    redact: { paths: [...REDACT_PATHS], remove: true },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}

/**
 * Fastify's own per-request lines are off: they come in pairs, and the not-found one embeds
 * the raw URL. logging.ts writes one clean line per response instead. The remaining internal
 * lines are kept, with only the sanitised error.
 */
export class ThicketLogController extends LogController {
  constructor() {
    super({ disableRequestLogging: true });
  }

  override streamError(error: Error, _request: FastifyRequest, reply: FastifyReply): void {
    reply.log.warn({ err: error }, 'response stream failed');
  }

  override serializerError(error: Error, _request: FastifyRequest, reply: FastifyReply, metadata: { statusCode: number }): void {
    reply.log.error({ err: error, statusCode: metadata.statusCode }, 'response serialization failed');
  }

  override writeHeadError(error: Error, _request: FastifyRequest, reply: FastifyReply): void {
    reply.log.warn({ err: error }, 'writing response headers failed');
  }
}
