import type { FastifyReply } from 'fastify';

/** How long a client waits before trying again after a dependency outage (database, NATS, a service). */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

/**
 * Every 503 says when to try again: an outage is temporary, and a client (the portal, a
 * script) should wait rather than hammer a dependency that is coming back. Runs on send, so
 * the NATS outage, the service's database outage, the gateway's own database outage and a
 * failed audit write all get it, whoever produced the 503.
 */
export function addRetryAfterOnOutage(reply: FastifyReply): void {
  if (reply.statusCode === 503 && !reply.hasHeader('retry-after')) {
    void reply.header('retry-after', String(OUTAGE_RETRY_AFTER_SECONDS));
  }
}
