import {
  type DecideSelfSettlement,
  type OpenSelfSettlement,
  type SelfSettlementCase,
  selfSettlementChecklistUpdated,
  type SelfSettlementChecks,
  selfSettlementDecided,
  selfSettlementOpened,
  type UpdateSelfSettlementChecklist,
} from '@ankomst/contracts/housing';
import { assertOwnMunicipality, authorize, EventRecorder, type RequestContext, ServiceException } from '@ankomst/platform-messaging';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { HOUSING_CONFIG, type HousingConfig } from '../config';
import { HouseholdEntity, PersonEntity } from '../households/household.entity';
import { evaluateChecklist } from './checklist';
import { SelfSettlementCaseEntity } from './self-settlement-case.entity';

const checkKeys: (keyof SelfSettlementChecks)[] = [
  'permitConfirmedWithImdi',
  'notAssignedElsewhere',
  'depositAndFirstRentAvailable',
  'leaseLegallyApproved',
  'standardInspected',
];

/** Agreed self-settlement: the refugee found a private home; approve only when every check passes. */
@Injectable()
export class SelfSettlementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventRecorder,
    @Inject(HOUSING_CONFIG) private readonly config: HousingConfig,
  ) {}

  async open(ctx: RequestContext, input: OpenSelfSettlement): Promise<SelfSettlementCase> {
    authorize(ctx.actor, 'housing:write');
    return this.dataSource.transaction(async (manager) => {
      const household = await manager.getRepository(HouseholdEntity).findOneBy({ id: input.householdId });
      assertOwnMunicipality(ctx.actor, household, 'household');
      const entity = Object.assign(new SelfSettlementCaseEntity(), {
        id: randomUUID(),
        municipality: household.municipality,
        ...input,
        ...Object.fromEntries(checkKeys.map((k) => [k, false])),
        status: 'open',
        rejectionReason: null,
        decidedAt: null,
      });
      await manager.insert(SelfSettlementCaseEntity, entity).catch((error: { driverError?: { code?: string } }) => {
        if (error.driverError?.code === '23505')
          throw new ServiceException('conflict', 'Household already has an open self-settlement case', undefined, {
            code: 'self_settlement_open',
          });
        throw error;
      });
      await this.record(manager, ctx, entity, selfSettlementOpened, { monthlyRentNok: entity.monthlyRentNok });
      return this.view(manager, entity);
    });
  }

  async updateChecklist(ctx: RequestContext, input: UpdateSelfSettlementChecklist): Promise<SelfSettlementCase> {
    authorize(ctx.actor, 'housing:write');
    const { id, ...changes } = input;
    if (!Object.keys(changes).length)
      throw ServiceException.validation([{ field: '(body)', rule: 'must set at least one check', code: 'no_change' }]);
    return this.dataSource.transaction(async (manager) => {
      const entity = await this.lockOpen(manager, ctx, id);
      Object.assign(entity, changes);
      await manager.update(SelfSettlementCaseEntity, { id: entity.id }, changes);
      await this.record(manager, ctx, entity, selfSettlementChecklistUpdated, { checks: changes });
      return this.view(manager, entity);
    });
  }

  /** Approval needs every check, the rent limit included; a rejection must say why. */
  async decide(ctx: RequestContext, input: DecideSelfSettlement): Promise<SelfSettlementCase> {
    authorize(ctx.actor, 'housing:write');
    return this.dataSource.transaction(async (manager) => {
      const entity = await this.lockOpen(manager, ctx, input.id);
      const current = await this.view(manager, entity);
      if (input.outcome === 'approved' && !current.readyForApproval) {
        const failing = current.checklist.filter((i) => !i.passed).map((i) => i.check);
        throw new ServiceException('conflict', `Cannot approve: not passed: ${failing.join('; ')}`, undefined, {
          code: 'checklist_not_passed',
        });
      }
      const reason = input.outcome === 'rejected' ? input.reason : null;
      Object.assign(entity, { status: input.outcome, rejectionReason: reason, decidedAt: new Date() });
      await manager.update(
        SelfSettlementCaseEntity,
        { id: entity.id },
        { status: entity.status, rejectionReason: reason, decidedAt: entity.decidedAt },
      );
      await this.record(manager, ctx, entity, selfSettlementDecided, { outcome: input.outcome, reason });
      return { ...current, status: entity.status, rejectionReason: reason };
    });
  }

  async get(ctx: RequestContext, id: string): Promise<SelfSettlementCase> {
    authorize(ctx.actor, 'housing:read');
    const entity = await this.dataSource.getRepository(SelfSettlementCaseEntity).findOneBy({ id });
    assertOwnMunicipality(ctx.actor, entity, 'self-settlement case');
    return this.view(this.dataSource.manager, entity);
  }

  private async lockOpen(manager: EntityManager, { actor }: RequestContext, id: string): Promise<SelfSettlementCaseEntity> {
    const entity = await manager.getRepository(SelfSettlementCaseEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    assertOwnMunicipality(actor, entity, 'self-settlement case');
    if (entity.status !== 'open')
      throw new ServiceException('conflict', `Case is already ${entity.status}`, undefined, {
        code: 'case_decided',
        params: { status: entity.status },
      });
    return entity;
  }

  private async view(manager: EntityManager, entity: SelfSettlementCaseEntity): Promise<SelfSettlementCase> {
    const householdSize = await manager.getRepository(PersonEntity).countBy({ householdId: entity.householdId });
    const checks = Object.fromEntries(checkKeys.map((k) => [k, entity[k]])) as SelfSettlementChecks;
    const evaluation = evaluateChecklist(checks, entity.monthlyRentNok, householdSize, {
      singlePersonNok: this.config.RENT_LIMIT_SINGLE_NOK,
      perExtraPersonNok: this.config.RENT_LIMIT_PER_EXTRA_PERSON_NOK,
    });
    return {
      id: entity.id,
      municipality: entity.municipality,
      householdId: entity.householdId,
      householdSize,
      address: entity.address,
      monthlyRentNok: entity.monthlyRentNok,
      rentLimitNok: evaluation.limitNok,
      checks,
      checklist: evaluation.items,
      readyForApproval: evaluation.allPassed,
      status: entity.status,
      rejectionReason: entity.rejectionReason,
    };
  }

  private record<P extends object>(
    manager: EntityManager,
    { actor, correlationId }: RequestContext,
    entity: SelfSettlementCaseEntity,
    contract: typeof selfSettlementOpened | typeof selfSettlementChecklistUpdated | typeof selfSettlementDecided,
    extra: P,
  ) {
    return this.events.record(manager, {
      contract,
      aggregateId: entity.id,
      municipality: entity.municipality,
      actor,
      correlationId,
      payload: { caseId: entity.id, householdId: entity.householdId, municipality: entity.municipality, ...extra } as never,
    });
  }
}
