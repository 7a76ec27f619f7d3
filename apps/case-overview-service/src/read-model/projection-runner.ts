import type { EventEnvelope } from '@ankomst/contracts';
import type { EntityManager } from 'typeorm';
import type { ProjectionHandler, Projector } from './projector';

/**
 * Live projections hold this advisory lock shared; the rebuild's swap takes it exclusively,
 * so no live event is applied to the old tables after the rebuild's catch-up read the stream.
 */
export const READ_MODEL_LOCK = 72_640_001;

export const PROJECTORS = Symbol('PROJECTORS');

/** Runs one projection against the tables of `schema` inside the caller's transaction. */
export async function applyInSchema(
  manager: EntityManager,
  schema: string,
  handler: ProjectionHandler,
  event: EventEnvelope,
): Promise<void> {
  // SET LOCAL ends with the transaction; projections write unqualified table names.
  await manager.query(`SET LOCAL search_path TO "${schema}", public`);
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
