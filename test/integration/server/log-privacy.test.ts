// The log must never contain anything that identifies or describes a whistleblower. Requests
// here carry every kind of identifying value; none of them may reach the captured log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { App } from '../../../server/app';
import { buildTestApp, captureLog, makeClientFixture } from '../../helpers/app';
import type { CapturedLog, ClientFixture } from '../../helpers/app';
import { openTestDatabase } from '../../helpers/database';
import type { TestDatabase } from '../../helpers/database';

const identifying = {
  'x-forwarded-for': '203.0.113.77',
  'x-real-ip': '198.51.100.23',
  forwarded: 'for=192.0.2.60;proto=http;by=203.0.113.43',
  'user-agent': 'Canary-UA/9.9 (leak-test)',
  cookie: 'session=COOKIE-CANARY-5521',
  authorization: 'Bearer AUTH-CANARY-8812',
  'x-custom-header': 'HEADER-CANARY-4410',
  referer: 'http://REFERER-CANARY.example/',
};
const bodyCanary = 'BODY-CANARY-9043';
const forbidden = [
  '203.0.113.77', '198.51.100.23', '192.0.2.60', '203.0.113.43', 'Canary-UA', 'leak-test',
  'COOKIE-CANARY', 'AUTH-CANARY', 'Bearer', 'HEADER-CANARY', 'REFERER-CANARY', 'SECRETQ', 'token=',
  'BODY-CANARY', '127.0.0.1', 'remoteAddress', 'remotePort', 'user-agent', 'userAgent', 'x-forwarded-for',
];

describe('log privacy', () => {
  let database: TestDatabase;
  let client: ClientFixture;
  let log: CapturedLog;
  let app: App;
  const statuses: number[] = [];

  beforeAll(async () => {
    database = await openTestDatabase();
    client = makeClientFixture();
    log = captureLog();
    // trace: the most verbose level, so anything that could be logged is.
    app = buildTestApp({ database, clientDir: client.dir, log, logLevel: 'trace' });
    app.post('/api/test/tip', { schema: { body: z.object({ tip: z.string(), count: z.number() }) } }, async () => ({ ok: true }));
    app.post('/api/test/throws', async () => {
      throw new Error('handler failed');
    });
    await app.ready();

    const requests = [
      { method: 'GET', url: '/api/health?token=SECRETQ' },
      { method: 'GET', url: '/?token=SECRETQ' },
      { method: 'GET', url: '/case/123?token=SECRETQ', accept: 'text/html' },
      { method: 'GET', url: '/api/unknown?token=SECRETQ' },
      { method: 'POST', url: '/api/test/tip?token=SECRETQ', payload: JSON.stringify({ tip: bodyCanary, count: 1 }) },
      { method: 'POST', url: '/api/test/tip?token=SECRETQ', payload: JSON.stringify({ tip: bodyCanary, count: bodyCanary }) },
      { method: 'POST', url: '/api/test/tip?token=SECRETQ', payload: `{"tip": "${bodyCanary}", ` },
      { method: 'POST', url: '/api/test/throws?token=SECRETQ', payload: JSON.stringify({ tip: bodyCanary }) },
      { method: 'GET', url: '/%zz?token=SECRETQ' },
    ] as const;
    for (const request of requests) {
      const response = await app.inject({
        method: request.method,
        url: request.url,
        headers: {
          ...identifying,
          ...('payload' in request ? { 'content-type': 'application/json' } : {}),
          ...('accept' in request ? { accept: request.accept } : {}),
        },
        ...('payload' in request ? { payload: request.payload } : {}),
      });
      statuses.push(response.statusCode);
    }
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    client.remove();
  });

  it('exercised successes, client errors and a server error', () => {
    expect(statuses).toEqual([200, 200, 200, 404, 200, 400, 400, 500, 400]);
  });

  it('wrote a line for every response (the log is not empty, so this test can fail)', () => {
    const completed = log.entries().filter((entry) => entry['msg'] === 'request completed');
    expect(completed).toHaveLength(statuses.length);
    expect(completed.map((entry) => (entry['res'] as { statusCode: number }).statusCode)).toEqual(statuses);
  });

  it('contains none of the identifying values, headers, query strings or bodies', () => {
    const text = log.text();
    expect(text.length).toBeGreaterThan(0);
    for (const value of forbidden) expect(text, `log contains ${value}`).not.toContain(value);
  });

  it('logs the route pattern, never the raw URL', () => {
    const routes = log.entries().flatMap((entry) => {
      const req = entry['req'] as { route?: string } | undefined;
      return req?.route === undefined ? [] : [req.route];
    });
    expect(routes).toContain('/api/health');
    expect(routes).toContain('/api/test/tip');
    expect(routes.every((route) => !route.includes('?'))).toBe(true);
  });

  it('keeps each request line to method, route, status, time and request id', () => {
    for (const entry of log.entries().filter((line) => line['msg'] === 'request completed')) {
      expect(Object.keys(entry).sort()).toEqual(['level', 'msg', 'req', 'reqId', 'res', 'responseTime', 'time']);
      expect(Object.keys(entry['req'] as object).every((key) => key === 'method' || key === 'route')).toBe(true);
      expect(Object.keys(entry['res'] as object)).toEqual(['statusCode']);
      expect(typeof entry['responseTime']).toBe('number');
    }
  });

  it('uses request ids generated by the server', () => {
    const ids = log.entries().map((entry) => entry['reqId']).filter((id) => id !== undefined);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('log at the default level', () => {
  it('records no line for an ordinary request (its time would date a whistleblower action)', async () => {
    const database = await openTestDatabase();
    const log = captureLog();
    const app = buildTestApp({ database, log, logLevel: 'info' });
    try {
      const response = await app.inject({ method: 'GET', url: '/api/health', headers: identifying });
      expect(response.statusCode).toBe(200);
      expect(log.entries().filter((entry) => entry['msg'] === 'request completed')).toEqual([]);
    } finally {
      await app.close();
      await database.close();
    }
  });
});
