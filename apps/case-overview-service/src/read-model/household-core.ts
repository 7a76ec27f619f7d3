import type { EntityManager } from 'typeorm';
import { projectionQuery } from './prepared-query';

/**
 * Core projections every department's projector may use. They only derive rows from
 * other rows, so calling them again or in another order gives the same result.
 */

/**
 * Serialises the projections touching one household (or dwelling) until commit. Consumers
 * of different subjects run concurrently; without this, two of them could each derive the
 * household's status from a snapshot missing the other's uncommitted change. After the lock
 * every statement (READ COMMITTED) sees what the previous holder committed, so take it in a
 * statement of its own, before any statement reading the household's rows (a statement's
 * snapshot is taken when it starts), and once per event: each call is a round trip.
 */
export async function lockAggregate(manager: EntityManager, id: string): Promise<void> {
  // Two-key form: a key space apart from the single-key READ_MODEL_LOCK.
  await projectionQuery(manager, `SELECT pg_advisory_xact_lock(7264, hashtext($1))`, [id]);
}

/**
 * lockAggregate for several aggregates in one round trip, taken in the order given: callers
 * keep one order (a dwelling before its households) so two projections cannot deadlock.
 */
export async function lockAggregates(manager: EntityManager, ids: readonly string[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  if (unique.length === 1) return lockAggregate(manager, unique[0]);
  await projectionQuery(manager, `SELECT ${aggregateLocks('$1')}`, [unique]);
}

/**
 * SQL expression taking lockAggregate's lock for each id of the text[] parameter `param`,
 * in the array's order (unnest yields it, and the locks are taken as its rows are read).
 */
export function aggregateLocks(param: string): string {
  return `(SELECT count(pg_advisory_xact_lock(7264, hashtext(id))) FROM unnest(${param}::text[]) AS id)`;
}

/**
 * The households and dwellings an event names (the ids projections lock): `householdId` and
 * `dwellingId` of the payload and of the objects in its lists (a household's members).
 */
export function aggregateIdsOf(payload: unknown): string[] {
  const ids: string[] = [];
  const collect = (value: unknown, depth: number) => {
    if (Array.isArray(value)) {
      if (depth < 2) for (const item of value) collect(item, depth + 1);
      return;
    }
    if (!value || typeof value !== 'object') return;
    for (const [key, field] of Object.entries(value)) {
      if ((key === 'householdId' || key === 'dwellingId') && typeof field === 'string') ids.push(field);
      else if (Array.isArray(field)) collect(field, depth);
    }
  };
  collect(payload, 0);
  return ids;
}

/** The first event seen for a household creates its row. */
export interface HouseholdSeen {
  householdId: string;
  municipality: string;
  occurredAt: string;
}

// registered_at keeps the earliest event seen (order of arrival does not matter); the row is
// written only when that changes, as every version of it also updates the trigram index.
const INSERT_HOUSEHOLD = `INSERT INTO household (household_id, municipality, registered_at) VALUES ($1, $2, $3)
  ON CONFLICT (household_id) DO UPDATE SET registered_at = EXCLUDED.registered_at
  WHERE household.registered_at > EXCLUDED.registered_at`;

const householdParams = (h: HouseholdSeen): unknown[] => [h.householdId, h.municipality, h.occurredAt];

/** Creates the household row if this is the first event seen for it (and locks it). */
export async function ensureHousehold(
  manager: EntityManager,
  householdId: string,
  municipality: string,
  occurredAt: string,
): Promise<void> {
  await lockAggregate(manager, householdId);
  await projectionQuery(manager, INSERT_HOUSEHOLD, householdParams({ householdId, municipality, occurredAt }));
}

/**
 * Runs `statement` (its parameters numbered from $4) and creates the household row if
 * missing, in one round trip. The caller already holds the household's lock. `statement`
 * must not read the household row: it sees the snapshot from before the row was created.
 */
export async function queryEnsuringHousehold<T = unknown>(
  manager: EntityManager,
  household: HouseholdSeen,
  statement: string,
  params: readonly unknown[],
): Promise<T> {
  return (await projectionQuery(manager, `WITH household_row AS (${INSERT_HOUSEHOLD}) ${statement}`, [
    ...householdParams(household),
    ...params,
  ])) as T;
}

/**
 * The SET list recomputing a household's member summaries, search text and next open
 * deadline, for an UPDATE of `household h`: a department refreshing more columns of the row
 * adds its own to the same UPDATE rather than writing the row twice.
 */
export const householdSummaryAssignments = `
       members = COALESCE((
         SELECT jsonb_agg(jsonb_build_object(
                  'personId', p.person_id, 'givenName', p.given_name, 'familyName', p.family_name,
                  'birthDate', to_char(p.birth_date, 'YYYY-MM-DD'), 'relationship', p.relationship)
                ORDER BY p.birth_date, p.person_id)
         FROM person p WHERE p.household_id = h.household_id), '[]'::jsonb),
       search_text = COALESCE((
         SELECT string_agg(lower(p.given_name || ' ' || p.family_name), ' | ' ORDER BY p.person_id)
         FROM person p WHERE p.household_id = h.household_id), ''),
       next_due_on = (
         SELECT min(d.due_on) FROM deadline d
         WHERE d.household_id = h.household_id AND d.completed_on IS NULL)`;

/** Recomputes the member summaries, search text and next open deadline of a household. */
export async function refreshHousehold(manager: EntityManager, householdId: string): Promise<void> {
  await projectionQuery(manager, `UPDATE household h SET ${householdSummaryAssignments} WHERE h.household_id = $1`, [householdId]);
}

export interface TimelineInput {
  eventId: string;
  householdId: string;
  personId?: string | null;
  municipality: string;
  department: string;
  kind: string;
  /** Consent category guarding the entry; omit for core case data. */
  category?: string | null;
  occurredAt: string;
  summary: string;
}

export async function addTimelineEntry(manager: EntityManager, entry: TimelineInput): Promise<void> {
  await projectionQuery(
    manager,
    `INSERT INTO timeline (event_id, household_id, person_id, municipality, department, kind, category, occurred_at, summary)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (event_id) DO NOTHING`,
    [
      entry.eventId,
      entry.householdId,
      entry.personId ?? null,
      entry.municipality,
      entry.department,
      entry.kind,
      entry.category ?? null,
      entry.occurredAt,
      entry.summary,
    ],
  );
}

export interface DeadlineInput {
  deadlineId: string;
  municipality: string;
  householdId: string;
  personId: string | null;
  department: string;
  kind: string;
  responsibleUnit: string;
  dueOn: string;
  completedOn: string | null;
  detail: string | null;
}

/** A department's deadline for the attention list (upsert by its stable id). */
export async function upsertDeadline(manager: EntityManager, d: DeadlineInput): Promise<void> {
  await projectionQuery(
    manager,
    `INSERT INTO deadline (deadline_id, municipality, household_id, person_id, department, kind, responsible_unit, due_on, completed_on, detail)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (deadline_id) DO UPDATE SET
       municipality = EXCLUDED.municipality, household_id = EXCLUDED.household_id, person_id = EXCLUDED.person_id,
       department = EXCLUDED.department, kind = EXCLUDED.kind, responsible_unit = EXCLUDED.responsible_unit,
       due_on = EXCLUDED.due_on, completed_on = EXCLUDED.completed_on, detail = EXCLUDED.detail`,
    [d.deadlineId, d.municipality, d.householdId, d.personId, d.department, d.kind, d.responsibleUnit, d.dueOn, d.completedOn, d.detail],
  );
}

export async function removeDeadline(manager: EntityManager, deadlineId: string): Promise<void> {
  await projectionQuery(manager, `DELETE FROM deadline WHERE deadline_id = $1`, [deadlineId]);
}

/** A department's section for one person (see SectionDefinition). */
export async function upsertSection(
  manager: EntityManager,
  personId: string,
  section: string,
  householdId: string,
  data: unknown,
): Promise<void> {
  await projectionQuery(
    manager,
    `INSERT INTO section (subject_id, section, household_id, data) VALUES ($1, $2, $3, $4::jsonb)
     ON CONFLICT (subject_id, section) DO UPDATE SET household_id = EXCLUDED.household_id, data = EXCLUDED.data`,
    [personId, section, householdId, JSON.stringify(data)],
  );
}
