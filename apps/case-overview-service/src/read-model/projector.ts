import type { EventContract, EventEnvelope, EventPayload } from '@ankomst/contracts';
import type { Department, InformationCategory } from '@ankomst/contracts/case-overview';
import type { EntityManager } from 'typeorm';

/**
 * A department's part of the case view. Its rows live in the `section` table, one per
 * person and section key; the case view shows them only with the person's consent
 * `<category>→coordination-group`, otherwise as restricted with the reason.
 */
export interface SectionDefinition {
  key: string;
  department: Department;
  category: InformationCategory;
}

/**
 * Applies one event to the read model. `manager` runs in a transaction whose search_path
 * points at the schema being written (live or the rebuild's fresh copy): write unqualified
 * table names. Must be idempotent and must not depend on the order of other subjects.
 */
export type Projection<C extends EventContract = EventContract> = (
  event: EventEnvelope<EventPayload<C>>,
  manager: EntityManager,
) => Promise<void>;

export interface ProjectionHandler {
  contract: EventContract;
  apply: Projection;
}

/** One department: the events it projects and, when it has one, its section of the case view. */
export interface Projector {
  name: string;
  section?: SectionDefinition;
  handlers: ProjectionHandler[];
}

/** Typed helper so a handler sees its contract's payload type. */
export function on<C extends EventContract>(contract: C, apply: Projection<C>): ProjectionHandler {
  return { contract, apply: apply as Projection };
}
