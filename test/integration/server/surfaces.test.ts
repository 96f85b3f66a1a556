// The two surfaces (server/plugins/surface.ts): the whistleblower instance answers none of the
// prosecutor routes and pages, the prosecutor instance none of the whistleblower's, each with the
// same 404 as an unknown path and before the route's own hooks; 'all' serves everything. Every
// route of api/routes.ts is tried on every surface (a table generated from ROUTES, so a new route
// is covered without editing this file). Then the whole loop runs with each side on its own
// instance of one database: a whistleblower never needs the prosecutor surface, nor the reverse.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProsecutorCaseResponse, RouteName } from '../../../api/index';
import { ROUTES, routePath } from '../../../api/index';
import { toBase64Url } from '../../../crypto/index';
import { buildApp } from '../../../server/app';
import type { App } from '../../../server/app';
import { MEMBER_TOKEN_LENGTH } from '../../../server/auth/member-auth';
import { SURFACES, routesOn, surfacesOf } from '../../../server/plugins/surface';
import type { Surface } from '../../../server/plugins/surface';
import { captureLog } from '../../helpers/app';
import type { ClientFixture } from '../../helpers/app';
import {
  contentKeyFor,
  envelopeFor,
  expectStatus,
  get,
  nextMessage,
  openCase,
  openWorld,
  post,
  setUpAgency,
  submitTip,
  wireMessage,
} from '../core/world';
import type { World } from '../core/world';

interface SurfaceApp {
  readonly app: App;
  /** Route patterns ("METHOD /url") whose requests got past the surface filter. */
  readonly reached: string[];
}

/**
 * A built client as Vite lays it out: two apps whose pages name their entry files, which name
 * shared chunks and workers by file name; one file only the whistleblower app uses, one only the
 * prosecutor app, one both.
 */
