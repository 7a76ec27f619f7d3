import { householdRegistered, personSettled } from '@ankomst/contracts/housing';
import { EventRecorder, type RequestContext } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { HouseholdEntity, PersonEntity } from './household.entity';
import { assertNationalIdsFree } from './national-id-conflict';
import type { NewHousehold } from './new-household';
import { toPersonBasics } from './person-view';
import { permitToSettlement } from './settlement-targets';

// Postgres takes at most 65535 parameters per statement: 14 person columns × 2000 rows fit.
const ROWS_PER_INSERT = 2000;

/**
 * Writes new households inside the caller's transaction: multi-row inserts, then
 * household-registered per household and person-settled per member already settled.
 */
@Injectable()
export class HouseholdWriter {
  constructor(private readonly events: EventRecorder) {}

  async write(manager: EntityManager, ctx: RequestContext, created: NewHousehold[]): Promise<void> {
    const hashes = created.flatMap((c) => c.persons.flatMap((p) => (p.nationalIdHash ? [p.nationalIdHash] : [])));
    // One call writes one municipality's households (registration, import, a released transfer).
    if (created.length) await assertNationalIdsFree(manager, hashes, created[0].household.municipality);
    await insertInChunks(
      manager,
      HouseholdEntity,
      created.map((c) => c.household),
    );
    await insertInChunks(
      manager,
      PersonEntity,
      created.flatMap((c) => c.persons),
    );
    for (const { household, persons, withNationalId } of created) {
      const basics = persons.map((p) => toPersonBasics(p, household, withNationalId.has(p.id)));
      await this.events.record(manager, {
        contract: householdRegistered,
        aggregateId: household.id,
        municipality: household.municipality,
        actor: ctx.actor,
        correlationId: ctx.correlationId,
        payload: {
          householdId: household.id,
          municipality: household.municipality,
          origin: household.origin,
          countryOfOrigin: household.countryOfOrigin,
          languages: household.languages,
          requestedOn: household.requestedOn,
          members: basics,
        },
      });
      for (const [i, person] of persons.entries()) {
        if (person.settledOn) await this.recordSettled(manager, ctx, person, basics[i]);
      }
    }
  }

  async recordSettled(
    manager: EntityManager,
    ctx: RequestContext,
    person: PersonEntity,
    basics: ReturnType<typeof toPersonBasics>,
  ): Promise<void> {
    const settledOn = person.settledOn as string;
    const target = person.residencePermitDate ? permitToSettlement(person.residencePermitDate, settledOn, person.unaccompaniedMinor) : null;
    await this.events.record(manager, {
      contract: personSettled,
      aggregateId: person.id,
      municipality: person.municipality,
      actor: ctx.actor,
      correlationId: ctx.correlationId,
      payload: {
        ...basics,
        settledOn,
        daysFromResidencePermit: target?.days ?? null,
        withinTarget: target?.withinTarget ?? null,
      },
    });
  }
}

export async function insertInChunks<T extends object>(manager: EntityManager, entity: new () => T, rows: T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await manager.insert(entity, rows.slice(i, i + ROWS_PER_INSERT) as never);
  }
}
