import type { EventEnvelope } from '@ankomst/contracts';
import type { EntityManager } from 'typeorm';
import type { ProjectionHandler, Projector } from './projector';
import { projectionQuery } from './prepared-query';

/**
 * Live projections hold this advisory lock shared; the rebuild's swap takes it exclusively,
 * so no live event is applied to the old tables after the rebuild's catch-up read the stream.
 */
export const READ_MODEL_LOCK = 72_640_001;

export const PROJECTORS = Symbol('PROJECTORS');

export interface ApplyOptions {
  /** Also takes READ_MODEL_LOCK shared, in the same round trip (live projections). */
  readModelLockShared?: boolean;
}

/** Runs one projection against the tables of `schema` inside the caller's transaction. */
export async function applyInSchema(
  manager: EntityManager,
  schema: string,
  handler: ProjectionHandler,
  event: EventEnvelope,
  options: ApplyOptions = {},
): Promise<void> {
  // set_config(…, true) is SET LOCAL: it ends with the transaction. Projections write
  // unqualified table names.
  const searchPath = `"${schema}", public`;
  if (options.readModelLockShared) {
    await projectionQuery(manager, `SELECT pg_advisory_xact_lock_shared($1), set_config('search_path', $2, true)`, [
      READ_MODEL_LOCK,
      searchPath,
    ]);
  } else {
    await projectionQuery(manager, `SELECT set_config('search_path', $1, true)`, [searchPath]);
  }
  await handler.apply(event, manager);
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
