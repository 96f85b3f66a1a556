// The crypto and everything that uses it stay out of the landing page, so it paints at once even
// on a slow Tor circuit, and so do the screens after it (loadFlows). They load in the background
// once the landing page is on screen and the browser is idle (preloadWhenIdle), or at the latest
// when the person starts a report or comes back with a code. The agency directory is asked for at the same time, beside the crypto, so the
// list of agencies does not wait for the crypto before asking the server.
import { msg } from '../../shared/i18n/message';
import { ServiceFailure } from './errors';
import { preloadSodiumPiece } from './preload-sodium';

export type Services = typeof import('./crypto-services');

let pending: Promise<Services> | undefined;

/**
 * Starts (or joins) loading the crypto services, and beside them the piece of libsodium this
 * browser runs (preload-sodium.ts); a failed load can be retried.
 */
export function loadServices(): Promise<Services> {
  if (pending === undefined) void preloadSodiumPiece();
  pending ??= import('./crypto-services')
    .then(async (services) => {
      await services.ready();
      return services;
    })
    .catch(() => {
      pending = undefined;
      throw new ServiceFailure(msg('whistleblower:errors.servicesLoad'));
    });
  return pending;
}

// ---------------------------------------------------------------- the screens after the landing page

export type Flows = typeof import('../pages/flows');

let flowsPending: Promise<Flows> | undefined;
let flowsLoaded: Flows | undefined;

/** Starts (or joins) loading the report and return screens; a failed load can be retried. */
export function loadFlows(): Promise<Flows> {
  flowsPending ??= import('../pages/flows').then(
    (flows) => {
      flowsLoaded = flows;
      return flows;
    },
    (error: unknown) => {
      flowsPending = undefined;
      throw error;
    },
  );
  return flowsPending;
}

/** The screens, if they have loaded already (then they show at once, without a loading step). */
export function loadedFlows(): Flows | undefined {
  return flowsLoaded;
}

// ---------------------------------------------------------------- the agency directory, early

/** ROUTES.directory of api/routes.ts (checked by a test); the route table itself is in the crypto chunk. */
export const DIRECTORY_PATH = '/api/directory';
/** An early answer older than this is dropped: the list is asked for again. */
export const EARLY_DIRECTORY_MAX_AGE_MS = 5 * 60_000;

let earlyDirectory: { readonly at: number; readonly body: Promise<unknown> } | undefined;

/**
 * Asks for the agency directory now, as apiRequest would (same origin, no credentials, no cache,
 * no referrer), unless an answer is already on its way. Never fails: on any problem the early
 * answer is undefined and the agency list asks again (agencies.ts), with its own errors.
 */
export function prefetchDirectory(now: number = Date.now()): void {
  if (earlyDirectory !== undefined && now - earlyDirectory.at < EARLY_DIRECTORY_MAX_AGE_MS) return;
  let body: Promise<unknown>;
  try {
    body = fetch(DIRECTORY_PATH, {
      method: 'GET',
      headers: { accept: 'application/json' },
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    })
      .then((response): Promise<unknown> | undefined => (response.ok ? response.json() : undefined))
      .catch(() => undefined);
  } catch {
    body = Promise.resolve(undefined);
  }
  earlyDirectory = { at: now, body };
}

/**
 * The early directory answer, unchecked JSON (the caller validates it and checks every agency
 * against the root key as for any answer), at most once: undefined when none was asked for, it
 * failed, or it is too old. A later list (Retry, a second report) asks the server afresh.
 */
export async function takeEarlyDirectory(now: number = Date.now()): Promise<unknown> {
  const early = earlyDirectory;
  earlyDirectory = undefined;
  if (early === undefined || now - early.at >= EARLY_DIRECTORY_MAX_AGE_MS) return undefined;
  return early.body;
}

/** What making a report needs first: its screens, the crypto and the agency directory, side by side. Never fails. */
export function preloadReport(): void {
  loadFlows().catch(() => undefined);
  prefetchDirectory();
  loadServices().catch(() => undefined);
}

export interface IdleScheduler {
  readonly requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  readonly cancelIdleCallback?: (handle: number) => void;
  readonly setTimeout: (callback: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: never) => void;
}

/** What coming back with a case code needs first: its screens and the crypto. Never fails. */
export function preloadReturn(): void {
  loadFlows().catch(() => undefined);
  loadServices().catch(() => undefined);
}

/** Idle time is waited for at most this long; without requestIdleCallback, this long after first paint. */
export const IDLE_TIMEOUT_MS = 1500;
export const NO_IDLE_CALLBACK_DELAY_MS = 300;

/**
 * Once the landing page is on screen: preload what making a report needs while the browser is
 * idle (requestIdleCallback, in Tor Browser as in every current browser; a short timer where it
 * is missing), so the form is ready sooner after "Make a report". A failure here is silent: the
 * click loads again. Returns a cancel function (for an effect's clean-up).
 */
export function preloadWhenIdle(scheduler: IdleScheduler = globalThis, preload: () => void = preloadReport): () => void {
  let done = false;
  const run = (): void => {
    if (done) return;
    done = true;
    try {
      preload();
    } catch {
      // Silent: the click loads again.
    }
  };
  const { requestIdleCallback, cancelIdleCallback } = scheduler;
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback.call(scheduler, run, { timeout: IDLE_TIMEOUT_MS });
    return () => {
      done = true;
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback.call(scheduler, handle);
    };
  }
  const timer = scheduler.setTimeout.call(scheduler, run, NO_IDLE_CALLBACK_DELAY_MS);
  return () => {
    done = true;
    scheduler.clearTimeout.call(scheduler, timer as never);
  };
}
