// Until every durable consumer on the bus has nothing pending: the seed's events go to the
// introduction, health and case-overview services alike, and a phase measured while one of
// them is still working through that backlog measures the backlog, not the path. (The read
// model holding every person says only that the case overview's housing consumers are done.)
import { connect } from 'nats';

/** @param {number} ms */
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Messages not yet acknowledged, summed over every consumer of every stream.
 * @param {import('nats').JetStreamManager} jsm
 * @returns {Promise<{ pending: number, busiest: string }>}
 */
async function pendingOnBus(jsm) {
  let pending = 0;
  let busiest = { name: '', n: 0 };
  for (const stream of await jsm.streams.list().next()) {
    for (const consumer of await jsm.consumers.list(stream.config.name).next()) {
      const n = consumer.num_pending + consumer.num_ack_pending;
      pending += n;
      if (n > busiest.n) busiest = { name: consumer.name, n };
    }
  }
  return { pending, busiest: busiest.name };
}

/**
 * Waits (within `budgetMs`) until no consumer has anything pending, twice in a row.
 * @param {{ natsUrl: string, log: (line: string) => void }} ctx
 * @param {number} budgetMs
 * @returns {Promise<{ waitedSeconds: number, pendingAtEnd: number }>}
 */
export async function waitForQuietBus(ctx, budgetMs) {
  const nc = await connect({ servers: ctx.natsUrl, name: 'ankomst-bench-quiet' });
  const started = performance.now();
  try {
    const jsm = await nc.jetstreamManager();
    let quietChecks = 0;
    let last = await pendingOnBus(jsm);
    if (last.pending > 0) ctx.log(`consumers still have ${last.pending} events to apply (most: ${last.busiest}): waiting`);
    while (quietChecks < 2 && performance.now() - started < budgetMs) {
      quietChecks = last.pending === 0 ? quietChecks + 1 : 0;
      if (quietChecks < 2) await delay(500);
      last = await pendingOnBus(jsm);
    }
    const waitedSeconds = Math.round((performance.now() - started) / 100) / 10;
    if (last.pending > 0)
      ctx.log(`still ${last.pending} events pending after ${waitedSeconds} s (most: ${last.busiest}); measuring anyway`);
    else if (waitedSeconds > 1) ctx.log(`every consumer caught up after ${waitedSeconds} s`);
    return { waitedSeconds, pendingAtEnd: last.pending };
  } finally {
    await nc.close();
  }
}
