import {
  housingRpc,
  settlementProgress,
  settlementProgressQuery,
  type SettlementProgressQuery,
  timeToSettlement,
  timeToSettlementQuery,
  type TimeToSettlementQuery,
  vacancyQuery,
  type VacancyQuery,
  vacancyReport,
} from '@ankomst/contracts';
import { Controller, Get, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { RequirePermission } from '../auth/access.decorator';
import type { AuthenticatedUser } from '../auth/authenticated-request';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ZodPipe } from '../http/zod-body';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { HousingClient } from './housing-client';

/** Aggregates only (no personal data): progress, time to settlement, vacancy. */
@Controller('housing/statistics')
export class HousingStatisticsController {
  constructor(private readonly housing: HousingClient) {}

  @Get('progress')
  @RequirePermission('housing:statistics')
  @ApiDoc({ summary: 'Settled vs decided vs requested for a year, split EM / adults / children', tag: 'housing', query: settlementProgressQuery, response: settlementProgress })
  progress(@Query(new ZodPipe(settlementProgressQuery)) query: SettlementProgressQuery, @CurrentActor() user: AuthenticatedUser, @Req() req: FastifyRequest) {
    return this.housing.send(housingRpc.settlementProgress, query, user, req);
  }

  @Get('time-to-settlement')
  @RequirePermission('housing:statistics')
  @ApiDoc({ summary: 'Residence permit → settlement and request → housing against the targets', tag: 'housing', query: timeToSettlementQuery, response: timeToSettlement })
  timeToSettlement(@Query(new ZodPipe(timeToSettlementQuery)) query: TimeToSettlementQuery, @CurrentActor() user: AuthenticatedUser, @Req() req: FastifyRequest) {
    return this.housing.send(housingRpc.timeToSettlement, query, user, req);
  }

  @Get('vacancy')
  @RequirePermission('housing:statistics')
  @ApiDoc({ summary: 'Vacancy of municipal dwellings by quarter against the target', tag: 'housing', query: vacancyQuery, response: vacancyReport })
  vacancy(@Query(new ZodPipe(vacancyQuery)) query: VacancyQuery, @CurrentActor() user: AuthenticatedUser, @Req() req: FastifyRequest) {
    return this.housing.send(housingRpc.vacancy, query, user, req);
  }
}
