import type { EventEnvelope, EventPayload } from '@ankomst/contracts';
import {
  dwellingAllocated,
  dwellingRegistered,
  dwellingUpdated,
  householdMemberRemoved,
  householdRegistered,
  householdUpdated,
  type PersonBasics,
  personSettled,
  personUpdated,
  selfSettlementChecklistUpdated,
  selfSettlementDecided,
  selfSettlementOpened,
  tenancyEnded,
} from '@ankomst/contracts/housing/events';
import type { EntityManager } from 'typeorm';
import {
  addTimelineEntry,
  ensureHousehold,
  householdSummaryAssignments,
  type HouseholdSeen,
  lockAggregate,
  lockAggregates,
  queryEnsuringHousehold,
} from '../read-model/household-core';
import { on, type Projector } from '../read-model/projector';
import { projectionQuery } from '../read-model/prepared-query';

const DEPARTMENT = 'housing';
const CATEGORY = 'housing-status';

/**
 * Housing: household and members, settlement status and time-to-settlement deadline
 * (6 months from the residence permit, 3 for unaccompanied minors), dwelling and tenancy,
 * agreed self-settlement. Its section (per person) holds the housing details.
 */
export const housingProjector: Projector = {
  name: 'housing',
  section: { key: 'housing', department: 'housing', category: 'housing-status' },
  handlers: [
    on(householdRegistered, async (event, manager) => {
      const p = event.payload;
      await lockAggregates(manager, [p.householdId, ...sortedIds(p.members.map((m) => m.householdId))]);
      // Created with its origin: one version of the row rather than an insert and an update.
      await projectionQuery(
        manager,
        `INSERT INTO household (household_id, municipality, registered_at, origin, country_of_origin, languages, requested_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (household_id) DO UPDATE SET registered_at = LEAST(household.registered_at, EXCLUDED.registered_at),
           origin = EXCLUDED.origin,
           -- A correction (household-updated) applied before the registration arrived is newer: it stays.
           (country_of_origin, languages, requested_on) = (
             SELECT CASE WHEN corrected THEN household.country_of_origin ELSE EXCLUDED.country_of_origin END,
                    CASE WHEN corrected THEN household.languages ELSE EXCLUDED.languages END,
                    CASE WHEN corrected THEN household.requested_on ELSE EXCLUDED.requested_on END
               FROM (SELECT EXISTS (SELECT 1 FROM timeline t WHERE t.household_id = $1 AND t.kind = 'household-updated') AS corrected) c)`,
        [p.householdId, event.municipality, event.occurredAt, p.origin, p.countryOfOrigin, p.languages, p.requestedOn],
      );
      const left = await upsertPersons(manager, p.members, event);
      await lockAggregates(manager, left);
      await refreshHousing(manager, [p.householdId, ...p.members.map((m) => m.householdId), ...left]);
      await addTimelineEntry(manager, {
        eventId: event.id,
        householdId: p.householdId,
        municipality: event.municipality,
        department: DEPARTMENT,
        kind: 'household-registered',
        occurredAt: event.occurredAt,
        summary: `Household registered: ${p.members.length} member(s), ${p.origin}, from ${p.countryOfOrigin}`,
      });
    }),
    on(householdUpdated, async (event, manager) => {
      const p = event.payload;
      await ensureHousehold(manager, p.householdId, event.municipality, event.occurredAt);
      // Last correction wins, whatever order they arrive in: a newer one already applied left its timeline entry.
      await projectionQuery(
        manager,
        `UPDATE household SET country_of_origin = $2, languages = $3, requested_on = $4
          WHERE household_id = $1
            AND NOT EXISTS (SELECT 1 FROM timeline t WHERE t.household_id = $1 AND t.kind = 'household-updated' AND t.occurred_at > $5)`,
        [p.householdId, p.countryOfOrigin, p.languages, p.requestedOn, event.occurredAt],
      );
      await refreshHousing(manager, [p.householdId]);
      await addTimelineEntry(manager, {
        eventId: event.id,
        householdId: p.householdId,
        municipality: event.municipality,
        department: DEPARTMENT,
        kind: 'household-updated',
        occurredAt: event.occurredAt,
        summary: 'Household details corrected',
      });
    }),
    on(householdMemberRemoved, async (event, manager) => {
      const p = event.payload;
      await lockAggregate(manager, p.householdId);
      // The entry comes first: it is also what keeps an older snapshot of the person from re-adding them.
      await addTimelineEntry(manager, {
        eventId: event.id,
        householdId: p.householdId,
        personId: p.personId,
        municipality: event.municipality,
        department: DEPARTMENT,
        kind: 'household-member-removed',
        occurredAt: event.occurredAt,
        summary: `Left the household on ${p.leftOn} (${p.reason})`,
      });
      await projectionQuery(
        manager,
        `WITH gone AS (DELETE FROM person WHERE person_id = $1 AND household_id = $2),
              housing_section AS (DELETE FROM section WHERE subject_id = $1 AND household_id = $2 AND section = 'housing')
         DELETE FROM deadline WHERE person_id = $1 AND household_id = $2 AND department = 'housing'`,
        [p.personId, p.householdId],
      );
      await refreshHousing(manager, [p.householdId]);
    }),
    on(personUpdated, async (event, manager) => {
      await projectPerson(manager, event.payload, event);
      await addTimelineEntry(manager, {
        eventId: event.id,
        householdId: event.payload.householdId,
        personId: event.payload.personId,
        municipality: event.municipality,
        department: DEPARTMENT,
        kind: 'person-updated',
        occurredAt: event.occurredAt,
        summary: 'Personal details updated',
      });
    }),
    on(personSettled, async (event, manager) => {
      const p = event.payload;
      await projectPerson(manager, p, event);
      const days =
        p.daysFromResidencePermit === null
          ? ''
          : `, ${p.daysFromResidencePermit} days after the residence permit (${p.withinTarget ? 'within' : 'beyond'} target)`;
      await addTimelineEntry(manager, {
        eventId: event.id,
        householdId: p.householdId,
        personId: p.personId,
        municipality: event.municipality,
        department: DEPARTMENT,
        kind: 'person-settled',
        occurredAt: event.occurredAt,
        summary: `Settled on ${p.settledOn}${days}`,
      });
    }),
    on(dwellingRegistered, projectDwelling),
    // A change carries the same facts: the same last-known upsert.
    on(dwellingUpdated, projectDwelling),
    on(dwellingAllocated, async (event, manager) => {
      const p = event.payload;
      await lockAggregates(manager, [p.dwellingId, p.householdId]);
      await queryEnsuringHousehold(
        manager,
        seen(p.householdId, event),
        `INSERT INTO tenancy (tenancy_id, household_id, dwelling_id, ownership, start_date) VALUES ($4, $1, $5, $6, $7)
         ON CONFLICT (tenancy_id) DO UPDATE SET ownership = EXCLUDED.ownership, start_date = EXCLUDED.start_date`,
        [p.tenancyId, p.dwellingId, p.ownership, p.startDate],
      );
      await refreshHousing(manager, [p.householdId]);
      await addTimelineEntry(manager, {
        eventId: event.id,
        householdId: p.householdId,
        municipality: event.municipality,
        department: DEPARTMENT,
        kind: 'dwelling-allocated',
        category: CATEGORY,
        occurredAt: event.occurredAt,
        summary: `Dwelling allocated (${p.ownership}) from ${p.startDate}`,
      });
    }),
    on(tenancyEnded, async (event, manager) => {
      const p = event.payload;
      await lockAggregate(manager, p.householdId);
      await queryEnsuringHousehold(
        manager,
        seen(p.householdId, event),
        `INSERT INTO tenancy (tenancy_id, household_id, dwelling_id, end_date, end_reason) VALUES ($4, $1, $5, $6, $7)
         ON CONFLICT (tenancy_id) DO UPDATE SET end_date = EXCLUDED.end_date, end_reason = EXCLUDED.end_reason`,
        [p.tenancyId, p.dwellingId, p.endDate, p.reason],
      );
      await refreshHousing(manager, [p.householdId]);
      await addTimelineEntry(manager, {
        eventId: event.id,
        householdId: p.householdId,
        municipality: event.municipality,
        department: DEPARTMENT,
        kind: 'tenancy-ended',
        category: CATEGORY,
        occurredAt: event.occurredAt,
        summary: `Tenancy ended on ${p.endDate} (${p.reason}${p.withStartlan ? ', with startlån' : ''})`,
      });
    }),
    on(selfSettlementOpened, async (event, manager) => {
      const p = event.payload;
      await lockAggregate(manager, p.householdId);
      await queryEnsuringHousehold(
        manager,
        seen(p.householdId, event),
        `INSERT INTO self_settlement (case_id, household_id, status, opened_at) VALUES ($4, $1, 'open', $3)
         ON CONFLICT (case_id) DO UPDATE SET opened_at = EXCLUDED.opened_at`,
        [p.caseId],
      );
      await refreshHousing(manager, [p.householdId]);
      await addTimelineEntry(manager, {
        eventId: event.id,
        householdId: p.householdId,
        municipality: event.municipality,
        department: DEPARTMENT,
        kind: 'self-settlement-opened',
        category: CATEGORY,
        occurredAt: event.occurredAt,
        summary: 'Agreed self-settlement opened',
      });
    }),
    on(selfSettlementChecklistUpdated, async (event, manager) => {
      const p = event.payload;
      await lockAggregate(manager, p.householdId);
      await queryEnsuringHousehold(
        manager,
        seen(p.householdId, event),
        `INSERT INTO self_settlement (case_id, household_id, status) VALUES ($4, $1, 'open') ON CONFLICT (case_id) DO NOTHING`,
        [p.caseId],
      );
      await refreshHousing(manager, [p.householdId]);
    }),
    on(selfSettlementDecided, async (event, manager) => {
      const p = event.payload;
      await lockAggregate(manager, p.householdId);
      await queryEnsuringHousehold(
        manager,
        seen(p.householdId, event),
        `INSERT INTO self_settlement (case_id, household_id, status) VALUES ($4, $1, $5)
         ON CONFLICT (case_id) DO UPDATE SET status = EXCLUDED.status`,
        [p.caseId, p.outcome],
      );
      await refreshHousing(manager, [p.householdId]);
      await addTimelineEntry(manager, {
        eventId: event.id,
        householdId: p.householdId,
        municipality: event.municipality,
        department: DEPARTMENT,
        kind: 'self-settlement-decided',
        category: CATEGORY,
        occurredAt: event.occurredAt,
        summary: `Agreed self-settlement ${p.outcome}${p.reason ? `: ${p.reason}` : ''}`,
      });
    }),
  ],
};

