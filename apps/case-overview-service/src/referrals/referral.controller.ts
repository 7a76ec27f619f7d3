import { caseOverviewRpc, createReferral, decideReferral, listReferrals, type Referral, type ReferralList } from '@ankomst/contracts';
import { Context, parseInput, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ReferralService } from './referral.service';

@Controller()
export class ReferralController {
  constructor(private readonly referrals: ReferralService) {}

  @MessagePattern(caseOverviewRpc.createReferral)
  create(@Payload() body: unknown, @Context() { actor, correlationId }: RequestContext): Promise<Referral> {
    return this.referrals.create(actor, parseInput(createReferral, body), correlationId);
  }

  @MessagePattern(caseOverviewRpc.decideReferral)
  decide(@Payload() body: unknown, @Context() { actor, correlationId }: RequestContext): Promise<Referral> {
    return this.referrals.decide(actor, parseInput(decideReferral, body), correlationId);
  }

  @MessagePattern(caseOverviewRpc.listReferrals)
  list(@Payload() body: unknown, @Context() { actor }: RequestContext): Promise<ReferralList> {
    return this.referrals.list(actor, parseInput(listReferrals, body));
  }
}
