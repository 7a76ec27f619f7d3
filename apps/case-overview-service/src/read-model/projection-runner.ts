import type { EventEnvelope } from '@ankomst/contracts';
import type { EntityManager } from 'typeorm';
import type { ProjectionHandler, Projector } from './projector';
import { aggregateIdsOf, aggregateLocks } from './household-core';
import { projectionQuery } from './prepared-query';
import { LIVE_SCHEMA } from './read-model.schema';

/**
 * Live projections hold this advisory lock shared; the rebuild's swap takes it exclusively,
 * so no live event is applied to the old tables after the rebuild's catch-up read the stream.
 */
export const READ_MODEL_LOCK = 72_640_001;

export const PROJECTORS = Symbol('PROJECTORS');

const searchPathOf = (schema: string) => `"${schema}", public`;

/** Runs one projection against the tables of `schema` inside the caller's transaction. */
export async function applyInSchema(
  manager: EntityManager,
  schema: string,
  handler: ProjectionHandler,
  event: EventEnvelope,
): Promise<void> {
  // set_config(…, true) is SET LOCAL: it ends with the transaction. Projections write
  // unqualified table names.
  await projectionQuery(manager, `SELECT set_config('search_path', $1, true)`, [searchPathOf(schema)]);
  await handler.apply(event, manager);
}

/**
 * Once per live transaction, before its events are projected (one round trip): the read-model
 * lock shared, the live schema's search path, the generic plans of the prepared projection
 * statements, and the lock of every household and dwelling the events name, in sorted order.
 * Consumers of different subjects then wait for each other's batches instead of deadlocking;
 * the projections' own lockAggregate calls find the locks held.
 *
 * Generic plans: Postgres estimates `household_id = ANY($1)` at 10 rows in a generic plan and
 * at 1 in a custom one, so it never switched to the generic plan and planned the household
 * refresh and the section upsert again on every event (0.6 and 0.3 ms of planning against
 * 0.33 and 0.16 ms of execution, pg_stat_statements in the benchmark). Their generic plans use
 * the same indexes (household_pkey, person_household_id_idx).
 */
export async function enterLiveReadModel(manager: EntityManager, events: readonly EventEnvelope[]): Promise<void> {
  const ids = [...new Set(events.flatMap((event) => aggregateIdsOf(event.payload)))].sort();
  await projectionQuery(
    manager,
    `SELECT pg_advisory_xact_lock_shared($1), set_config('search_path', $2, true),
            set_config('plan_cache_mode', 'force_generic_plan', true), ${aggregateLocks('$3')}`,
    [READ_MODEL_LOCK, searchPathOf(LIVE_SCHEMA), ids],
  );
}

/** subject → handler; a subject may be projected by one projector only. */
export function handlersBySubject(projectors: readonly Projector[]): Map<string, ProjectionHandler> {
  const map = new Map<string, ProjectionHandler>();
  for (const projector of projectors) {
    for (const handler of projector.handlers) {
      if (map.has(handler.contract.subject)) {
        throw new Error(`${handler.contract.subject} is projected twice (second time by ${projector.name})`);
      }
      map.set(handler.contract.subject, handler);
    }
  }
  return map;
}