interface EventSeen {
  id: string;
  occurredAt: string;
  municipality: string;
}

const seen = (householdId: string, event: EventSeen): HouseholdSeen => ({
  householdId,
  municipality: event.municipality,
  occurredAt: event.occurredAt,
});

/** Distinct, sorted: several households are always locked in the same order. */
const sortedIds = (ids: readonly string[]): string[] => [...new Set(ids)].sort();

/** One person's snapshot, and the households it is in and may have left. */
async function projectDwelling(event: EventEnvelope<EventPayload<typeof dwellingRegistered>>, manager: EntityManager): Promise<void> {
  const p = event.payload;
  await lockAggregate(manager, p.dwellingId);
  // The allocation may have been projected before the dwelling itself: its households
  // show the dwelling's details too. The dwelling's lock keeps new allocations out meanwhile.
  const households: { household_id: string }[] = await projectionQuery(
    manager,
    `WITH dwelling_row AS (
       INSERT INTO dwelling (dwelling_id, municipality, ownership, rooms, size_square_metres, accessible)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (dwelling_id) DO UPDATE SET ownership = EXCLUDED.ownership, rooms = EXCLUDED.rooms,
         size_square_metres = EXCLUDED.size_square_metres, accessible = EXCLUDED.accessible)
     SELECT DISTINCT household_id FROM tenancy WHERE dwelling_id = $1 ORDER BY household_id`,
    [p.dwellingId, event.municipality, p.ownership, p.rooms, p.sizeSquareMetres, p.accessible],
  );
  const ids = households.map((h) => h.household_id);
  await lockAggregates(manager, ids);
  await refreshHousing(manager, ids);
}

