import {
  housingRpc,
  recordSettlementDecision,
  type RecordSettlementDecision,
  recordSettlementRequest,
  type RecordSettlementRequest,
  settlementDecision,
  settlementRequest,
} from '@ankomst/contracts';
import { Body, Controller, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { RequirePermission } from '../auth/access.decorator';
import type { AuthenticatedUser } from '../auth/authenticated-request';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ZodPipe } from '../http/zod-body';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { HousingClient } from './housing-client';

/** IMDi's requests (anmodning) and the council's decisions (vedtak). */
@Controller('housing')
export class SettlementController {
  constructor(private readonly housing: HousingClient) {}

  @Post('settlement-requests')
  @RequirePermission('housing:write')
  @ApiDoc({ summary: "Record IMDi's settlement request or an additional request", tag: 'housing', body: recordSettlementRequest, response: settlementRequest })
  recordRequest(@Body(new ZodPipe(recordSettlementRequest)) body: RecordSettlementRequest, @CurrentActor() user: AuthenticatedUser, @Req() req: FastifyRequest) {
    return this.housing.send(housingRpc.recordSettlementRequest, body, user, req);
  }

  @Post('settlement-decisions')
  @RequirePermission('housing:write')
  @ApiDoc({ summary: "Record the council's settlement decision for a year (replaces an earlier one)", tag: 'housing', body: recordSettlementDecision, response: settlementDecision })
  recordDecision(@Body(new ZodPipe(recordSettlementDecision)) body: RecordSettlementDecision, @CurrentActor() user: AuthenticatedUser, @Req() req: FastifyRequest) {
    return this.housing.send(housingRpc.recordSettlementDecision, body, user, req);
  }
}
