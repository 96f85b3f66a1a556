// GET /api/health: is the server up and can it reach its database. Deliberately says nothing
// else (no versions, no latency, no error text): anyone can call it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DatabaseKind } from '../../db/create-database';
import { checkDatabase } from '../../db/health';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

export interface HealthRouteOptions {
  readonly db: Kysely<Database>;
  readonly dbKind: DatabaseKind;
}

const databaseKind = z.enum(['pglite', 'postgres']);

export const healthResponse = {
  200: z.object({ status: z.literal('ok'), database: z.object({ ok: z.literal(true), kind: databaseKind }) }),
  503: z.object({ status: z.literal('degraded'), database: z.object({ ok: z.literal(false), kind: databaseKind }) }),
};

const healthRoutes: FastifyPluginAsyncZod<HealthRouteOptions> = async (app, options) => {
  app.get('/health', { schema: { response: healthResponse } }, async (_request, reply) => {
    const health = await checkDatabase(options.db, options.dbKind);
    if (health.ok) return reply.code(200).send({ status: 'ok', database: { ok: true, kind: health.kind } });
    return reply.code(503).send({ status: 'degraded', database: { ok: false, kind: health.kind } });
  });
};

export default healthRoutes;