async function projectPerson(manager: EntityManager, person: PersonBasics, event: EventSeen): Promise<void> {
  await lockAggregate(manager, person.householdId);
  const left = await upsertPersons(manager, [person], event);
  await lockAggregates(manager, left);
  await refreshHousing(manager, [person.householdId, ...left]);
}

/**
 * Person snapshots, last writer wins, in one statement: creates their households' rows if
 * missing and keeps their settlement deadlines in step. The caller holds the locks of the
 * persons' households. Returns the households persons moved out of (sorted): the caller
 * locks and refreshes them.
 */
async function upsertPersons(manager: EntityManager, persons: readonly PersonBasics[], event: EventSeen): Promise<string[]> {
  const left: { household_id: string }[] = await projectionQuery(
    manager,
    `WITH listed_once AS (
       -- A person listed twice counts once, as listed first: the later listing would lose
       -- last-writer-wins against it (same event), and a row cannot be upserted twice in one statement.
       SELECT DISTINCT ON ("personId") *
       FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (
              "personId" uuid, "householdId" uuid, municipality text, "givenName" text, "familyName" text,
              "birthDate" date, sex text, relationship text, "unaccompaniedMinor" boolean,
              "residencePermitDate" date, "settledOn" date)) WITH ORDINALITY AS listed
       ORDER BY "personId", ordinality),
     -- A member removed from a household stays out of it, whatever older snapshot arrives later.
     incoming AS (
       SELECT * FROM listed_once i WHERE NOT EXISTS (
         SELECT 1 FROM timeline t WHERE t.person_id = i."personId" AND t.household_id = i."householdId" AND t.kind = 'household-member-removed')),
     household_rows AS (
       INSERT INTO household (household_id, municipality, registered_at)
       SELECT DISTINCT "householdId", $2::text, $3::timestamptz FROM incoming
       ON CONFLICT (household_id) DO UPDATE SET registered_at = EXCLUDED.registered_at
       WHERE household.registered_at > EXCLUDED.registered_at),
     -- Data-modifying CTEs all see the snapshot from before the statement: where persons were.
     -- Looked up by key: the statement is prepared, and a generic plan joining the listed
     -- persons (estimated at 100 rows) scanned the whole person table for each snapshot.
     previous AS (
       SELECT i."personId" AS person_id, (SELECT p.household_id FROM person p WHERE p.person_id = i."personId") AS household_id
       FROM incoming i),
     written AS (
       INSERT INTO person (person_id, household_id, municipality, given_name, family_name, birth_date, sex, relationship,
                           unaccompanied_minor, residence_permit_date, settled_on, source_at, source_event)
       SELECT "personId", "householdId", municipality, "givenName", "familyName", "birthDate", sex, relationship,
              "unaccompaniedMinor", "residencePermitDate", "settledOn", $3::timestamptz, $4::uuid
       FROM incoming
       ON CONFLICT (person_id) DO UPDATE SET
         household_id = EXCLUDED.household_id, municipality = EXCLUDED.municipality, given_name = EXCLUDED.given_name,
         family_name = EXCLUDED.family_name, birth_date = EXCLUDED.birth_date, sex = EXCLUDED.sex,
         relationship = EXCLUDED.relationship, unaccompanied_minor = EXCLUDED.unaccompanied_minor,
         residence_permit_date = EXCLUDED.residence_permit_date, settled_on = EXCLUDED.settled_on,
         source_at = EXCLUDED.source_at, source_event = EXCLUDED.source_event
       WHERE (person.source_at, person.source_event) < (EXCLUDED.source_at, EXCLUDED.source_event)
       RETURNING *),
     ${settlementDeadlines('written')}
     SELECT DISTINCT previous.household_id FROM previous JOIN written USING (person_id)
     WHERE previous.household_id <> written.household_id
     ORDER BY previous.household_id`,
    [JSON.stringify(persons), event.municipality, event.occurredAt, event.id],
  );
  return left.map((h) => h.household_id);
}

