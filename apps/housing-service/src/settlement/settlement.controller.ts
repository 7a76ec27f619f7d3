import {
  housingRpc,
  recordSettlementDecision,
  recordSettlementRequest,
  settlementProgressQuery,
} from '@ankomst/contracts';
import { Context, parseInput, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { SettlementService } from './settlement.service';

/** Transport only: validate the message, hand it to the service with who is acting. */
@Controller()
export class SettlementController {
  constructor(private readonly settlement: SettlementService) {}

  @MessagePattern(housingRpc.recordSettlementRequest)
  recordRequest(@Payload() body: unknown, @Context() ctx: RequestContext) {
    return this.settlement.recordRequest(ctx, parseInput(recordSettlementRequest, body));
  }

  @MessagePattern(housingRpc.recordSettlementDecision)
  recordDecision(@Payload() body: unknown, @Context() ctx: RequestContext) {
    return this.settlement.recordDecision(ctx, parseInput(recordSettlementDecision, body));
  }

  @MessagePattern(housingRpc.settlementProgress)
  progress(@Payload() body: unknown, @Context() ctx: RequestContext) {
    return this.settlement.progress(ctx, parseInput(settlementProgressQuery, body).year);
  }
}
