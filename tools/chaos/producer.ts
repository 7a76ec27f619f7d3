// The workers import only the events part of platform-messaging, the part chaos.mjs compiles
// for them (compileWorkers); the @ankomst/platform-messaging alias would need the whole library.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { EventRecorder, OutboxRelay, deadLetterSubject, ensureStream } from '../../libs/platform/messaging/src/events';
import { AGGREGATES, chaosHappened, env, openDatabase, openNats, retry, say } from './chaos-shared';

// Records CHAOS_TOTAL events (n = 0..total-1) through the outbox and relays them.
// Restartable at any moment: it continues after the highest n already committed.

// Spreads the events over ~20-30 s, so the kills land while events are in flight.
const PAUSE_MS = 15;
const quietLogger = { log: say, warn: say, error: say };

async function main(): Promise<void> {
  const dataSource = await retry('database', openDatabase);
  const nats = await openNats('chaos-producer');
  await retry('stream', async () =>
    ensureStream(await nats.jetstreamManager(), {
      name: env.stream,
      subjects: [chaosHappened.subject, deadLetterSubject(env.service)],
      duplicateWindowMs: 10 * 60_000,
      maxAgeMs: 3600_000,
    }),
  );
  const relay = new OutboxRelay(
    dataSource,
    nats,
    {
      service: env.service,
      pollIntervalMs: 500,
      publishTimeoutMs: 2_000,
      backoff: { initialMs: 100, maxMs: 1_000, factor: 2, jitter: 0.2 },
    },
    quietLogger,
  );
  relay.start();

  const recorder = new EventRecorder({ produces: [chaosHappened] });
  const [{ next }] = await dataSource.query(`SELECT COALESCE(max((envelope->'payload'->>'n')::int), -1) + 1 AS next FROM outbox`);
  say(`producing from n=${next}`);
  let n = Number(next);
  while (n < env.total) {
    const batch = Math.min(env.total - n, 1 + Math.floor(Math.random() * 3));
    const first = n;
    await dataSource.transaction(async (manager) => {
      for (let i = first; i < first + batch; i++) {
        await recorder.record(manager, {
          contract: chaosHappened,
          aggregateId: `aggregate-${i % AGGREGATES}`,
          municipality: '1103',
          actor: 'chaos-producer',
          correlationId: `chaos-${i}`,
          payload: { n: i },
        });
      }
    });
    n += batch;
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  }
  say('all events recorded; relaying until stopped');
}

main().catch((error: unknown) => {
  say(`producer failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
