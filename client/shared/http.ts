// The one way the browser apps talk to the server: same-origin JSON requests built from the
// route table in api/, responses validated with the route's zod schema. Failures are typed.
import type { z } from 'zod';
import { errorBody, routePath, type RouteSpec } from '../../api/index';
import { englishCommon } from './i18n/english-common';
import { msg, translate, verbatim, type Message } from './i18n/message';

/**
 * The server answered with an error body (4xx/5xx). `code` is stable; `message` is for people
 * (the server's own words, in English); `text` is what the page shows.
 */
export class ApiError extends Error {
  readonly text: Message;
  constructor(
    readonly status: number,
    readonly code: string,
    message: string | Message,
    /** Seconds to wait before asking again (Retry-After of a 429 or 503), when the server said. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(typeof message === 'string' ? message : translate(englishCommon(), message));
    this.text = typeof message === 'string' ? verbatim(message) : message;
    this.name = 'ApiError';
  }
}

/** The request never got an answer (offline, Tor circuit dropped, server restarting). */
export class NetworkError extends Error {
  readonly text: Message = msg('common:http.network');
  constructor() {
    super(translate(englishCommon(), msg('common:http.network')));
    this.name = 'NetworkError';
  }
}

/** How requests reach the server: the browser's fetch, or (rendering without JavaScript on the server) the server itself, in process. */
type Transport = (url: string, init: RequestInit) => Promise<Response>;
let transport: Transport = (url, init) => fetch(url, init);

/** The no-JavaScript renderer (client/whistleblower/nojs) sends its requests into the server, in process. */
export function setTransport(next: Transport): void {
  transport = next;
}

/** A request as it is, through the same transport (the no-JavaScript renderer's file uploads). */
export function sendRequest(url: string, init: RequestInit): Promise<Response> {
  return transport(url, init);
}

/** Retry-After in whole seconds (the delay form; an HTTP date or anything else is ignored). */
export function retryAfterOf(response: Response): number | null {
  const value = response.headers.get('retry-after')?.trim() ?? '';
  if (!/^\d{1,7}$/.test(value)) return null;
  return Number(value);
}

export interface RequestOptions<Schema extends z.ZodType> {
  readonly response: Schema;
  readonly params?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** Bearer session token (kept in memory only, never in storage or cookies). */
  readonly token?: string;
  readonly signal?: AbortSignal;
}

export async function apiRequest<Schema extends z.ZodType>(
  route: RouteSpec,
  options: RequestOptions<Schema>,
): Promise<z.infer<Schema>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await transport(routePath(route.url, options.params), {
      method: route.method,
      headers,
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
  } catch {
    throw new NetworkError();
  }
  const payload: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = errorBody.safeParse(payload);
    if (parsed.success) throw new ApiError(response.status, parsed.data.error.code, parsed.data.error.message, retryAfterOf(response));
    throw new ApiError(response.status, 'unexpected', msg('common:http.unexpected', { status: String(response.status) }));
  }
  const parsed = options.response.safeParse(payload);
  if (!parsed.success) throw new ApiError(response.status, 'bad_response', msg('common:http.badResponse'));
  return parsed.data;
}
