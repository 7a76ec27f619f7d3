import {
  type HouseholdDetail,
  type AddHouseholdMember,
  householdMemberRemoved,
  type HouseholdPage,
  householdUpdated,
  type HouseholdView,
  type ListHouseholds,
  personUpdated,
  type PersonView,
  type RegisterHousehold,
  type RemoveHouseholdMember,
  type SettlePerson,
  type UpdateHousehold,
  type UpdatePerson,
} from '@ankomst/contracts/housing';
import { randomUUID } from 'node:crypto';
import { assertOwnMunicipality, authorize, EventRecorder, type RequestContext, ServiceException } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { NationalIdVault } from '../national-id/national-id-vault';
import { assertPersonChangeFits, assertRequestBeforeTenancies, assertSettlementAfterPermit } from '../shared/case-date-rules';
import { hasPermission, todayInOslo } from '@ankomst/contracts';
import { HouseholdEntity, PersonEntity } from './household.entity';
import { withHouseholdFacts } from './household-detail';
import { householdFactsOf, householdSituation } from './household-situation';
import { applyHouseholdFilters, listAlias } from './household-list-filters';
import { HouseholdWriter } from './household-writer';
import { assertNationalIdsFree, refuseDuplicateNationalId } from './national-id-conflict';
import { type NewHousehold, newHousehold } from './new-household';
import { toHouseholdView, toPersonBasics, toPersonView } from './person-view';