function makeTwoAppClient(): ClientFixture {
  const dir = mkdtempSync(join(tmpdir(), 'thicket-client-'));
  const file = (path: string, text: string): void => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  file('index.html', '<!doctype html><html><head><title>Thicket</title><script type="module" src="/assets/whistleblower-Ab12Cd34.js"></script><link rel="stylesheet" href="/assets/day-text-Zz99Yy88.css"></head><body></body></html>\n');
  file('prosecutor/index.html', '<!doctype html><html><head><title>Thicket prosecutor</title><script type="module" src="/assets/prosecutor-Ef56Gh78.js"></script><link rel="stylesheet" href="/assets/day-text-Zz99Yy88.css"></head><body></body></html>\n');
  file('assets/whistleblower-Ab12Cd34.js', 'import{a}from"./shared-Ij90Kl12.js";new Worker(new URL("/assets/hash.worker-Mn34Op56.js",import.meta.url));const l={fr:()=>import("./french-Qr78St90.js")};\n');
  file('assets/prosecutor-Ef56Gh78.js', 'import{a}from"./shared-Ij90Kl12.js";const w=new Worker(new URL("kdf.worker-Uv12Wx34.js",import.meta.url));\n');
  file('assets/shared-Ij90Kl12.js', 'export const a=1;\n');
  file('assets/hash.worker-Mn34Op56.js', 'self.onmessage=()=>{};\n');
  file('assets/kdf.worker-Uv12Wx34.js', 'self.onmessage=()=>{};\n');
  file('assets/french-Qr78St90.js', 'export default {};\n');
  file('assets/day-text-Zz99Yy88.css', 'body{margin:0}\n');
  file('assets/unused-Yz56Ab78.js', 'export {};\n');
  file('favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>\n');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

let world: World;
let client: ClientFixture;
const apps = new Map<Surface, SurfaceApp>();

function surfaceApp(surface: Surface): SurfaceApp {
  const found = apps.get(surface);
  if (found === undefined) throw new Error(`no ${surface} app`);
  return found;
}

function worldOn(surface: Surface): World {
  return { ...world, app: surfaceApp(surface).app };
}

beforeAll(async () => {
  world = await openWorld();
  client = makeTwoAppClient();
  for (const surface of SURFACES) {
    const reached: string[] = [];
    const app = buildApp(
      { logLevel: 'debug', clientDir: client.dir, rootPublicKey: toBase64Url(world.root.publicKey) },
      { db: world.database.db, dbKind: world.database.kind, logStream: captureLog().stream, clock: world.clock.now, surface, backgroundTasks: surface === 'all' },
    );
    // Registered after the app: runs only for requests the surface filter let through.
    app.addHook('onRequest', async (request) => {
      reached.push(`${request.method} ${request.routeOptions.url ?? '(no route)'}`);
    });
    await app.ready();
    apps.set(surface, { app, reached });
  }
});

afterAll(async () => {
  for (const { app } of apps.values()) await app.close();
  await world?.close();
  client?.remove();
});

const SAMPLE_ID = toBase64Url(new Uint8Array(32).fill(7));
const PARAMS: Readonly<Record<string, string>> = { token: SAMPLE_ID, memberId: SAMPLE_ID, caseId: SAMPLE_ID, fileId: SAMPLE_ID, uploadId: SAMPLE_ID };
const memberLengthToken = 'm'.repeat(MEMBER_TOKEN_LENGTH);
const caseLengthToken = 'c'.repeat(MEMBER_TOKEN_LENGTH + 40);

interface Attempt {
  readonly status: number;
  readonly body: string;
  readonly reached: boolean;
  readonly headers: Record<string, unknown>;
}

/** Sends the request and says whether it got past the surface filter. */
async function attempt(surface: Surface, method: string, url: string, headers: Record<string, string> = {}): Promise<Attempt> {
  const target = surfaceApp(surface);
  const before = target.reached.length;
  const withBody = method === 'POST' || method === 'PATCH';
  const response: LightMyRequestResponse = await target.app.inject({
    method: method as 'GET',
    url,
    headers: withBody ? { 'content-type': 'application/json', ...headers } : headers,
    ...(withBody ? { payload: '{}' } : {}),
  });
  return { status: response.statusCode, body: response.body, reached: target.reached.length > before, headers: response.headers };
}

/** The headers a client could tell two answers apart by (not the date or the request's own id). */
function comparable(headers: Record<string, unknown>): Record<string, unknown> {
  const { date: _date, 'x-request-id': _id, ...rest } = headers;
  return rest;
}

async function unknownPath(surface: Surface, method: string): Promise<Attempt> {
  return attempt(surface, method, `/api/no-such-route-${method.toLowerCase()}`);
}

const ROUTE_NAMES = Object.keys(ROUTES) as RouteName[];

describe('every route of api/routes.ts on every surface', () => {
  it('places every route on at least one surface, and by its caller where the caller says', () => {
    for (const name of ROUTE_NAMES) {
      const surfaces = surfacesOf(name);
      expect(surfaces.length, name).toBeGreaterThan(0);
      const caller = ROUTES[name].caller;
      if (caller === 'case') expect(surfaces, name).toEqual(['whistleblower']);
      if (caller === 'member' || caller === 'admin' || caller === 'prosecutor') expect(surfaces, name).toEqual(['prosecutor']);
    }
    expect(routesOn('all')).toEqual(ROUTE_NAMES);
    // Placed by hand, checked by hand: nothing to sign in with on the public side, nothing to
    // report with on the staff side.
    expect(routesOn('whistleblower').sort()).toEqual(
      ['health', 'directory', 'createCase', 'challenge', 'openSession', 'caseView', 'postCaseMessage', 'uploadLimits', 'caseFile', 'createUpload', 'uploadOffset', 'uploadChunk', 'cancelUpload'].sort(),
    );
    for (const name of ['invite', 'enroll', 'authParams', 'login', 'logout', 'me', 'adminMembers', 'inbox', 'prosecutorFile'] as const) {
      expect(routesOn('whistleblower'), name).not.toContain(name);
      expect(routesOn('prosecutor'), name).toContain(name);
    }
    for (const name of ['directory', 'createCase', 'challenge', 'openSession', 'caseView', 'caseFile'] as const) {
      expect(routesOn('prosecutor'), name).not.toContain(name);
    }
  });

  describe.each(ROUTE_NAMES)('%s', (name) => {
    const route = ROUTES[name];
    const url = routePath(route.url, Object.fromEntries(Object.keys(PARAMS).filter((key) => route.url.includes(`:${key}`)).map((key) => [key, PARAMS[key] ?? ''])));
    // Upload routes decide by the kind of session: try both.
    const tokens = route.caller === 'uploader' ? [memberLengthToken, caseLengthToken] : [route.caller === 'case' ? caseLengthToken : memberLengthToken];

    it.each(['whistleblower', 'prosecutor'] as const)('on the %s surface: served as on "all", or the same 404 as an unknown path', async (surface) => {
      for (const token of tokens) {
        const headers = { authorization: `Bearer ${token}` };
        const onAll = await attempt('all', route.method, url, headers);
        expect(onAll.reached, `${name} on all`).toBe(true);
        const here = await attempt(surface, route.method, url, headers);
        const tokenSurface = token === memberLengthToken ? 'prosecutor' : 'whistleblower';
        const expected = surfacesOf(name).includes(surface) && (route.caller !== 'uploader' || tokenSurface === surface);
        expect(here.reached, `${route.method} ${url} on ${surface}`).toBe(expected);
        if (expected) {
          expect([here.status, here.body]).toEqual([onAll.status, onAll.body]);
        } else {
          const unknown = await unknownPath(surface, route.method);
          expect(here.status).toBe(404);
          expect(here.body).toBe(unknown.body);
          expect(comparable(here.headers)).toEqual(comparable(unknown.headers));
          if (route.method !== 'HEAD') expect(here.body).toBe(JSON.stringify({ error: { code: 'not_found', message: 'Not found' } }));
        }
      }
    });
  });
});

describe('pages', () => {
  const html = { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8' };
  const PROSECUTOR_PAGES = ['/prosecutor/', '/prosecutor', '/prosecutor/cases/42', '/prosecutor/index.html', '/%70rosecutor/', '/prosecutor/../prosecutor/index.html', '//prosecutor/', '/PROSECUTOR/x'];
  const WHISTLEBLOWER_PAGES = ['/index.html', '/case/reply', '/favicon.svg'];

  const SHARED_ASSETS = ['/assets/shared-Ij90Kl12.js', '/assets/day-text-Zz99Yy88.css'];
  const WHISTLEBLOWER_ASSETS = ['/assets/whistleblower-Ab12Cd34.js', '/assets/hash.worker-Mn34Op56.js', '/assets/french-Qr78St90.js'];
  const PROSECUTOR_ASSETS = ['/assets/prosecutor-Ef56Gh78.js', '/assets/kdf.worker-Uv12Wx34.js'];

  it('each surface serves the built files its own app uses, and only those', async () => {
    for (const url of [...SHARED_ASSETS, ...WHISTLEBLOWER_ASSETS, ...PROSECUTOR_ASSETS, '/assets/unused-Yz56Ab78.js']) {
      expect((await attempt('all', 'GET', url)).status, url).toBe(200);
    }
    const expectStatuses = async (surface: Surface, urls: readonly string[], status: number): Promise<void> => {
      for (const url of urls) expect((await attempt(surface, 'GET', url)).status, `${url} on ${surface}`).toBe(status);
    };
    await expectStatuses('whistleblower', [...SHARED_ASSETS, ...WHISTLEBLOWER_ASSETS], 200);
    await expectStatuses('whistleblower', [...PROSECUTOR_ASSETS, '/assets/unused-Yz56Ab78.js', '/assets/%2e%2e/prosecutor/index.html'], 404);
    await expectStatuses('prosecutor', [...SHARED_ASSETS, ...PROSECUTOR_ASSETS], 200);
    await expectStatuses('prosecutor', [...WHISTLEBLOWER_ASSETS, '/assets/unused-Yz56Ab78.js', '/assets/%2e%2e/index.html'], 404);
  });

  it('on the whistleblower surface: the whistleblower app, never a prosecutor page', async () => {
    for (const url of ['/', '/case/reply', '/index.html', '/favicon.svg']) {
      const response = await attempt('whistleblower', 'GET', url, html);
      expect(response.status, url).toBe(200);
      expect(response.body, url).not.toContain('Thicket prosecutor');
    }
    const unknown = await attempt('whistleblower', 'GET', '/api/nothing-here', html);
    for (const url of PROSECUTOR_PAGES) {
      const response = await attempt('whistleblower', 'GET', url, html);
      expect(response.status, url).toBe(404);
      expect(response.body, url).toBe(unknown.body);
      expect(response.body, url).not.toContain('Thicket prosecutor');
    }
  });

  it('on the prosecutor surface: the prosecutor app, the root leading to it, never a whistleblower page', async () => {
    for (const url of ['/prosecutor/', '/prosecutor', '/prosecutor/cases/42']) {
      const response = await attempt('prosecutor', 'GET', url, html);
      expect(response.status, url).toBe(200);
      expect(response.body, url).toContain('<title>Thicket prosecutor</title>');
    }
    const root = await attempt('prosecutor', 'GET', '/', html);
    expect(root.status).toBe(302);
    expect(root.headers['location']).toBe('/prosecutor/');
    const unknown = await attempt('prosecutor', 'GET', '/api/nothing-here', html);
    for (const url of [...WHISTLEBLOWER_PAGES, '/%69ndex.html', '/prosecutor/../index.html']) {
      const response = await attempt('prosecutor', 'GET', url, html);
      expect(response.status, url).toBe(404);
      expect(response.body, url).toBe(unknown.body);
    }
  });

  it('on "all": both apps, as before', async () => {
    expect((await attempt('all', 'GET', '/', html)).body).toContain('<title>Thicket</title>');
    expect((await attempt('all', 'GET', '/prosecutor/cases/42', html)).body).toContain('<title>Thicket prosecutor</title>');
  });
});

describe('the whole loop, each side on its own surface of one database', () => {
  it('a prosecutor enrolls and signs in on theirs, a whistleblower reports and answers on theirs, and neither reaches the other', async () => {
    const staff = worldOn('prosecutor');
    const publicSide = worldOn('whistleblower');
    const agency = await setUpAgency(staff, 'Surface Test Unit', ['ranger']);
    const [prosecutor] = agency.prosecutors;
    const [token] = agency.prosecutorTokens;
    if (prosecutor === undefined || token === undefined) throw new Error('no prosecutor');

    // The directory lists the agency on the public side only.
    const directory = await get(publicSide, ROUTES.directory.url);
    expectStatus(directory, 200);
    expect(directory.body).toContain('Surface Test Unit');
    expectStatus(await get(staff, ROUTES.directory.url), 404);

    const tip = await submitTip(publicSide, agency.prosecutors);
    const session = await openCase(publicSide, tip);
    const caseUrl = routePath(ROUTES.prosecutorCase.url, { caseId: tip.caseIdText });
    const view = (await get(staff, caseUrl, token)).json() as ProsecutorCaseResponse;
    expect(view.messages).toHaveLength(1);
    // A valid prosecutor session is useless through the public surface, and a case session on the staff one.
    expectStatus(await get(publicSide, caseUrl, token), 404);
    expectStatus(await get(publicSide, ROUTES.me.url, token), 404);
    expectStatus(await get(staff, ROUTES.caseView.url, session), 404);
    expectStatus(await post(publicSide, ROUTES.login.url, { username: prosecutor.username, loginSecret: toBase64Url(prosecutor.enrollment.loginSecret) }), 404);

    const contentKey = contentKeyFor(prosecutor, tip.keys.caseId, view.sealedKey);
    const reply = nextMessage(tip.keys.caseId, view.messages, prosecutor.enrollment.keys.signing, 'prosecutor', envelopeFor(contentKey, tip.keys.caseId, 'message', { kind: 'message', version: 1, text: 'When?' }));
    expectStatus(await post(staff, routePath(ROUTES.postProsecutorMessage.url, { caseId: tip.caseIdText }), wireMessage(reply), token), 201);
    const thread = await get(publicSide, ROUTES.caseView.url, session);
    expectStatus(thread, 200);
    expect((thread.json() as { messages: unknown[] }).messages).toHaveLength(2);
  });
});
