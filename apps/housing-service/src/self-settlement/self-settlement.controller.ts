import { decideSelfSettlement, housingById, housingRpc, openSelfSettlement, updateSelfSettlementChecklist } from '@ankomst/contracts';
import { Context, parseInput, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { SelfSettlementService } from './self-settlement.service';

/** Transport only: validate the message, hand it to the service with who is acting. */
@Controller()
export class SelfSettlementController {
  constructor(private readonly selfSettlement: SelfSettlementService) {}

  @MessagePattern(housingRpc.openSelfSettlement)
  open(@Payload() body: unknown, @Context() ctx: RequestContext) {
    return this.selfSettlement.open(ctx, parseInput(openSelfSettlement, body));
  }

  @MessagePattern(housingRpc.updateSelfSettlementChecklist)
  updateChecklist(@Payload() body: unknown, @Context() ctx: RequestContext) {
    return this.selfSettlement.updateChecklist(ctx, parseInput(updateSelfSettlementChecklist, body));
  }

  @MessagePattern(housingRpc.decideSelfSettlement)
  decide(@Payload() body: unknown, @Context() ctx: RequestContext) {
    return this.selfSettlement.decide(ctx, parseInput(decideSelfSettlement, body));
  }

  @MessagePattern(housingRpc.getSelfSettlement)
  get(@Payload() body: unknown, @Context() ctx: RequestContext) {
    return this.selfSettlement.get(ctx, parseInput(housingById, body).id);
  }
}
