import {
  type DeclinePersonTransfer,
  type IncomingPersonTransfer,
  type OutgoingPersonTransfer,
  personTransferDeclined,
  personTransferReleased,
  personTransferRequested,
  personUpdated,
  type RequestPersonTransfer,
} from '@ankomst/contracts/housing';
import { assertOwnMunicipality, authorize, EventRecorder, type RequestContext, ServiceException } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { HouseholdEntity, PersonEntity } from '../households/household.entity';
import { HouseholdWriter } from '../households/household-writer';
import { assertNationalIdsFree, refuseDuplicateNationalId } from '../households/national-id-conflict';
import { NationalIdVault } from '../national-id/national-id-vault';
import { assertNoPendingTransfer, refusePendingTwice } from './pending-transfer-conflict';
import { PersonTransferEntity } from './person-transfer.entity';
import { toPersonBasics } from '../households/person-view';
import { receivingHousehold, releasedPerson } from './released-person';
import { toIncomingTransfer, toOutgoingTransfer } from './transfer-views';

/**
 * A person moving between municipalities. The receiver asks by national id; the holder
 * (the municipality whose active record has that number) releases or declines. Each side
 * acts only as its own municipality (the actor's), and each side sees only its own part.
 */
@Injectable()
export class PersonTransfersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventRecorder,
    private readonly vault: NationalIdVault,
    private readonly writer: HouseholdWriter,
  ) {}

  async request(ctx: RequestContext, input: RequestPersonTransfer): Promise<OutgoingPersonTransfer> {
    authorize(ctx.actor, 'housing:write');
    const municipality = ctx.actor.municipality;
    return refusePendingTwice(() =>
      this.dataSource.transaction(async (manager) => {
        // The caller's own input first: a wrong household must not be answered after a look at the number.
        if (input.joinHousehold) {
          const target = await manager.getRepository(HouseholdEntity).findOneBy({ id: input.joinHousehold.householdId });
          assertOwnMunicipality(ctx.actor, target, 'household');
        }
        const holder = await manager
          .getRepository(PersonEntity)
          .findOneBy({ nationalIdHash: this.vault.lookupHash(input.nationalId), movedOutAt: IsNull() });
        // The same answer a registration of an unknown number leads to: nothing to transfer, register instead.
        if (!holder) throw new ServiceException('not_found', 'No other municipality holds this national id: register the person instead');
        if (holder.municipality === municipality) {
          throw new ServiceException('conflict', 'This national id is already registered in your municipality');
        }
        await assertNoPendingTransfer(manager, holder.id);
        const transfer = Object.assign(new PersonTransferEntity(), {
          id: randomUUID(),
          personId: holder.id,
          fromMunicipality: holder.municipality,
          toMunicipality: municipality,
          receivingPersonId: randomUUID(),
          receivingHouseholdId: null,
          joinHouseholdId: input.joinHousehold?.householdId ?? null,
          joinRelationship: input.joinHousehold?.relationship ?? null,
          status: 'pending' as const,
          reason: input.reason,
          requestedAt: new Date(),
          requestedBy: ctx.actor.userId,
          decidedAt: null,
          decidedBy: null,
          declineReason: null,
        });
        await manager.insert(PersonTransferEntity, transfer);
        await this.events.record(manager, {
          contract: personTransferRequested,
          aggregateId: transfer.id,
          municipality: transfer.fromMunicipality,
          actor: ctx.actor,
          correlationId: ctx.correlationId,
          payload: this.parties(transfer),
        });
        return toOutgoingTransfer(transfer);
      }),
    );
  }

  /**
   * The holder lets the person go: its record is marked moved out (history, household and
   * tenancies stay here, readable), the receiver gets a new record holding the number.
   */
  async release(ctx: RequestContext, transferId: string): Promise<IncomingPersonTransfer> {
    authorize(ctx.actor, 'housing:write');
    return refuseDuplicateNationalId(() =>
      this.dataSource.transaction(async (manager) => {
        const transfer = await this.lockPendingIncoming(manager, ctx, transferId);
        const person = await manager
          .getRepository(PersonEntity)
          .createQueryBuilder('p')
          .addSelect(['p.nationalIdCipher', 'p.nationalIdHash'])
          .where('p.id = :id', { id: transfer.personId })
          .setLock('pessimistic_write')
          .getOneOrFail();
        if (person.movedOutAt) throw new ServiceException('conflict', 'Person has already moved to another municipality');
        const household = await manager.getRepository(HouseholdEntity).findOneByOrFail({ id: person.householdId });

        const movedOutAt = new Date();
        await manager.update(PersonEntity, { id: person.id }, { movedOutAt, movedTo: transfer.toMunicipality });
        const receivingHouseholdId = await this.receive(manager, ctx, transfer, person, household);

        Object.assign(transfer, {
          status: 'released',
          decidedAt: movedOutAt,
          decidedBy: ctx.actor.userId,
          receivingHouseholdId,
        });
        await manager.update(
          PersonTransferEntity,
          { id: transfer.id },
          {
            status: transfer.status,
            decidedAt: transfer.decidedAt,
            decidedBy: transfer.decidedBy,
            receivingHouseholdId: transfer.receivingHouseholdId,
          },
        );
        // On the person's aggregate: consumers see the move after everything else about this record.
        await this.events.record(manager, {
          contract: personTransferReleased,
          aggregateId: person.id,
          municipality: transfer.fromMunicipality,
          actor: ctx.actor,
          correlationId: ctx.correlationId,
          payload: {
            ...this.parties(transfer),
            householdId: person.householdId,
            receivingPersonId: transfer.receivingPersonId,
            receivingHouseholdId,
            movedOutAt: movedOutAt.toISOString(),
          },
        });
        return toIncomingTransfer(transfer, person);
      }),
    );
  }

  async decline(ctx: RequestContext, input: DeclinePersonTransfer): Promise<IncomingPersonTransfer> {
    authorize(ctx.actor, 'housing:write');
    return this.dataSource.transaction(async (manager) => {
      const transfer = await this.lockPendingIncoming(manager, ctx, input.transferId);
      Object.assign(transfer, { status: 'declined', decidedAt: new Date(), decidedBy: ctx.actor.userId, declineReason: input.reason });
      await manager.update(
        PersonTransferEntity,
        { id: transfer.id },
        {
          status: transfer.status,
          decidedAt: transfer.decidedAt,
          decidedBy: transfer.decidedBy,
          declineReason: transfer.declineReason,
        },
      );
      await this.events.record(manager, {
        contract: personTransferDeclined,
        aggregateId: transfer.id,
        municipality: transfer.fromMunicipality,
        actor: ctx.actor,
        correlationId: ctx.correlationId,
        payload: { ...this.parties(transfer), reason: input.reason },
      });
      const person = await manager.getRepository(PersonEntity).findOneByOrFail({ id: transfer.personId });
      return toIncomingTransfer(transfer, person);
    });
  }

  /** Registers the released person in the receiving municipality; answers the household they are in there. */
  private async receive(
    manager: EntityManager,
    ctx: RequestContext,
    transfer: PersonTransferEntity,
    person: PersonEntity,
    fromHousehold: HouseholdEntity,
  ): Promise<string> {
    const personId = transfer.receivingPersonId;
    if (!transfer.joinHouseholdId || !transfer.joinRelationship) {
      const household = receivingHousehold(fromHousehold, transfer.toMunicipality);
      const newcomer = releasedPerson(person, { personId, household, relationship: 'head' });
      await this.writer.write(manager, ctx, [{ household, persons: [newcomer], withNationalId: new Set([newcomer.id]) }]);
      return household.id;
    }
    const household = await manager
      .getRepository(HouseholdEntity)
      .findOne({ where: { id: transfer.joinHouseholdId }, lock: { mode: 'pessimistic_write' } });
    // Checked at request time already; this guards against the household having been removed since.
    if (!household || household.municipality !== transfer.toMunicipality) {
      throw new ServiceException('conflict', 'The household the person was to join no longer exists in the requesting municipality');
    }
    const newcomer = releasedPerson(person, { personId, household, relationship: transfer.joinRelationship });
    await assertNationalIdsFree(manager, newcomer.nationalIdHash ? [newcomer.nationalIdHash] : [], household.municipality);
    await manager.insert(PersonEntity, newcomer);
    // There is no "member added" event: person-updated carries the person's whole current state,
    // household included, and consumers upsert it, so the receiver's case view gains the member.
    await this.events.record(manager, {
      contract: personUpdated,
      aggregateId: newcomer.id,
      municipality: household.municipality,
      actor: ctx.actor,
      correlationId: ctx.correlationId,
      payload: toPersonBasics(newcomer, household, true),
    });
    return household.id;
  }

  /** Another municipality's transfer answers "not found", like any record out of scope. */
  private async lockPendingIncoming(manager: EntityManager, { actor }: RequestContext, transferId: string): Promise<PersonTransferEntity> {
    const transfer = await manager
      .getRepository(PersonTransferEntity)
      .findOne({ where: { id: transferId }, lock: { mode: 'pessimistic_write' } });
    if (!transfer || transfer.fromMunicipality !== actor.municipality) throw new ServiceException('not_found', 'No such transfer request');
    if (transfer.status !== 'pending') throw new ServiceException('conflict', `The transfer was already ${transfer.status}`);
    return transfer;
  }

  private parties(transfer: PersonTransferEntity) {
    return {
      transferId: transfer.id,
      personId: transfer.personId,
      fromMunicipality: transfer.fromMunicipality,
      toMunicipality: transfer.toMunicipality,
    };
  }
}
