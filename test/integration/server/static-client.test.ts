// Serving the built client: files, single-page-app fallback, caching, pre-compressed copies, and
// the not-built case.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app';
import { CLIENT_NOT_BUILT } from '../../../server/plugins/static-client';
import { buildTestApp, makeClientFixture } from '../../helpers/app';
import type { ClientFixture } from '../../helpers/app';
import { openTestDatabase } from '../../helpers/database';
import type { TestDatabase } from '../../helpers/database';
import { precompressDirectory } from '../../../vite-precompress';

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

describe('pre-compressed copies (as the build writes them)', () => {
  let client: ClientFixture;
  let app: App;
  const script = '/assets/whistleblower-5d1e0a77.js';
  let scriptBytes: Buffer;
  // Headers of the file itself, without Accept-Encoding, to compare the compressed answers with.
  let plain: Record<string, unknown>;

  beforeAll(async () => {
    client = makeClientFixture();
    // A script big and repetitive enough that both copies are much smaller than it.
    const lines = Array.from({ length: 400 }, (_, index) => `export const name${String(index)} = 'thicket ${String(index % 7)} wildlife tip line';`);
    writeFileSync(join(client.dir, 'assets', 'whistleblower-5d1e0a77.js'), `${lines.join('\n')}\n`);
    // A script so small that no compressed copy is written (it would not be smaller).
    writeFileSync(join(client.dir, 'assets', 'tiny-0a1b2c3d.js'), ';');
    const results = await precompressDirectory(client.dir);
    expect(results.map((result) => result.file.slice(client.dir.length)).sort()).toEqual(
      ['/assets/index-3f2a9c1b.js', '/assets/tiny-0a1b2c3d.js', '/assets/whistleblower-5d1e0a77.js', '/favicon.svg', '/index.html', '/prosecutor/index.html'],
    );
    scriptBytes = readFileSync(join(client.dir, script));
    app = buildTestApp({ database, clientDir: client.dir });
    await app.ready();
    const response = await app.inject({ method: 'GET', url: script });
    expect(response.statusCode).toBe(200);
    plain = response.headers;
  });
  afterAll(async () => {
    await app.close();
    client.remove();
  });

  const get = (url: string, acceptEncoding?: string, accept?: string) =>
    app.inject({
      method: 'GET',
      url,
      headers: { ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }), ...(accept === undefined ? {} : { accept }) },
    });

  it('sends the file itself to a client that names no encoding, varying on Accept-Encoding', async () => {
    expect(plain['content-encoding']).toBeUndefined();
    expect(plain['content-type']).toMatch(/^(?:text|application)\/javascript/);
    expect(plain['vary']).toMatch(/accept-encoding/i);
    const response = await get(script);
    expect(response.rawPayload.equals(scriptBytes)).toBe(true);
    expect(Number(response.headers['content-length'])).toBe(scriptBytes.length);
  });

  it('sends the gzip copy to a browser on plain http (Chromium: gzip, deflate), and it unpacks to the same bytes', async () => {
    const response = await get(script, 'gzip, deflate');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['vary']).toMatch(/accept-encoding/i);
    expect(response.headers['content-type']).toBe(plain['content-type']);
    expect(Number(response.headers['content-length'])).toBe(response.rawPayload.length);
    expect(response.rawPayload.length).toBeLessThan(scriptBytes.length / 4);
    expect(gunzipSync(response.rawPayload).equals(scriptBytes)).toBe(true);
  });

  it('sends the brotli copy when br is accepted (Tor Browser on a .onion: gzip, deflate, br), and it unpacks to the same bytes', async () => {
    const response = await get(script, 'gzip, deflate, br');
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toBe(plain['content-type']);
    expect(brotliDecompressSync(response.rawPayload).equals(scriptBytes)).toBe(true);
    expect(response.rawPayload.length).toBeLessThan(readFileSync(join(client.dir, `${script}.gz`)).length);
  });

  it('keeps the cache and security headers of the file itself', async () => {
    for (const encoding of ['gzip', 'br']) {
      const response = await get(script, encoding);
      expect(response.headers['content-encoding']).toBe(encoding);
      for (const name of ['cache-control', 'content-security-policy', 'x-content-type-options', 'cross-origin-resource-policy', 'referrer-policy', 'permissions-policy']) {
        expect(response.headers[name], `${encoding}: ${name}`).toBe(plain[name]);
      }
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('honours refusals and identity', async () => {
    expect((await get(script, 'identity')).headers['content-encoding']).toBeUndefined();
    expect((await get(script, 'br;q=0, gzip')).headers['content-encoding']).toBe('gzip');
    expect((await get(script, 'gzip;q=0, identity')).headers['content-encoding']).toBeUndefined();
    const deflateOnly = await get(script, 'deflate');
    expect(deflateOnly.headers['content-encoding']).toBeUndefined();
    expect(deflateOnly.rawPayload.equals(scriptBytes)).toBe(true);
  });

  it('compresses the HTML pages too, still never cached: /, a navigation to a client route, the prosecutor app', async () => {
    const html = readFileSync(join(client.dir, 'index.html'));
    for (const url of ['/', '/case/reply']) {
      const response = await get(url, 'gzip, deflate', 'text/html');
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-encoding'], url).toBe('gzip');
      expect(response.headers['content-type'], url).toBe('text/html; charset=utf-8');
      expect(response.headers['cache-control'], url).toBe('no-store');
      expect(response.headers['vary'], url).toMatch(/accept-encoding/i);
      expect(gunzipSync(response.rawPayload).equals(html), url).toBe(true);
    }
    const prosecutor = await get('/prosecutor/cases/42', 'br', 'text/html');
    expect(prosecutor.headers['content-encoding']).toBe('br');
    expect(prosecutor.headers['cache-control']).toBe('no-store');
    expect(brotliDecompressSync(prosecutor.rawPayload).toString()).toContain('<title>Thicket prosecutor</title>');
    const favicon = await get('/favicon.svg', 'gzip');
    expect(favicon.headers['cache-control']).toBe('no-cache');
  });

  it('sends the file itself when no copy was written, whatever is accepted', async () => {
    const response = await get('/assets/tiny-0a1b2c3d.js', 'gzip, deflate, br');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body).toBe(';');
  });

  it('never serves a compressed copy under its own name', async () => {
    for (const url of [`${script}.gz`, `${script}.br`, '/index.html.gz', '/prosecutor/index.html.br']) {
      const response = await get(url, 'gzip, deflate, br');
      expect(response.statusCode, url).toBe(404);
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
