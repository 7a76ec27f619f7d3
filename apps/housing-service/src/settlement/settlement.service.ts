import {
  type CorrectSettlementRequest,
  type RecordSettlementDecision,
  type RecordSettlementRequest,
  type SettlementDecision,
  settlementDecisionRecorded,
  type SettlementFigures,
  type SettlementProgress,
  type SettlementRequest,
  settlementRequestCorrected,
  settlementRequestRecorded,
} from '@ankomst/contracts/housing';
import { assertOwnMunicipality, authorize, EventRecorder, type RequestContext, ServiceException } from '@ankomst/platform-messaging';
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
    const request = { id: randomUUID(), municipality: actor.municipality, ...input, correctedAt: null };
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
    return toRequestView(request);
  }

  /**
   * Replaces a recorded request's figures (the year stays: a request for another year is a
   * new request). The event keeps the previous figures; the gateway's audit log names who.
   */
  async correctRequest({ actor, correlationId }: RequestContext, input: CorrectSettlementRequest): Promise<SettlementRequest> {
    authorize(actor, 'housing:write');
    const { id, ...figures } = input;
    return this.dataSource.transaction(async (manager) => {
      const request = await manager.getRepository(SettlementRequestEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      assertOwnMunicipality(actor, request, 'settlement request');
      const previous = {
        kind: request.kind,
        total: request.total,
        unaccompaniedMinors: request.unaccompaniedMinors,
        receivedOn: request.receivedOn,
      };
      if (Object.entries(figures).every(([key, value]) => previous[key as keyof typeof previous] === value))
        throw ServiceException.validation([{ field: '(body)', rule: 'must change at least one field', code: 'no_change' }]);
      Object.assign(request, figures, { correctedAt: new Date() });
      await manager.update(SettlementRequestEntity, { id }, { ...figures, correctedAt: request.correctedAt });
      await this.events.record(manager, {
        contract: settlementRequestCorrected,
        aggregateId: id,
        municipality: request.municipality,
        actor,
        correlationId,
        payload: { requestId: id, municipality: request.municipality, year: request.year, ...figures, previous },
      });
      return toRequestView(request);
    });
  }

  /** The year's requests one by one and the decision: what the settlement page corrects. */
  async figures({ actor }: RequestContext, year: number): Promise<SettlementFigures> {
    authorize(actor, 'housing:statistics');
    const municipality = actor.municipality;
    const [requests, decision] = await Promise.all([
      this.dataSource
        .getRepository(SettlementRequestEntity)
        .find({ where: { municipality, year }, order: { receivedOn: 'ASC', id: 'ASC' } }),
      this.dataSource.getRepository(SettlementDecisionEntity).findOneBy({ municipality, year }),
    ]);
    return {
      year,
      requests: requests.map(toRequestView),
      decision: decision && {
        municipality: decision.municipality,
        year: decision.year,
        total: decision.total,
        unaccompaniedMinors: decision.unaccompaniedMinors,
        decidedOn: decision.decidedOn,
      },
    };
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

function toRequestView(request: Omit<SettlementRequestEntity, 'correctedAt'> & { correctedAt: Date | null }): SettlementRequest {
  return {
    id: request.id,
    municipality: request.municipality,
    year: request.year,
    kind: request.kind,
    total: request.total,
    unaccompaniedMinors: request.unaccompaniedMinors,
    receivedOn: request.receivedOn,
    correctedAt: request.correctedAt?.toISOString() ?? null,
  };
}
