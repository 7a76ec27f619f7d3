import {
  type CorrectSettlementRequest,
  type CountyStatisticsQuery,
  housingApi,
  type RecordSettlementDecision,
  type RecordSettlementRequest,
  type SettlementFiguresQuery,
  type SettlementPlanningQuery,
  type SettlementProgressQuery,
} from '@ankomst/contracts/housing';
import { Handles, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import { CountyStatisticsService } from './county-statistics.service';
import { PlanningService } from './planning.service';
import { SettlementService } from './settlement.service';

/** Transport only: each handler serves one declared endpoint (input parsed, actor read). */
@Controller()
export class SettlementController {
  constructor(
    private readonly settlement: SettlementService,
    private readonly planning: PlanningService,
    private readonly counties: CountyStatisticsService,
  ) {}

  @Handles(housingApi.recordSettlementRequest)
  recordRequest(input: RecordSettlementRequest, ctx: RequestContext) {
    return this.settlement.recordRequest(ctx, input);
  }

  @Handles(housingApi.correctSettlementRequest)
  correctRequest(input: CorrectSettlementRequest, ctx: RequestContext) {
    return this.settlement.correctRequest(ctx, input);
  }

  @Handles(housingApi.settlementFigures)
  figures({ year }: SettlementFiguresQuery, ctx: RequestContext) {
    return this.settlement.figures(ctx, year);
  }

  @Handles(housingApi.recordSettlementDecision)
  recordDecision(input: RecordSettlementDecision, ctx: RequestContext) {
    return this.settlement.recordDecision(ctx, input);
  }

  @Handles(housingApi.settlementProgress)
  progress({ year }: SettlementProgressQuery, ctx: RequestContext) {
    return this.settlement.progress(ctx, year);
  }

  @Handles(housingApi.settlementPlanning)
  plan({ year }: SettlementPlanningQuery, ctx: RequestContext) {
    return this.planning.plan(ctx, year);
  }

  @Handles(housingApi.countyStatistics)
  county({ year }: CountyStatisticsQuery, ctx: RequestContext) {
    return this.counties.county(ctx, year);
  }
}