/** As at registration (`registerHousehold`). */
const MAX_MEMBERS = 30;
/** A household the facts query did not answer for has neither a home nor an approved self-settlement. */
const noFacts = { housed: false, selfSettlementApproved: false };

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

  /** With its tenancies and self-settlement cases: the page shows the status those facts give. */
  async get({ actor }: RequestContext, id: string): Promise<HouseholdDetail> {
    authorize(actor, 'housing:read');
    const household = await this.dataSource.getRepository(HouseholdEntity).findOneBy({ id });
    assertOwnMunicipality(actor, household, 'household');
    const [view] = await this.views([household]);
    const detail = await withHouseholdFacts(this.dataSource.manager, view);
    // The status is for every reader of the household; where the family lives is for those who
    // work with dwellings (the intro advisor reads households, not addresses).
    return hasPermission(actor.role, 'dwellings:read') ? detail : { ...detail, home: null, tenancies: [] };
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
    const [views, facts] = await Promise.all([
      this.views(households),
      householdFactsOf(
        this.dataSource.manager,
        households.map((h) => h.id),
      ),
    ]);
    const items = views.map((view) => ({ ...view, situation: householdSituation(view.members, facts.get(view.id) ?? noFacts) }));
    return { total, items };
  }

  /**
   * Corrects the household's own facts; every member's copy elsewhere follows (person-updated
   * carries the country of origin). IMDi's request date may not move past a tenancy's start.
   */
  async updateHousehold(ctx: RequestContext, input: UpdateHousehold): Promise<HouseholdView> {
    authorize(ctx.actor, 'housing:write');
    const { id, ...fields } = input;
    const changes = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    if (!Object.keys(changes).length)
      throw ServiceException.validation([{ field: '(body)', rule: 'must change at least one field', code: 'no_change' }]);
    await this.dataSource.transaction(async (manager) => {
      const household = await manager.getRepository(HouseholdEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      assertOwnMunicipality(ctx.actor, household, 'household');
      if (fields.requestedOn) await assertRequestBeforeTenancies(manager, id, fields.requestedOn);
      Object.assign(household, changes);
      await manager.update(HouseholdEntity, { id }, changes);
      const { actor, correlationId } = ctx;
      await this.events.record(manager, {
        contract: householdUpdated,
        aggregateId: id,
        municipality: household.municipality,
        actor,
        correlationId,
        payload: {
          householdId: id,
          municipality: household.municipality,
          countryOfOrigin: household.countryOfOrigin,
          languages: household.languages,
          requestedOn: household.requestedOn,
        },
      });
      if (fields.countryOfOrigin === undefined) return;
      const [members, identified] = await Promise.all([
        manager
          .getRepository(PersonEntity)
          .find({ where: { householdId: id, movedOutAt: IsNull(), leftOn: IsNull() }, order: { id: 'ASC' } }),
        this.identified(manager, [id]),
      ]);
      for (const person of members) {
        await this.events.record(manager, {
          contract: personUpdated,
          aggregateId: person.id,
          municipality: person.municipality,
          actor,
          correlationId,
          payload: toPersonBasics(person, household, identified.has(person.id)),
        });
      }
    });
    return this.get(ctx, id);
  }

  /** A new member under the rules of registration: the minors' flag follows the household, the number must be free. */
  async addMember(ctx: RequestContext, input: AddHouseholdMember): Promise<HouseholdView> {
    authorize(ctx.actor, 'housing:write');
    const { householdId, nationalId, ...member } = input;
    await refuseDuplicateNationalId(() =>
      this.dataSource.transaction(async (manager) => {
        const household = await manager
          .getRepository(HouseholdEntity)
          .findOne({ where: { id: householdId }, lock: { mode: 'pessimistic_write' } });
        assertOwnMunicipality(ctx.actor, household, 'household');
        const size = await manager.getRepository(PersonEntity).countBy({ householdId, leftOn: IsNull() });
        if (size >= MAX_MEMBERS)
          throw new ServiceException('conflict', `A household has at most ${MAX_MEMBERS} members`, undefined, {
            code: 'household_full',
            params: { max: MAX_MEMBERS },
          });
        const hash = nationalId ? this.vault.lookupHash(nationalId) : null;
        if (hash) await assertNationalIdsFree(manager, [hash], household.municipality);
        const person = Object.assign(new PersonEntity(), {
          id: randomUUID(),
          householdId,
          municipality: household.municipality,
          ...member,
          languages: member.languages.length ? member.languages : household.languages,
          unaccompaniedMinor: household.origin === 'unaccompanied-minor',
          nationalIdCipher: nationalId ? this.vault.encrypt(nationalId) : null,
          nationalIdHash: hash,
          residencePermitDate: member.residencePermitDate ?? null,
          settledOn: null,
          movedOutAt: null,
          movedTo: null,
          leftOn: null,
          leftReason: null,
        });
        await manager.insert(PersonEntity, person);
        // Consumers keep persons by id: person-updated of a new id adds the member to their copy.
        await this.events.record(manager, {
          contract: personUpdated,
          aggregateId: person.id,
          municipality: person.municipality,
          actor: ctx.actor,
          correlationId: ctx.correlationId,
          payload: toPersonBasics(person, household, Boolean(hash)),
        });
      }),
    );
    return this.get(ctx, householdId);
  }

  /**
   * Takes a member off the household's current members. The record stays with its history
   * (settlement, tenancies, audit) and the day and reason; it is read-only from then on.
   */
  async removeMember(ctx: RequestContext, input: RemoveHouseholdMember): Promise<HouseholdView> {
    authorize(ctx.actor, 'housing:write');
    if (input.leftOn > todayInOslo()) {
      throw ServiceException.validation([{ field: 'leftOn', rule: 'must not be in the future', code: 'date_in_future' }]);
    }
    await this.dataSource.transaction(async (manager) => {
      const household = await manager
        .getRepository(HouseholdEntity)
        .findOne({ where: { id: input.householdId }, lock: { mode: 'pessimistic_write' } });
      assertOwnMunicipality(ctx.actor, household, 'household');
      const { person } = await this.lockPerson(manager, ctx, input.personId);
      if (person.householdId !== household.id) throw new ServiceException('not_found', 'No such member of this household');
      if (input.leftOn < person.birthDate) {
        throw ServiceException.validation([
          { field: 'leftOn', rule: 'must not be before the birth date', code: 'date_before', params: { other: 'birthDate' } },
        ]);
      }
      const staying = await manager
        .getRepository(PersonEntity)
        .countBy({ householdId: household.id, leftOn: IsNull(), movedOutAt: IsNull() });
      if (staying <= 1)
        throw new ServiceException('conflict', 'The last member of a household cannot be removed', undefined, { code: 'last_member' });
      await manager.update(PersonEntity, { id: person.id }, { leftOn: input.leftOn, leftReason: input.reason });
      await this.events.record(manager, {
        contract: householdMemberRemoved,
        aggregateId: household.id,
        municipality: household.municipality,
        actor: ctx.actor,
        correlationId: ctx.correlationId,
        payload: {
          householdId: household.id,
          personId: person.id,
          municipality: household.municipality,
          leftOn: input.leftOn,
          reason: input.reason,
        },
      });
    });
    return this.get(ctx, input.householdId);
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
   * The person under a row lock, with whether a national id is on record and their household,
   * all in one statement: a command does not ask again after its update, and pays one round trip
   * for its reads. Only the person's row is locked, not the household's.
   */
  private async lockPerson(manager: EntityManager, { actor }: RequestContext, personId: string) {
    const {
      entities: [found],
      raw: [row],
    } = await manager
      .getRepository(PersonEntity)
      .createQueryBuilder('person')
      .innerJoinAndMapOne('person.household', HouseholdEntity, 'household', 'household.id = person.household_id')
      .addSelect('person.national_id_hash IS NOT NULL', 'has_national_id')
      .where('person.id = :personId', { personId })
      .setLock('pessimistic_write', undefined, ['person'])
      .getRawAndEntities<{ has_national_id: boolean }>();
    const { household, ...fields } = (found ?? {}) as PersonEntity & { household?: HouseholdEntity };
    const person = found ? Object.assign(new PersonEntity(), fields) : null;
    assertOwnMunicipality(actor, person, 'person');
    if (person.movedOutAt) throw new ServiceException('conflict', 'Person has moved to another municipality: the record is kept read-only');
    if (person.leftOn)
      throw new ServiceException('conflict', `Person left the household on ${person.leftOn}: the record is kept read-only`);
    if (!household) throw new Error(`Person ${personId} has no household row`);
    return { person, household, hasNationalId: row?.has_national_id === true };
  }

  private async identified(manager: EntityManager, householdIds: string[]): Promise<Set<string>> {
    const rows = await manager.query<{ id: string }[]>(
      'SELECT id FROM person WHERE household_id = ANY($1) AND national_id_hash IS NOT NULL',
      [householdIds],
    );
    return new Set(rows.map((r) => r.id));
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
      // Current members: a removed member's record stays, outside the household's list.
      where: { householdId: In(households.map((h) => h.id)), leftOn: IsNull() },
      order: { birthDate: 'ASC' },
    });
    const identified = await this.identified(
      this.dataSource.manager,
      households.map((h) => h.id),
    );
    return households.map((h) =>
      toHouseholdView(
        h,
        members.filter((m) => m.householdId === h.id).map((m) => toPersonView(m, identified.has(m.id))),
      ),
    );
  }
}
