// Bad input gets a clear 4xx with a stable code; failures get a 500 that reveals nothing.
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { App } from '../../../server/app';
import { HttpError } from '../../../server/errors';
import { buildTestApp, captureLog } from '../../helpers/app';
import type { CapturedLog } from '../../helpers/app';
import { openTestDatabase } from '../../helpers/database';
import type { TestDatabase } from '../../helpers/database';

let database: TestDatabase;
let app: App;
let log: CapturedLog;

beforeAll(async () => {
  database = await openTestDatabase();
  log = captureLog();
  app = buildTestApp({ database, log });
  // Test-only routes, registered like any route would be.
  app.post(
    '/api/test/echo',
    { schema: { body: z.object({ name: z.string().max(20), age: z.number().int() }), querystring: z.object({ page: z.coerce.number().int().optional() }) } },
    async (request) => ({ greeting: `hello ${request.body.name}` }),
  );
  app.get('/api/test/throws', async () => {
    throw new Error('connect ECONNREFUSED db.internal:5432 (password hunter2)');
  });
  app.get('/api/test/conflict', async () => {
    throw new HttpError(409, 'conflict', 'That case is already closed');
  });
  app.post('/api/test/big', { bodyLimit: 1024 * 1024 }, async () => ({ ok: true }));
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close();
});

function postJson(url: string, payload: string): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload });
}

describe('4xx errors', () => {
  it('accepts a valid body (so the failures below are about the input)', async () => {
    const response = await postJson('/api/test/echo', JSON.stringify({ name: 'Ada', age: 36 }));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ greeting: 'hello Ada' });
  });

  it('answers malformed JSON with 400 invalid_json, without echoing it', async () => {
    const response = await postJson('/api/test/echo', '{"name": "CANARY-JSON-7731", ');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: { code: 'invalid_json', message: 'Request body is not valid JSON' } });
    expect(response.body).not.toContain('CANARY');
  });

  it('answers an empty JSON body with 400 invalid_json', async () => {
    const response = await postJson('/api/test/echo', '');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_json');
  });

  it('refuses prototype poisoning with 400', async () => {
    const response = await postJson('/api/test/echo', '{"name":"a","age":1,"__proto__":{"isAdmin":true}}');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_json');
  });

  it('answers wrong types with 400 validation_failed naming the fields, not their values', async () => {
    const response = await postJson('/api/test/echo', JSON.stringify({ name: 'CANARY-NAME-TOO-LONG-123456', age: 'CANARY-AGE' }));
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.message).toMatch(/^Invalid body: /);
    expect(body.error.message).toContain('name (too_big)');
    expect(body.error.message).toContain('age (invalid_type)');
    expect(response.body).not.toContain('CANARY');
    expect(Object.keys(body)).toEqual(['error']);
    expect(Object.keys(body.error).sort()).toEqual(['code', 'message']);
  });

  it('says which part of the request failed validation', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/test/echo?page=CANARY',
      headers: { 'content-type': 'application/json' },
      payload: { name: 'Ada', age: 36 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: { code: 'validation_failed', message: 'Invalid query: page (invalid_type)' } });
  });

  it('answers a body over the default 64 KiB limit with 413', async () => {
    const response = await postJson('/api/test/echo', JSON.stringify({ name: 'x'.repeat(70 * 1024), age: 1 }));
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({ error: { code: 'payload_too_large', message: 'Request body too large' } });
  });

  it('lets a route raise its own body limit', async () => {
    const response = await postJson('/api/test/big', JSON.stringify({ blob: 'x'.repeat(70 * 1024) }));
    expect(response.statusCode).toBe(200);
  });

  it('answers a non-JSON content type with 415 (no text/plain: it needs no CORS preflight)', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await app.inject({ method: 'POST', url: '/api/test/echo', headers: { 'content-type': contentType }, payload: 'name=Ada' });
      expect(response.statusCode).toBe(415);
      expect(response.json().error.code).toBe('unsupported_media_type');
    }
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/cases/unknown?token=x' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.json()).toEqual({ error: { code: 'not_found', message: 'Not found' } });
  });

  it('answers an unknown page that is not a browser navigation with a JSON 404', async () => {
    const response = await app.inject({ method: 'GET', url: '/some/page', headers: { accept: 'application/json' } });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });

  it('passes an HttpError through with its status and code', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/test/conflict' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({ error: { code: 'conflict', message: 'That case is already closed' } });
  });

  it('does not log client errors as failures', () => {
    const failures = log.entries().filter((entry) => entry['level'] === 'error');
    expect(failures).toEqual([]);
  });
});

describe('5xx errors', () => {
  it('answers a route that throws with a bare 500', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/test/throws' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: { code: 'internal', message: 'Internal error' } });
    for (const internal of ['ECONNREFUSED', 'hunter2', 'db.internal', 'stack', 'at ', '.ts']) {
      expect(response.body).not.toContain(internal);
    }
  });

  it('logs the failure with its error for the operator', () => {
    const failure = log.entries().find((entry) => entry['msg'] === 'request failed');
    expect(failure).toBeDefined();
    expect(failure?.['level']).toBe('error');
    expect(JSON.stringify(failure?.['err'])).toContain('ECONNREFUSED');
    expect(failure?.['req']).toEqual({ method: 'GET', route: '/api/test/throws' });
  });
});
