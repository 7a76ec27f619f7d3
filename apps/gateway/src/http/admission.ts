import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Short: a shed request is about capacity, not an outage; the next second may well have room. */
export const OVERLOAD_RETRY_AFTER_SECONDS = 1;

/** Requests the limit never turns away: the health check must tell an overloaded gateway from a dead one. */
const exempt = (url: string) => !url.startsWith('/api/') || url === '/api/health';

/**
 * Load shedding: at most `maxInFlight` API requests are being worked on at once; one more is
 * answered 503 with Retry-After at once, before any token check, database or NATS work.
 * Without it, a burst beyond what the two cores can do queues inside the gateway until the
 * services' answers arrive after the NATS timeout and every caller gets a 504 seconds later,
 * the ones that could have been served included. A request leaves the count when its
 * response is finished or its connection closes.
 */
export function limitRequestsInFlight(fastify: FastifyInstance, maxInFlight: number): { inFlight: () => number } {
  let inFlight = 0;
  fastify.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    if (exempt(request.url)) return done();
    if (inFlight >= maxInFlight) {
      void reply
        .code(503)
        .header('retry-after', String(OVERLOAD_RETRY_AFTER_SECONDS))
        .send({ code: 'unavailable', message: 'The gateway is at capacity: try again shortly', correlationId: String(request.id) });
      return;
    }
    inFlight += 1;
    reply.raw.once('close', () => (inFlight -= 1));
    done();
  });
  return { inFlight: () => inFlight };
}
