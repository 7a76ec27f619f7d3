import {
  type HouseholdPage,
  type HouseholdView,
  type ListHouseholds,
  personUpdated,
  type PersonView,
  type RegisterHousehold,
  type SettlePerson,
  type UpdatePerson,
} from '@ankomst/contracts/housing';
import { assertOwnMunicipality, authorize, EventRecorder, type RequestContext, ServiceException } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { NationalIdVault } from '../national-id/national-id-vault';
import { assertPersonChangeFits, assertSettlementAfterPermit } from '../shared/case-date-rules';
import { todayInOslo } from '@ankomst/contracts';
import { HouseholdEntity, PersonEntity } from './household.entity';
import { applyHouseholdFilters, listAlias } from './household-list-filters';
import { HouseholdWriter } from './household-writer';
import { assertNationalIdsFree, refuseDuplicateNationalId } from './national-id-conflict';
import { type NewHousehold, newHousehold } from './new-household';
import { toHouseholdView, toPersonBasics, toPersonView } from './person-view';

/** Households and the persons in them: registration, identity, settlement date. */
@Injectable()
export class HouseholdsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventRecorder,
    private readonly vault: NationalIdVault,
    private readonly writer: HouseholdWriter,
  ) {}

  async register(ctx: RequestContext, input: RegisterHousehold): Promise<HouseholdView> {
    authorize(ctx.actor, 'housing:write');
    const created = newHousehold(input, ctx.actor.municipality, this.vault);
    await refuseDuplicateNationalId(() => this.dataSource.transaction((manager) => this.writer.write(manager, ctx, [created])));
    return this.view(created);
  }

  async get({ actor }: RequestContext, id: string): Promise<HouseholdView> {
    authorize(actor, 'housing:read');
    const household = await this.dataSource.getRepository(HouseholdEntity).findOneBy({ id });
    assertOwnMunicipality(actor, household, 'household');
    const [view] = await this.views([household]);
    return view;
  }

  /** One page of the municipality's households, newest first; `total` counts all that match the filters. */
  async list({ actor }: RequestContext, page: ListHouseholds): Promise<HouseholdPage> {
    authorize(actor, 'housing:read');
    const scoped = this.dataSource
      .getRepository(HouseholdEntity)
      .createQueryBuilder(listAlias)
      .where(`${listAlias}.municipality = :municipality`, { municipality: actor.municipality });
    const [households, total] = await applyHouseholdFilters(scoped, page)
      .orderBy(`${listAlias}.registeredAt`, 'DESC')
      .addOrderBy(`${listAlias}.id`, 'ASC')
      .limit(page.limit)
      .offset(page.offset)
      .getManyAndCount();
    return { total, items: await this.views(households) };
  }

  async updatePerson(ctx: RequestContext, input: UpdatePerson): Promise<PersonView> {
    authorize(ctx.actor, 'housing:write');
    const { personId, nationalId, ...fields } = input;
    return refuseDuplicateNationalId(() =>
      this.dataSource.transaction(async (manager) => {
        const { person, household, hasNationalId: hadNationalId } = await this.lockPerson(manager, ctx, personId);
        assertPersonChangeFits(person, input);
        Object.assign(person, fields);
        const identity = nationalId
          ? { nationalIdCipher: this.vault.encrypt(nationalId), nationalIdHash: this.vault.lookupHash(nationalId) }
          : {};
        if (identity.nationalIdHash) await assertNationalIdsFree(manager, [identity.nationalIdHash], person.municipality, personId);
        const changes = { ...fields, ...identity };
        if (!Object.keys(changes).length)
          throw ServiceException.validation([{ field: '(body)', rule: 'must change at least one field', code: 'no_change' }]);
        await manager.update(PersonEntity, { id: personId }, changes);
        // A number given here is now on record (the update cannot remove one).
        const hasNationalId = hadNationalId || identity.nationalIdHash !== undefined;
        await this.events.record(manager, {
          contract: personUpdated,
          aggregateId: personId,
          municipality: person.municipality,
          actor: ctx.actor,
          correlationId: ctx.correlationId,
          payload: toPersonBasics(person, household, hasNationalId),
        });
        return toPersonView(person, hasNationalId);
      }),
    );
  }

  /** The day the person was settled in the municipality; set once (a correction is a new case). */
  async settlePerson(ctx: RequestContext, input: SettlePerson): Promise<PersonView> {
    authorize(ctx.actor, 'housing:write');
    if (input.settledOn > todayInOslo()) {
      throw ServiceException.validation([{ field: 'settledOn', rule: 'must not be in the future', code: 'date_in_future' }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const { person, household, hasNationalId } = await this.lockPerson(manager, ctx, input.personId);
      if (person.settledOn)
        throw new ServiceException('conflict', `Person was already settled on ${person.settledOn}`, undefined, {
          code: 'already_settled',
          params: { date: person.settledOn },
        });
      assertSettlementAfterPermit(person, input.settledOn);
      person.settledOn = input.settledOn;
      await manager.update(PersonEntity, { id: person.id }, { settledOn: input.settledOn });
      await this.writer.recordSettled(manager, ctx, person, toPersonBasics(person, household, hasNationalId));
      return toPersonView(person, hasNationalId);
    });
  }

  /** One person; the one housing read a break-glass grant for this person may lift. */
  async getPerson({ actor }: RequestContext, personId: string): Promise<PersonView> {
    authorize(actor, 'housing:read', { personId });
    const person = await this.dataSource.getRepository(PersonEntity).findOneBy({ id: personId });
    assertOwnMunicipality(actor, person, 'person');
    return toPersonView(person, await this.hasNationalId(this.dataSource.manager, personId));
  }

  /** Finds a person by fødselsnummer / D-nummer through the keyed hash; the number is never stored in clear. */
  async findByNationalId({ actor }: RequestContext, nationalId: string): Promise<PersonView> {
    authorize(actor, 'housing:read');
    const person = await this.dataSource
      .getRepository(PersonEntity)
      // Only the active holder: a record released to another municipality is no longer found by number.
      .findOneBy({ nationalIdHash: this.vault.lookupHash(nationalId), movedOutAt: IsNull() });
    assertOwnMunicipality(actor, person, 'person');
    return toPersonView(person, true);
  }

  /**
   * The person under a row lock, with whether a national id is on record (read in the same
   * statement, so a command does not ask again after its update), and the household.
   */
  private async lockPerson(manager: EntityManager, { actor }: RequestContext, personId: string) {
    const {
      entities: [person],
      raw: [row],
    } = await manager
      .getRepository(PersonEntity)
      .createQueryBuilder('person')
      .addSelect('person.national_id_hash IS NOT NULL', 'has_national_id')
      .where('person.id = :personId', { personId })
      .setLock('pessimistic_write')
      .getRawAndEntities<{ has_national_id: boolean }>();
    assertOwnMunicipality(actor, person, 'person');
    if (person.movedOutAt) throw new ServiceException('conflict', 'Person has moved to another municipality: the record is kept read-only');
    const household = await manager.getRepository(HouseholdEntity).findOneByOrFail({ id: person.householdId });
    return { person, household, hasNationalId: row?.has_national_id === true };
  }

  private async hasNationalId(manager: EntityManager, personId: string): Promise<boolean> {
    const [row] = await manager.query<{ has: boolean }[]>('SELECT national_id_hash IS NOT NULL AS has FROM person WHERE id = $1', [
      personId,
    ]);
    return row?.has ?? false;
  }

  private view({ household, persons, withNationalId }: NewHousehold): HouseholdView {
    return toHouseholdView(
      household,
      persons.map((p) => toPersonView(p, withNationalId.has(p.id))),
    );
  }

  private async views(households: HouseholdEntity[]): Promise<HouseholdView[]> {
    if (!households.length) return [];
    const members = await this.dataSource.getRepository(PersonEntity).find({
      where: { householdId: In(households.map((h) => h.id)) },
      order: { birthDate: 'ASC' },
    });
    const identified = new Set(
      (
        await this.dataSource.query<{ id: string }[]>(
          'SELECT id FROM person WHERE household_id = ANY($1) AND national_id_hash IS NOT NULL',
          [households.map((h) => h.id)],
        )
      ).map((r) => r.id),
    );
    return households.map((h) =>
      toHouseholdView(
        h,
        members.filter((m) => m.householdId === h.id).map((m) => toPersonView(m, identified.has(m.id))),
      ),
    );
  }
}
