// The workers import only the events part of platform-messaging, the part chaos.mjs compiles
// for them (compileWorkers); the @ankomst/platform-messaging alias would need the whole library.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { EventConsumers } from '../../libs/platform/messaging/src/events';
import { chaosHappened, env, openDatabase, openNats, retry, say } from './chaos-shared';

// Applies every chaos event by inserting a row into chaos_received, inside the handler's
// transaction. No unique constraint there on purpose: a double application would show.

async function main(): Promise<void> {
  const dataSource = await retry('database', openDatabase);
  await dataSource.query(
    `CREATE TABLE IF NOT EXISTS chaos_received (
       event_id uuid NOT NULL, n int NOT NULL, aggregate_id text NOT NULL,
       received_at timestamptz NOT NULL DEFAULT now())`,
  );
  const nats = await openNats('chaos-consumer');
  const consumers = new EventConsumers(
    dataSource,
    nats,
    {
      service: `${env.service}-consumer`,
      durablePrefix: `chaos-${env.service}`,
      defaults: {
        ackWaitMs: 3_000,
        backoff: { initialMs: 100, maxMs: 1_000, factor: 2, jitter: 0.2 },
      },
    },
    { log: say, warn: say, error: say },
  );
  consumers.register(chaosHappened, async (event, { manager }) => {
    await manager.query(`INSERT INTO chaos_received (event_id, n, aggregate_id) VALUES ($1, $2, $3)`, [
      event.id,
      event.payload.n,
      event.aggregateId,
    ]);
  });
  consumers.start();
  await consumers.ready();
  say('consuming');
}

main().catch((error: unknown) => {
  say(`consumer failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
