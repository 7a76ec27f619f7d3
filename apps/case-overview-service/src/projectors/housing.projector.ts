import {
  dwellingAllocated,
  dwellingRegistered,
  householdRegistered,
  type PersonBasics,
  personSettled,
  personUpdated,
  selfSettlementChecklistUpdated,
  selfSettlementDecided,
  selfSettlementOpened,
  tenancyEnded,
} from '@ankomst/contracts';
import type { EntityManager } from 'typeorm';
import { addTimelineEntry, ensureHousehold, lockAggregate, refreshHousehold } from '../read-model/household-core';
import { on, type Projector } from '../read-model/projector';

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
      await ensureHousehold(manager, p.householdId, event.municipality, event.occurredAt);
      await manager.query(
        `UPDATE household SET origin = $2, country_of_origin = $3, languages = $4, requested_on = $5 WHERE household_id = $1`,
        [p.householdId, p.origin, p.countryOfOrigin, p.languages, p.requestedOn],
      );
      for (const member of p.members) await upsertPerson(manager, member, event);
      await refreshHousing(manager, p.householdId);
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
    on(personUpdated, async (event, manager) => {
      await upsertPerson(manager, event.payload, event);
      await refreshHousing(manager, event.payload.householdId);
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
      await upsertPerson(manager, p, event);
      await refreshHousing(manager, p.householdId);
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
    on(dwellingRegistered, async (event, manager) => {
      const p = event.payload;
      await lockAggregate(manager, p.dwellingId);
      await manager.query(
        `INSERT INTO dwelling (dwelling_id, municipality, ownership, rooms, size_square_metres, accessible)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (dwelling_id) DO UPDATE SET ownership = EXCLUDED.ownership, rooms = EXCLUDED.rooms,
           size_square_metres = EXCLUDED.size_square_metres, accessible = EXCLUDED.accessible`,
        [p.dwellingId, event.municipality, p.ownership, p.rooms, p.sizeSquareMetres, p.accessible],
      );
      // The allocation may have been projected before the dwelling itself.
      const households: { household_id: string }[] = await manager.query(
        `SELECT DISTINCT household_id FROM tenancy WHERE dwelling_id = $1 ORDER BY household_id`,
        [p.dwellingId],
      );
      for (const { household_id } of households) await refreshHousing(manager, household_id);
    }),
    on(dwellingAllocated, async (event, manager) => {
      const p = event.payload;
      await lockAggregate(manager, p.dwellingId);
      await ensureHousehold(manager, p.householdId, event.municipality, event.occurredAt);
      await manager.query(
        `INSERT INTO tenancy (tenancy_id, household_id, dwelling_id, ownership, start_date) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (tenancy_id) DO UPDATE SET ownership = EXCLUDED.ownership, start_date = EXCLUDED.start_date`,
        [p.tenancyId, p.householdId, p.dwellingId, p.ownership, p.startDate],
      );
      await refreshHousing(manager, p.householdId);
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
      await ensureHousehold(manager, p.householdId, event.municipality, event.occurredAt);
      await manager.query(
        `INSERT INTO tenancy (tenancy_id, household_id, dwelling_id, end_date, end_reason) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (tenancy_id) DO UPDATE SET end_date = EXCLUDED.end_date, end_reason = EXCLUDED.end_reason`,
        [p.tenancyId, p.householdId, p.dwellingId, p.endDate, p.reason],
      );
      await refreshHousing(manager, p.householdId);
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
      await ensureHousehold(manager, p.householdId, event.municipality, event.occurredAt);
      await manager.query(
        `INSERT INTO self_settlement (case_id, household_id, status, opened_at) VALUES ($1, $2, 'open', $3)
         ON CONFLICT (case_id) DO UPDATE SET opened_at = EXCLUDED.opened_at`,
        [p.caseId, p.householdId, event.occurredAt],
      );
      await refreshHousing(manager, p.householdId);
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
      await ensureHousehold(manager, p.householdId, event.municipality, event.occurredAt);
      await manager.query(
        `INSERT INTO self_settlement (case_id, household_id, status) VALUES ($1, $2, 'open') ON CONFLICT (case_id) DO NOTHING`,
        [p.caseId, p.householdId],
      );
      await refreshHousing(manager, p.householdId);
    }),
    on(selfSettlementDecided, async (event, manager) => {
      const p = event.payload;
      await ensureHousehold(manager, p.householdId, event.municipality, event.occurredAt);
      await manager.query(
        `INSERT INTO self_settlement (case_id, household_id, status) VALUES ($1, $2, $3)
         ON CONFLICT (case_id) DO UPDATE SET status = EXCLUDED.status`,
        [p.caseId, p.householdId, p.outcome],
      );
      await refreshHousing(manager, p.householdId);
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

/** Person snapshot, last writer wins; keeps the settlement deadline in step. */
async function upsertPerson(
  manager: EntityManager,
  person: PersonBasics,
  event: { id: string; occurredAt: string; municipality: string },
): Promise<void> {
  const before: { household_id: string }[] = await manager.query(
    `SELECT household_id FROM person WHERE person_id = $1`,
    [person.personId],
  );
  await ensureHousehold(manager, person.householdId, event.municipality, event.occurredAt);
  await manager.query(
    `INSERT INTO person (person_id, household_id, municipality, given_name, family_name, birth_date, sex, relationship,
                         unaccompanied_minor, residence_permit_date, settled_on, source_at, source_event)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (person_id) DO UPDATE SET
       household_id = EXCLUDED.household_id, municipality = EXCLUDED.municipality, given_name = EXCLUDED.given_name,
       family_name = EXCLUDED.family_name, birth_date = EXCLUDED.birth_date, sex = EXCLUDED.sex,
       relationship = EXCLUDED.relationship, unaccompanied_minor = EXCLUDED.unaccompanied_minor,
       residence_permit_date = EXCLUDED.residence_permit_date, settled_on = EXCLUDED.settled_on,
       source_at = EXCLUDED.source_at, source_event = EXCLUDED.source_event
     WHERE (person.source_at, person.source_event) < (EXCLUDED.source_at, EXCLUDED.source_event)`,
    [
      person.personId,
      person.householdId,
      person.municipality,
      person.givenName,
      person.familyName,
      person.birthDate,
      person.sex,
      person.relationship,
      person.unaccompaniedMinor,
      person.residencePermitDate,
      person.settledOn,
      event.occurredAt,
      event.id,
    ],
  );
  await refreshSettlementDeadline(manager, person.personId);
  const previous = before[0]?.household_id;
  if (previous && previous !== person.householdId) await refreshHousing(manager, previous);
}

/** Time to settlement: due 6 months after the residence permit (3 for unaccompanied minors). */
async function refreshSettlementDeadline(manager: EntityManager, personId: string): Promise<void> {
  await manager.query(
    `INSERT INTO deadline (deadline_id, municipality, household_id, person_id, department, kind, responsible_unit, due_on, completed_on, detail)
     SELECT 'settlement:' || p.person_id, p.municipality, p.household_id, p.person_id, 'housing', 'settlement',
            CASE WHEN p.unaccompanied_minor THEN 'unaccompanied-minors-service' ELSE 'refugee-service' END,
            (p.residence_permit_date + make_interval(months => CASE WHEN p.unaccompanied_minor THEN 3 ELSE 6 END))::date,
            p.settled_on,
            'Settlement within ' || CASE WHEN p.unaccompanied_minor THEN 3 ELSE 6 END
              || ' months of the residence permit (' || to_char(p.residence_permit_date, 'YYYY-MM-DD') || ')'
     FROM person p WHERE p.person_id = $1 AND p.residence_permit_date IS NOT NULL
     ON CONFLICT (deadline_id) DO UPDATE SET
       municipality = EXCLUDED.municipality, household_id = EXCLUDED.household_id,
       responsible_unit = EXCLUDED.responsible_unit, due_on = EXCLUDED.due_on,
       completed_on = EXCLUDED.completed_on, detail = EXCLUDED.detail`,
    [personId],
  );
  await manager.query(
    `DELETE FROM deadline WHERE deadline_id = 'settlement:' || $1::text
       AND NOT EXISTS (SELECT 1 FROM person WHERE person_id = $1::uuid AND residence_permit_date IS NOT NULL)`,
    [personId],
  );
}

/** Status, current dwelling and every member's housing section, then the core summaries. */
async function refreshHousing(manager: EntityManager, householdId: string): Promise<void> {
  await lockAggregate(manager, householdId);
  await manager.query(
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
         ELSE 'registered' END
     WHERE h.household_id = $1`,
    [householdId],
  );
  await manager.query(
    `INSERT INTO section (subject_id, section, household_id, data)
     SELECT p.person_id, 'housing', p.household_id, jsonb_build_object(
              'householdStatus', h.status,
              'settledOn', to_char(p.settled_on, 'YYYY-MM-DD'),
              'dwelling', h.dwelling,
              'selfSettlement', (
                SELECT jsonb_build_object('caseId', s.case_id, 'status', s.status) FROM self_settlement s
                WHERE s.household_id = h.household_id ORDER BY s.opened_at DESC NULLS LAST, s.case_id DESC LIMIT 1))
     FROM person p JOIN household h ON h.household_id = p.household_id
     WHERE p.household_id = $1
     ON CONFLICT (subject_id, section) DO UPDATE SET household_id = EXCLUDED.household_id, data = EXCLUDED.data`,
    [householdId],
  );
  await refreshHousehold(manager, householdId);
}

const allSettled = `(EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.household_id)
  AND NOT EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.household_id AND p.settled_on IS NULL))`;