/**
 * Time to settlement: due 6 months after the residence permit (3 for unaccompanied minors),
 * as CTEs deriving the deadlines of the person rows in `persons` (a person snapshot the
 * statement wrote: a snapshot it did not write left the deadline as it was).
 */
function settlementDeadlines(persons: string): string {
  return `settlement_deadline AS (
       INSERT INTO deadline (deadline_id, municipality, household_id, person_id, department, kind, responsible_unit, due_on, completed_on, detail)
       SELECT 'settlement:' || p.person_id, p.municipality, p.household_id, p.person_id, 'housing', 'settlement',
              CASE WHEN p.unaccompanied_minor THEN 'unaccompanied-minors-service' ELSE 'refugee-service' END,
              (p.residence_permit_date + make_interval(months => CASE WHEN p.unaccompanied_minor THEN 3 ELSE 6 END))::date,
              p.settled_on,
              'Settlement within ' || CASE WHEN p.unaccompanied_minor THEN 3 ELSE 6 END
                || ' months of the residence permit (' || to_char(p.residence_permit_date, 'YYYY-MM-DD') || ')'
       FROM ${persons} p WHERE p.residence_permit_date IS NOT NULL
       ON CONFLICT (deadline_id) DO UPDATE SET
         municipality = EXCLUDED.municipality, household_id = EXCLUDED.household_id,
         responsible_unit = EXCLUDED.responsible_unit, due_on = EXCLUDED.due_on,
         completed_on = EXCLUDED.completed_on, detail = EXCLUDED.detail),
     settlement_deadline_without_permit AS (
       DELETE FROM deadline d USING ${persons} p
       WHERE p.residence_permit_date IS NULL AND d.deadline_id = 'settlement:' || p.person_id)`;
}

