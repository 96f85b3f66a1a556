// Which part of Thicket one listener serves. In production the whistleblower onion service and
// the prosecutor onion service (client authorization) lead to two different ports, each served
// by its own app instance: 'whistleblower' (the app at /, the case routes) or 'prosecutor' (the
// app under /prosecutor/, sign-in, admin, prosecutor routes). 'all' serves everything on one
// port (development, tests, the quick start).
//
// The API routes of a surface are derived from api/routes.ts: a route's caller says where it
// belongs, and the few public routes are placed one by one in PUBLIC_ROUTES, a table the type
// checker holds complete (a new public route does not compile until it is placed). A route that
// is not allowed on a surface, and any route missing from api/routes.ts, answers the same 404 as
// an unknown path, before its own hooks (authentication, body parsing) run. Pages: the prosecutor
// app (/prosecutor/...) only on the prosecutor surface, the rest only on the whistleblower
// surface, and of the built files under /assets/ each surface serves those its own app uses.
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, posix } from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ROUTES } from '../../api/routes';
import type { Caller, RouteName } from '../../api/routes';
import { API_PREFIX, isApiPath } from '../api-path';
import { bearerToken } from '../auth/bearer';
import { MEMBER_TOKEN_LENGTH } from '../auth/member-auth';

export const SURFACES = ['all', 'whistleblower', 'prosecutor'] as const;
export type Surface = (typeof SURFACES)[number];
/** One of the two separate surfaces. */
export type SplitSurface = Exclude<Surface, 'all'>;

/** Where the prosecutor app lives; everything else that is not the API is the whistleblower app's. */
export const PROSECUTOR_APP_PREFIX = '/prosecutor';
const ASSETS_PREFIX = '/assets/';

const WHISTLEBLOWER: readonly SplitSurface[] = ['whistleblower'];
const PROSECUTOR: readonly SplitSurface[] = ['prosecutor'];
const BOTH: readonly SplitSurface[] = ['whistleblower', 'prosecutor'];

/** Routes for one kind of caller belong where that caller is. */
const BY_CALLER: Readonly<Record<Exclude<Caller, 'public'>, readonly SplitSurface[]>> = {
  case: WHISTLEBLOWER,
  member: PROSECUTOR,
  admin: PROSECUTOR,
  prosecutor: PROSECUTOR,
  // Both upload, each with their own session: the case's on the whistleblower surface, the
  // prosecutor's on theirs (the other kind of token is refused, see uploaderTokenAllowed).
  uploader: BOTH,
};

type PublicRouteName = { [K in RouteName]: (typeof ROUTES)[K]['caller'] extends 'public' ? K : never }[RouteName];

/** Public routes (no session) cannot be placed by their caller: each is placed here. */
const PUBLIC_ROUTES: Readonly<Record<PublicRouteName, readonly SplitSurface[]>> = {
  health: BOTH,
  uploadLimits: BOTH,
  directory: WHISTLEBLOWER,
  createCase: WHISTLEBLOWER,
  challenge: WHISTLEBLOWER,
  openSession: WHISTLEBLOWER,
  invite: PROSECUTOR,
  enroll: PROSECUTOR,
  authParams: PROSECUTOR,
  login: PROSECUTOR,
};

function isPublicRoute(name: RouteName): name is PublicRouteName {
  return ROUTES[name].caller === 'public';
}

/** The surfaces a route of api/routes.ts is served on (besides 'all', which serves every route). */
export function surfacesOf(name: RouteName): readonly SplitSurface[] {
  if (isPublicRoute(name)) return PUBLIC_ROUTES[name];
  return BY_CALLER[ROUTES[name].caller];
}

/** The routes of api/routes.ts served on a surface. */
export function routesOn(surface: Surface): RouteName[] {
  const names = Object.keys(ROUTES) as RouteName[];
  return surface === 'all' ? names : names.filter((name) => surfacesOf(name).includes(surface));
}

function routeKey(method: string, url: string): string {
  return `${method.toUpperCase()} ${url}`;
}

/** Method and URL pattern of every API route allowed on the surface; HEAD goes with GET. */
function allowedApiRoutes(surface: SplitSurface): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const name of routesOn(surface)) {
    const route = ROUTES[name];
    keys.add(routeKey(route.method, route.url));
    if (route.method === 'GET') keys.add(routeKey('HEAD', route.url));
  }
  return keys;
}

const UPLOADER_ROUTES: ReadonlySet<string> = new Set(
  (Object.keys(ROUTES) as RouteName[]).filter((name) => ROUTES[name].caller === 'uploader').map((name) => routeKey(ROUTES[name].method, ROUTES[name].url)),
);

/**
 * Upload routes take either kind of session; each surface takes only its own. Tokens are told
 * apart by length, as uploaderAuth does: member tokens have MEMBER_TOKEN_LENGTH characters.
 * A request without a usable token is left to the route, which answers 401 as it always does.
 */
function uploaderTokenAllowed(surface: SplitSurface, request: FastifyRequest): boolean {
  const token = bearerToken(request);
  if (token === undefined) return true;
  const isMemberToken = token.length === MEMBER_TOKEN_LENGTH;
  return surface === 'prosecutor' ? isMemberToken : !isMemberToken;
}

// Pre-compressed copies (name.br, name.gz) belong with the file they compress.
const COMPRESSED_SUFFIX = /\.(br|gz)$/;

/**
 * The files under assets/ an app uses: those its index.html names, those these name, and so on
 * (scripts, styles, workers, language files loaded later). Vite refers to every emitted file by
 * its name, so a file that is named nowhere along the way is not this app's.
 */
