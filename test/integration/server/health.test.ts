// GET /api/health reports whether the database answers, and nothing else.
import { createServer } from 'node:net';
import type { Server, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app';
import { createPostgresDatabase } from '../../../server/db/create-database';
import { checkDatabase } from '../../../server/db/health';
import { buildTestApp } from '../../helpers/app';
import { openTestDatabase } from '../../helpers/database';
import type { TestDatabase } from '../../helpers/database';

const backend = process.env['DATABASE_URL'] ? 'postgres' : 'pglite';

describe(`GET /api/health (${backend})`, () => {
  let database: TestDatabase;
  let app: App;

  beforeAll(async () => {
    database = await openTestDatabase();
    app = buildTestApp({ database });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('answers 200 ok on a live database', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: { ok: true, kind: backend } });
  });

  it('answers 503 degraded once the database is gone, with no error text', async () => {
    await database.close();
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: 'degraded', database: { ok: false, kind: backend } });
    expect(response.headers['cache-control']).toBe('no-store');
  });
});

describe('checkDatabase', () => {
  let silentServer: Server;
  let port = 0;
  const sockets = new Set<Socket>();

  beforeAll(async () => {
    // A TCP server that accepts connections and never answers: a hung database.
    silentServer = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => silentServer.listen(0, '127.0.0.1', resolve));
    const address = silentServer.address();
    if (typeof address !== 'object' || address === null) throw new Error('no address');
    port = address.port;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silentServer.close(() => resolve()));
  });

  it('reports a live database with its latency', async () => {
    const database = await openTestDatabase();
    try {
      const health = await checkDatabase(database.db, database.kind);
      expect(health.ok).toBe(true);
      expect(health.kind).toBe(database.kind);
      expect(health.ok && health.latencyMs).toBeGreaterThanOrEqual(0);
    } finally {
      await database.close();
    }
  });

  it('gives up on a database that does not answer, within its timeout', async () => {
    const hung = createPostgresDatabase(`postgres://thicket@127.0.0.1:${String(port)}/thicket`);
    try {
      const started = performance.now();
      const health = await checkDatabase(hung.db, hung.kind, { timeoutMs: 300 });
      const elapsed = performance.now() - started;
      expect(health).toEqual({ ok: false, kind: 'postgres' });
      // It waited for its timeout and then gave up (the bound is loose: a busy CI machine is slow,
      // but a check that hangs on an unanswering database would never return at all).
      expect(elapsed).toBeGreaterThanOrEqual(250);
      expect(elapsed).toBeLessThan(10_000);
    } finally {
      for (const socket of sockets) socket.destroy();
      await hung.close();
    }
  });
});