/**
 * Status, current dwelling, member summaries and next deadline of the households (one
 * UPDATE: each version of the row also updates its trigram index), then every member's
 * housing section, which shows the new status. The caller holds the households' locks.
 */
async function refreshHousing(manager: EntityManager, householdIds: readonly string[]): Promise<void> {
  const ids = [...new Set(householdIds)];
  if (ids.length === 0) return;
  await projectionQuery(
    manager,
    `UPDATE household h SET
       dwelling = (
         SELECT jsonb_build_object(
                  'tenancyId', t.tenancy_id, 'dwellingId', t.dwelling_id, 'ownership', COALESCE(d.ownership, t.ownership),
                  'startDate', to_char(t.start_date, 'YYYY-MM-DD'), 'rooms', d.rooms,
                  'sizeSquareMetres', d.size_square_metres, 'accessible', d.accessible)
         FROM tenancy t LEFT JOIN dwelling d ON d.dwelling_id = t.dwelling_id
         WHERE t.household_id = h.household_id AND t.start_date IS NOT NULL AND t.end_date IS NULL
         ORDER BY t.start_date DESC, t.tenancy_id DESC LIMIT 1),
       status = CASE
         WHEN EXISTS (SELECT 1 FROM tenancy t WHERE t.household_id = h.household_id AND t.start_date IS NOT NULL AND t.end_date IS NULL)
           THEN CASE WHEN ${allSettled} THEN 'settled' ELSE 'dwelling-allocated' END
         WHEN EXISTS (SELECT 1 FROM tenancy t WHERE t.household_id = h.household_id AND t.end_date IS NOT NULL) THEN 'tenancy-ended'
         WHEN ${allSettled} THEN 'settled'
         ELSE 'registered' END,
       ${householdSummaryAssignments}
     WHERE h.household_id = ANY($1::uuid[])`,
    [ids],
  );
  // A section already up to date is left alone rather than written again.
  await projectionQuery(
    manager,
    `INSERT INTO section (subject_id, section, household_id, data)
     SELECT p.person_id, 'housing', p.household_id, jsonb_build_object(
              'householdStatus', h.status,
              'settledOn', to_char(p.settled_on, 'YYYY-MM-DD'),
              'dwelling', h.dwelling,
              'selfSettlement', (
                SELECT jsonb_build_object('caseId', s.case_id, 'status', s.status) FROM self_settlement s
                WHERE s.household_id = h.household_id ORDER BY s.opened_at DESC NULLS LAST, s.case_id DESC LIMIT 1))
     FROM person p JOIN household h ON h.household_id = p.household_id
     WHERE p.household_id = ANY($1::uuid[])
     ON CONFLICT (subject_id, section) DO UPDATE SET household_id = EXCLUDED.household_id, data = EXCLUDED.data
     WHERE (section.household_id, section.data) IS DISTINCT FROM (EXCLUDED.household_id, EXCLUDED.data)`,
    [ids],
  );
}

const allSettled = `(EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.household_id)
  AND NOT EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.household_id AND p.settled_on IS NULL))`;
