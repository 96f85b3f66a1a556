// One log line per response: request id, method, route pattern, status, duration. Nothing else
// about the request can reach the log (see logger.ts for the serializers and redaction).
//
// The line is at debug level on purpose. Log collectors stamp every line with the exact time,
// and a timed line per request would record when each whistleblower acted, which Thicket only
// ever stores to the day (DESIGN P2). Operators who need an access log for debugging set
// LOG_LEVEL=debug and accept that trade-off; errors are logged at error level regardless.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

async function logging(app: FastifyInstance): Promise<void> {
  app.addHook('onResponse', async (request, reply) => {
    request.log.debug({ req: request, res: reply, responseTime: Math.round(reply.elapsedTime) }, 'request completed');
  });
}

export default fp(logging, { name: 'thicket-logging', fastify: '5.x' });
