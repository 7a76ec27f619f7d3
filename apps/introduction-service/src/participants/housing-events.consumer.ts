import { type EventEnvelope, type EventPayload, todayInOslo } from '@ankomst/contracts';
import { type PersonBasics } from '@ankomst/contracts/housing/events';
import { householdRegistered, personSettled, personUpdated } from '@ankomst/contracts/housing/events';
import { type EventContext, EventRecorder, OnEvent } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { assessEligibility } from '../rules/eligibility';
import { HousingPersonEntity } from './housing-person.entity';
import { ParticipantEntity } from './participant.entity';
import { recordStatus } from './participant-store';

/** The actor of changes the service makes by itself, from another service's event. */
export const HOUSING_EVENTS_ACTOR = 'introduction-service:housing-events';

/**
 * Housing's person events become the service's copy of the person, and a settled person in
 * the target group becomes a candidate by themselves (continuous intake). Safe against
 * duplicates (the inbox, and the candidate's unique key) and reordering: an event older than
 * the copy changes nothing, and a settlement date once known is never lost to an older event.
 */
@Injectable()
export class HousingEventsConsumer {
  constructor(private readonly events: EventRecorder) {}

  @OnEvent(householdRegistered)
  async onHouseholdRegistered(
    event: EventEnvelope<EventPayload<typeof householdRegistered>>,
    { manager, correlationId }: EventContext,
  ): Promise<void> {
    for (const member of event.payload.members) await this.apply(manager, member, event.occurredAt, correlationId);
  }

  @OnEvent(personUpdated)
  async onPersonUpdated(event: EventEnvelope<EventPayload<typeof personUpdated>>, { manager, correlationId }: EventContext): Promise<void> {
    await this.apply(manager, event.payload, event.occurredAt, correlationId);
  }

  @OnEvent(personSettled)
  async onPersonSettled(event: EventEnvelope<EventPayload<typeof personSettled>>, { manager, correlationId }: EventContext): Promise<void> {
    await this.apply(manager, event.payload, event.occurredAt, correlationId);
  }

  async apply(manager: EntityManager, person: PersonBasics, occurredAt: string, correlationId?: string): Promise<void> {
    await manager.query(
      `INSERT INTO housing_person (municipality, person_id, household_id, given_name, family_name, birth_date, sex, relationship,
                                   origin, residence_permit_date, settled_on, as_of)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (municipality, person_id) DO UPDATE SET
         household_id = EXCLUDED.household_id, given_name = EXCLUDED.given_name, family_name = EXCLUDED.family_name,
         birth_date = EXCLUDED.birth_date, sex = EXCLUDED.sex, relationship = EXCLUDED.relationship, origin = EXCLUDED.origin,
         residence_permit_date = COALESCE(EXCLUDED.residence_permit_date, housing_person.residence_permit_date),
         settled_on = COALESCE(EXCLUDED.settled_on, housing_person.settled_on),
         as_of = EXCLUDED.as_of
       WHERE housing_person.as_of <= EXCLUDED.as_of`,
      [
        person.municipality,
        person.personId,
        person.householdId,
        person.givenName,
        person.familyName,
        person.birthDate,
        person.sex,
        person.relationship,
        person.origin,
        person.residencePermitDate,
        person.settledOn,
        occurredAt,
      ],
    );
    // An older event may still carry the settlement that a newer one lacked: keep the earliest known.
    if (person.settledOn) {
      await manager.query(`UPDATE housing_person SET settled_on = $3 WHERE municipality = $1 AND person_id = $2 AND settled_on IS NULL`, [
        person.municipality,
        person.personId,
        person.settledOn,
      ]);
    }
    const stored = await manager
      .getRepository(HousingPersonEntity)
      .findOneByOrFail({ municipality: person.municipality, personId: person.personId });
    if (!stored.settledOn || !assessEligibility(stored, todayInOslo()).eligible) return;

    const candidate = Object.assign(new ParticipantEntity(), {
      id: randomUUID(),
      municipality: stored.municipality,
      personId: stored.personId,
      source: 'settled-event' as const,
      manualReason: null,
      status: 'candidate' as const,
      version: 1,
      expectsChild: false,
      livingSituation: 'other' as const,
      researchOptOut: false,
      mapping: null,
      careerGuidance: null,
      decision: null,
      stop: null,
      exit: null,
    });
    const inserted: unknown[] = await manager.query(
      `INSERT INTO participant (id, municipality, person_id, source, status, version)
       VALUES ($1, $2, $3, 'settled-event', 'candidate', 1)
       ON CONFLICT (municipality, person_id) DO NOTHING RETURNING id`,
      [candidate.id, candidate.municipality, candidate.personId],
    );
    if (inserted.length === 0) return; // a candidate already: a repeated or later event adds nothing
    await recordStatus(manager, this.events, candidate, stored, { actor: HOUSING_EVENTS_ACTOR, correlationId });
  }
}
