// Every response carries the strict headers: pages, the API, and errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app';
import { buildTestApp, makeClientFixture } from '../../helpers/app';
import type { ClientFixture } from '../../helpers/app';
import { openTestDatabase } from '../../helpers/database';
import type { TestDatabase } from '../../helpers/database';

let database: TestDatabase;
let client: ClientFixture;
let app: App;

beforeAll(async () => {
  database = await openTestDatabase();
  client = makeClientFixture();
  app = buildTestApp({ database, clientDir: client.dir });
  app.get('/api/test/throws', async () => {
    throw new Error('boom');
  });
  app.post('/api/test/json', async () => ({ ok: true }));
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close();
  client.remove();
});

function parseCsp(header: string): Map<string, string[]> {
  return new Map(
    header.split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

const requests = [
  { label: 'the client page /', method: 'GET', url: '/', status: 200 },
  { label: '/api/health', method: 'GET', url: '/api/health', status: 200 },
  { label: 'an unknown API route (404)', method: 'GET', url: '/api/no-such-thing', status: 404 },
  { label: 'a wrong method on an API route (404)', method: 'POST', url: '/api/health', status: 404 },
  { label: 'an unknown method on a page (404)', method: 'DELETE', url: '/', status: 404 },
  { label: 'a route that throws (500)', method: 'GET', url: '/api/test/throws', status: 500 },
  { label: 'malformed JSON (400)', method: 'POST', url: '/api/test/json', status: 400, body: '{"tip": ' },
] as const;

describe.each(requests)('headers on $label', (request) => {
  const { method, url, status } = request;
  let headers: Record<string, string | string[] | number | undefined>;
  beforeAll(async () => {
    const response = await app.inject({
      method,
      url,
      headers: { accept: 'text/html', ...('body' in request ? { 'content-type': 'application/json' } : {}) },
      ...('body' in request ? { payload: request.body } : {}),
    });
    expect(response.statusCode).toBe(status);
    headers = response.headers;
  });

  it('has a strict Content-Security-Policy', () => {
    const csp = parseCsp(String(headers['content-security-policy']));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'blob:', 'data:']);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('allows no inline script, no eval and no http upgrade in the CSP', () => {
    const csp = String(headers['content-security-policy']);
    expect(csp).not.toContain("'unsafe-inline'");
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(csp).not.toMatch(/(^|\s)\*(\s|;|$)/);
  });

  it('isolates the page and leaks no referrer', () => {
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-dns-prefetch-control']).toBe('off');
  });

  it('denies powerful browser features', () => {
    const policy = String(headers['permissions-policy']);
    for (const feature of ['camera', 'microphone', 'geolocation', 'interest-cohort', 'browsing-topics', 'payment', 'usb']) {
      expect(policy).toContain(`${feature}=()`);
    }
  });

  it('sends no HSTS (onion services are http) and no server banner', () => {
    expect(headers['strict-transport-security']).toBeUndefined();
    expect(headers['server']).toBeUndefined();
    expect(headers['x-powered-by']).toBeUndefined();
  });
});

describe('caching', () => {
  it('marks every API response no-store, success or error', async () => {
    for (const url of ['/api/health', '/api/no-such-thing', '/api/health?x=1']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.headers['cache-control']).toBe('no-store');
    }
    const posted = await app.inject({ method: 'POST', url: '/api/health', payload: {} });
    expect(posted.headers['cache-control']).toBe('no-store');
  });

  it('marks the HTML no-store', async () => {
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-store');
  });
});

describe('a malformed URL, answered before routing', () => {
  it('still gets a JSON error with protective headers', async () => {
    const response = await app.inject({ method: 'GET', url: '/%zz' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: { code: 'bad_request', message: 'Malformed URL' } });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(String(response.headers['content-security-policy'])).toContain("default-src 'none'");
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).not.toContain('%zz');
  });
});
