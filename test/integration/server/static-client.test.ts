// Serving the built client: files, single-page-app fallback, caching, and the not-built case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app';
import { CLIENT_NOT_BUILT } from '../../../server/plugins/static-client';
import { buildTestApp, makeClientFixture } from '../../helpers/app';
import type { ClientFixture } from '../../helpers/app';
import { openTestDatabase } from '../../helpers/database';
import type { TestDatabase } from '../../helpers/database';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('with a built client', () => {
  let client: ClientFixture;
  let app: App;
  beforeAll(async () => {
    client = makeClientFixture();
    app = buildTestApp({ database, clientDir: client.dir });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    client.remove();
  });

  it('serves index.html at /, never cached', async () => {
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>Thicket</title>');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('serves hashed assets with a long immutable cache', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/index-3f2a9c1b.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('serves unhashed files revalidated on every use', async () => {
    const response = await app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('falls back to the whistleblower index.html for browser navigations', async () => {
    const response = await app.inject({ method: 'GET', url: '/case/reply', headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8' } });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>Thicket</title>');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('falls back to the prosecutor index.html under /prosecutor/', async () => {
    for (const url of ['/prosecutor/', '/prosecutor', '/prosecutor/cases/42']) {
      const response = await app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).toContain('<title>Thicket prosecutor</title>');
    }
  });

  it('does not fall back for requests that do not accept HTML', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/missing.js', headers: { accept: '*/*' } });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });

  it('does not fall back under /api, even for HTML', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/missing', headers: { accept: 'text/html' } });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
  });

  it('does not fall back for other methods', async () => {
    const response = await app.inject({ method: 'POST', url: '/case/reply', headers: { accept: 'text/html', 'content-type': 'application/json' }, payload: '{}' });
    expect(response.statusCode).toBe(404);
  });

  it('does not serve files outside the client folder', async () => {
    for (const url of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).not.toBe(200);
      expect(response.body, url).not.toContain('"dependencies"');
    }
  });
});

describe('without a built client', () => {
  let app: App;
  beforeAll(async () => {
    app = buildTestApp({ database, clientDir: '/nonexistent/thicket-client' });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers / with 503 and a one-line hint', async () => {
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(503);
    expect(response.body).toBe(`${CLIENT_NOT_BUILT}\n`);
    expect(response.body.trim()).toBe('client not built: run npm run build');
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
  });

  it('keeps the API working', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
  });
});