export async function appAssets(clientDir: string, indexHtml: string): Promise<ReadonlySet<string>> {
  const assetsDir = join(clientDir, 'assets');
  if (!existsSync(join(clientDir, indexHtml)) || !existsSync(assetsDir)) return new Set();
  const names = new Set((await readdir(assetsDir)).filter((name) => !COMPRESSED_SUFFIX.test(name)));
  const found = new Set<string>();
  const pending = [await readFile(join(clientDir, indexHtml), 'utf8')];
  for (let text = pending.pop(); text !== undefined; text = pending.pop()) {
    // Split on anything that cannot be part of a file name (linear, whatever the text).
    for (const token of text.split(/[^A-Za-z0-9_.-]+/)) {
      if (!token.includes('.')) continue;
      // "assets/x-1a2b.js", "./x-1a2b.js", "e.x-1a2b.js": the name is one of the last few dotted parts.
      const parts = token.split('.').slice(-4);
      for (let start = 0; start < parts.length - 1; start += 1) {
        const name = parts.slice(start).join('.');
        if (names.has(name) && !found.has(name)) {
          found.add(name);
          pending.push(await readFile(join(assetsDir, name), 'utf8'));
        }
      }
    }
  }
  return found;
}

type PageKind = 'prosecutor-app' | 'asset' | 'whistleblower-app' | 'unreadable';

interface Page {
  readonly kind: PageKind;
  /** For an asset: its file name under assets/, without a .br or .gz suffix. */
  readonly asset?: string;
}

/** What a (non-API) path leads to, after decoding and resolving dot segments as a server would. */
function pageOf(rawPath: string): Page {
  let path: string;
  try {
    path = posix.normalize(`/${decodeURIComponent(rawPath)}`);
  } catch {
    return { kind: 'unreadable' };
  }
  if (path.includes('\0')) return { kind: 'unreadable' };
  const lower = path.toLowerCase();
  if (lower === PROSECUTOR_APP_PREFIX || lower.startsWith(`${PROSECUTOR_APP_PREFIX}/`)) return { kind: 'prosecutor-app' };
  if (path.startsWith(ASSETS_PREFIX)) return { kind: 'asset', asset: path.slice(ASSETS_PREFIX.length).replace(COMPRESSED_SUFFIX, '') };
  return { kind: 'whistleblower-app' };
}

function pathOf(rawUrl: string): string {
  const queryStart = rawUrl.indexOf('?');
  return queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
}

/**
 * The paths that decide what a non-API request gets: the matched route pattern for a route
 * that serves one file, and for a wildcard route both the raw path and the wildcard as the
 * router decoded it (a static plugin may use either).
 */
function candidatePaths(request: FastifyRequest, pattern: string): string[] {
  if (!pattern.includes('*') && !pattern.includes(':')) return [pattern];
  const candidates = [pathOf(request.url)];
  const params = request.params;
  if (typeof params === 'object' && params !== null) {
    for (const value of Object.values(params as Record<string, unknown>)) {
      if (typeof value === 'string') candidates.push(`/${value}`);
    }
  }
  return candidates;
}

function pageAllowed(surface: SplitSurface, pages: readonly Page[], assets: ReadonlySet<string>): boolean {
  return pages.every((page) => {
    switch (page.kind) {
      case 'unreadable':
        return false;
      case 'asset':
        return page.asset !== undefined && assets.has(page.asset);
      case 'prosecutor-app':
        return surface === 'prosecutor';
      case 'whistleblower-app':
        return surface === 'whistleblower';
    }
  });
}

export interface SurfaceOptions {
  readonly surface: Surface;
  /** The built client (CLIENT_DIR): which of its assets each app uses. */
  readonly clientDir: string;
}

interface SurfaceRules {
  readonly surface: SplitSurface;
  readonly apiRoutes: ReadonlySet<string>;
  readonly assets: ReadonlySet<string>;
}

/** Whether this request may reach its route on the surface. */
function allowedOnSurface(rules: SurfaceRules, request: FastifyRequest): boolean {
  const { surface, apiRoutes, assets } = rules;
  const pattern = request.routeOptions.url;
  // No route matched: the not-found handler answers anyway.
  if (pattern === undefined) return true;
  if (pattern === API_PREFIX || pattern.startsWith(`${API_PREFIX}/`)) {
    const key = routeKey(request.method, pattern);
    if (!apiRoutes.has(key)) return false;
    return !UPLOADER_ROUTES.has(key) || uploaderTokenAllowed(surface, request);
  }
  // An API path that reached a page route (an unknown API URL): 404, as the static plugin would.
  if (isApiPath(request.url)) return false;
  return pageAllowed(surface, candidatePaths(request, pattern).map(pageOf), assets);
}

async function surfaceFilter(app: FastifyInstance, options: SurfaceOptions): Promise<void> {
  const surface = options.surface;
  if (surface === 'all') return;
  const rules: SurfaceRules = {
    surface,
    apiRoutes: allowedApiRoutes(surface),
    assets: await appAssets(options.clientDir, surface === 'prosecutor' ? `${PROSECUTOR_APP_PREFIX.slice(1)}/index.html` : 'index.html'),
  };
  app.addHook('onRequest', async (request, reply) => {
    if (surface === 'prosecutor' && (request.method === 'GET' || request.method === 'HEAD') && pathOf(request.url) === '/') {
      // The staff address alone leads to the staff app (a relative Location: no host is named).
      return reply.code(302).header('location', `${PROSECUTOR_APP_PREFIX}/`).header('cache-control', 'no-store').send();
    }
    if (!allowedOnSurface(rules, request)) return reply.callNotFound();
    return undefined;
  });
}

/** Serves only the routes of one surface (nothing to do for 'all'). Register before the routes. */
export default fp(surfaceFilter, { name: 'thicket-surface', fastify: '5.x' });
