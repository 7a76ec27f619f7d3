import {
  type RecordSettlementDecision,
  type RecordSettlementRequest,
  type SettlementDecision,
  settlementDecisionRecorded,
  type SettlementProgress,
  type SettlementRequest,
  settlementRequestRecorded,
} from '@ankomst/contracts/housing';
import { authorize, EventRecorder, type RequestContext } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SettlementDecisionEntity, SettlementRequestEntity } from './settlement.entity';
import { settlementProgress, splitSettled } from './settlement-progress';

/** IMDi's requests, the council's decisions, and how far settlement has come against them. */
@Injectable()
export class SettlementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventRecorder,
  ) {}

  async recordRequest({ actor, correlationId }: RequestContext, input: RecordSettlementRequest): Promise<SettlementRequest> {
    authorize(actor, 'housing:write');
    const request = { id: randomUUID(), municipality: actor.municipality, ...input };
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(SettlementRequestEntity, request);
      await this.events.record(manager, {
        contract: settlementRequestRecorded,
        aggregateId: request.id,
        municipality: request.municipality,
        actor,
        correlationId,
        payload: { requestId: request.id, ...input, municipality: request.municipality },
      });
    });
    return request;
  }

  /** A new decision for the same year replaces the previous one (councils revise them). */
  async recordDecision({ actor, correlationId }: RequestContext, input: RecordSettlementDecision): Promise<SettlementDecision> {
    authorize(actor, 'housing:write');
    const decision = { municipality: actor.municipality, ...input };
    await this.dataSource.transaction(async (manager) => {
      await manager.upsert(SettlementDecisionEntity, decision, ['municipality', 'year']);
      await this.events.record(manager, {
        contract: settlementDecisionRecorded,
        aggregateId: `settlement-decision:${decision.municipality}:${decision.year}`,
        municipality: decision.municipality,
        actor,
        correlationId,
        payload: decision,
      });
    });
    return decision;
  }

  async progress({ actor }: RequestContext, year: number): Promise<SettlementProgress> {
    authorize(actor, 'housing:statistics');
    const municipality = actor.municipality;
    const [requests, decision, settled] = await Promise.all([
      this.dataSource.getRepository(SettlementRequestEntity).findBy({ municipality, year }),
      this.dataSource.getRepository(SettlementDecisionEntity).findOneBy({ municipality, year }),
      this.dataSource.query<{ unaccompaniedMinor: boolean; birthDate: string; settledOn: string }[]>(
        `SELECT unaccompanied_minor AS "unaccompaniedMinor", birth_date::text AS "birthDate", settled_on::text AS "settledOn"
           FROM person WHERE municipality = $1 AND settled_on >= make_date($2, 1, 1) AND settled_on < make_date($2 + 1, 1, 1)`,
        [municipality, year],
      ),
    ]);
    return settlementProgress({ municipality, year, requests, decision, settled: splitSettled(settled) });
  }
}
