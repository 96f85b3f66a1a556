// Tor awareness on the server, through inject(): Onion-Location on clearnet HTTPS pages when
// ONION_ADDRESS is configured, never HSTS (nor Onion-Location) on an onion host, and no response
// that reveals a clearnet host name or carries an absolute URL.
import Fastify from 'fastify';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app';
import securityHeaders from '../../server/plugins/security-headers';
import staticClient from '../../server/plugins/static-client';
import { buildTestApp, makeClientFixture } from '../helpers/app';
import type { ClientFixture } from '../helpers/app';
import { openTestDatabase } from '../helpers/database';
import type { TestDatabase } from '../helpers/database';

// A real v3 address (made by tor in a private test network); the clearnet name is made up.
const ONION = 'ucip3xlwn6xhi4tl4dwqazvdxwdcz75uwhv4frr3543hs6ftbka5bhad.onion';
const CLEARNET = 'tips.thicket-clearnet.example.org';
const HTTPS = { 'x-forwarded-proto': 'https' };

let client: ClientFixture;

beforeAll(() => {
  client = makeClientFixture();
});
afterAll(() => client.remove());

describe('Onion-Location (security headers with ONION_ADDRESS set, the real static client)', () => {
  let app: FastifyInstance;
  let withoutOnion: FastifyInstance;

  async function build(onionAddress: string | undefined): Promise<FastifyInstance> {
    const instance = Fastify({ logger: false });
    await instance.register(securityHeaders, { onionAddress });
    instance.get('/api/thing', async () => ({ ok: true }));
    await instance.register(staticClient, { clientDir: client.dir });
    await instance.ready();
    return instance;
  }

  beforeAll(async () => {
    [app, withoutOnion] = await Promise.all([build(ONION), build(undefined)]);
  });
  afterAll(async () => {
    await Promise.all([app.close(), withoutOnion.close()]);
  });

  function page(url: string, headers: Record<string, string>): Promise<LightMyRequestResponse> {
    return app.inject({ method: 'GET', url, headers: { accept: 'text/html', ...headers } });
  }

  it('names the onion address, with the same path and query, on an HTML page reached over clearnet HTTPS', async () => {
    const root = await page('/', { host: CLEARNET, ...HTTPS });
    expect(root.statusCode).toBe(200);
    expect(root.headers['content-type']).toMatch(/^text\/html/);
    expect(root.headers['onion-location']).toBe(`http://${ONION}/`);
    const deep = await page('/prosecutor/login?lang=fr', { host: `${CLEARNET}:443`, ...HTTPS });
    expect(deep.headers['onion-location']).toBe(`http://${ONION}/prosecutor/login?lang=fr`);
    const proxied = await page('/', { host: CLEARNET, 'x-forwarded-proto': 'HTTPS, http' });
    expect(proxied.headers['onion-location']).toBe(`http://${ONION}/`);
  });

  it('sends none over plain http (Tor Browser only honours it over HTTPS)', async () => {
    expect((await page('/', { host: CLEARNET })).headers['onion-location']).toBeUndefined();
    expect((await page('/', { host: CLEARNET, 'x-forwarded-proto': 'http' })).headers['onion-location']).toBeUndefined();
  });

  it('sends none on the onion itself, whatever the proxy header says', async () => {
    for (const host of [ONION, `${ONION}:80`, ONION.toUpperCase(), `${ONION}.`, 'another5address.onion']) {
      const response = await page('/', { host, ...HTTPS });
      expect(response.statusCode).toBe(200);
      expect(response.headers['onion-location'], host).toBeUndefined();
    }
  });

  it('sends none on what is not an HTML page: the API, scripts, unknown files', async () => {
    const api = await app.inject({ method: 'GET', url: '/api/thing', headers: { host: CLEARNET, ...HTTPS } });
    expect(api.json()).toEqual({ ok: true });
    const script = await app.inject({ method: 'GET', url: '/assets/index-3f2a9c1b.js', headers: { host: CLEARNET, ...HTTPS } });
    expect(script.statusCode).toBe(200);
    const missing = await app.inject({ method: 'GET', url: '/nothing.png', headers: { host: CLEARNET, ...HTTPS } });
    expect(missing.statusCode).toBe(404);
    for (const response of [api, script, missing]) expect(response.headers['onion-location']).toBeUndefined();
  });

  it('keeps an encoded path encoded: no header can be smuggled through it', async () => {
    const encoded = await page('/%E2%80%8B%0D%0Aset-cookie:x', { host: CLEARNET, ...HTTPS });
    expect(encoded.headers['onion-location']).toBe(`http://${ONION}/%E2%80%8B%0D%0Aset-cookie:x`);
    expect(Object.keys(encoded.headers)).not.toContain('set-cookie');
  });

  it('sends none at all when ONION_ADDRESS is not configured', async () => {
    const response = await withoutOnion.inject({ method: 'GET', url: '/', headers: { accept: 'text/html', host: CLEARNET, ...HTTPS } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['onion-location']).toBeUndefined();
  });
});

describe('the whole app: no HSTS on onion hosts, no clearnet identity in any response', () => {
  let database: TestDatabase;
  let app: App;

  beforeAll(async () => {
    database = await openTestDatabase();
    app = buildTestApp({ database, clientDir: client.dir });
    // A route that sets HSTS itself, as a future plugin might: the onion host must still lose it.
    app.get('/api/test/hsts', async (_request, reply) => {
      reply.header('strict-transport-security', 'max-age=63072000');
      return { ok: true };
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('strips HSTS from every response to an onion host, and only there', async () => {
    const onion = await app.inject({ method: 'GET', url: '/api/test/hsts', headers: { host: ONION } });
    expect(onion.statusCode).toBe(200);
    expect(onion.headers['strict-transport-security']).toBeUndefined();
    // The same route on a clearnet name keeps the header: the check above can fail.
    const clearnet = await app.inject({ method: 'GET', url: '/api/test/hsts', headers: { host: CLEARNET, ...HTTPS } });
    expect(clearnet.headers['strict-transport-security']).toBe('max-age=63072000');
    for (const url of ['/', '/prosecutor/', '/api/health', '/api/directory', '/api/nothing']) {
      const response = await app.inject({ method: 'GET', url, headers: { host: ONION, accept: 'text/html', ...HTTPS } });
      expect(response.headers['strict-transport-security'], url).toBeUndefined();
    }
  });

  const requests = [
    { method: 'GET', url: '/', accept: 'text/html' },
    { method: 'GET', url: '/prosecutor', accept: 'text/html' },
    { method: 'GET', url: '/prosecutor/', accept: 'text/html' },
    { method: 'GET', url: '/prosecutor/index.html', accept: 'text/html' },
    { method: 'GET', url: '/index.html', accept: '*/*' },
    { method: 'GET', url: '/assets/index-3f2a9c1b.js', accept: '*/*' },
    { method: 'GET', url: '/assets/missing.js', accept: '*/*' },
    { method: 'GET', url: '/favicon.svg', accept: '*/*' },
    { method: 'GET', url: '/api/health', accept: 'application/json' },
    { method: 'GET', url: '/api/directory', accept: 'application/json' },
    { method: 'GET', url: '/api/nothing', accept: 'application/json' },
    { method: 'DELETE', url: '/', accept: 'text/html' },
    { method: 'POST', url: '/api/cases', accept: 'application/json', body: '{"caseId": ' },
    { method: 'GET', url: '/%zz', accept: 'text/html' },
  ] as const;

  it.each(requests)('$method $url names no host and carries no absolute URL', async (request) => {
    for (const host of [CLEARNET, ONION]) {
      const response = await app.inject({
        method: request.method,
        url: request.url,
        headers: { host, accept: request.accept, ...HTTPS, ...('body' in request ? { 'content-type': 'application/json' } : {}) },
        ...('body' in request ? { payload: request.body } : {}),
      });
      expect(response.statusCode, `${request.url} on ${host}`).toBeLessThan(500);
      const headers = Object.entries(response.headers).map(([name, value]) => `${name}: ${String(value)}`).join('\n');
      // XML namespace names (the SVG favicon's xmlns) are identifiers that are never fetched.
      for (const text of [headers, response.body.replaceAll('http://www.w3.org/2000/svg', '')]) {
        expect(text).not.toContain(CLEARNET);
        expect(text).not.toContain(ONION);
        expect(text).not.toMatch(/https?:\/\//i);
        expect(text).not.toMatch(/(^|[\s"'(=])\/\/[a-z0-9]/i);
      }
      // Relative redirects only, if any.
      expect(String(response.headers['location'] ?? '/')).toMatch(/^\//);
    }
  });
});
