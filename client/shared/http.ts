// The one way the browser apps talk to the server: same-origin JSON requests built from the
// route table in api/, responses validated with the route's zod schema. Failures are typed.
import type { z } from 'zod';
import { errorBody, routePath, type RouteSpec } from '../../api/index';

/** The server answered with an error body (4xx/5xx). `code` is stable; `message` is for people. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The request never got an answer (offline, Tor circuit dropped, server restarting). */
export class NetworkError extends Error {
  constructor() {
    super('The connection to the server failed. Check your connection and try again.');
    this.name = 'NetworkError';
  }
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
    response = await fetch(routePath(route.url, options.params), {
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
    if (parsed.success) throw new ApiError(response.status, parsed.data.error.code, parsed.data.error.message);
    throw new ApiError(response.status, 'unexpected', `The server answered ${response.status}.`);
  }
  const parsed = options.response.safeParse(payload);
  if (!parsed.success) throw new ApiError(response.status, 'bad_response', 'The server sent an answer this page does not understand.');
  return parsed.data;
}
