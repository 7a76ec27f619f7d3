import { caseOverviewApi, type CreateReferral, type DecideReferral, type ListReferrals } from '@ankomst/contracts/case-overview';
import { Handles, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import { ReferralService } from './referral.service';

/** Transport only: each handler serves one declared endpoint (input parsed, actor read). */
@Controller()
export class ReferralController {
  constructor(private readonly referrals: ReferralService) {}

  /** Never an override: its input has no overrideReason (the service then needs the consent). */
  @Handles(caseOverviewApi.createReferral)
  create(input: CreateReferral, { actor, correlationId }: RequestContext) {
    return this.referrals.create(actor, input, correlationId);
  }

  /** The override's own subject: the service still checks referral:override when the consent is missing. */
  @Handles(caseOverviewApi.createReferralWithOverride)
  createWithOverride(input: CreateReferral, { actor, correlationId }: RequestContext) {
    return this.referrals.create(actor, input, correlationId);
  }

  @Handles(caseOverviewApi.decideReferral)
  decide(input: DecideReferral, { actor, correlationId }: RequestContext) {
    return this.referrals.decide(actor, input, correlationId);
  }

  @Handles(caseOverviewApi.listReferrals)
  list(input: ListReferrals, { actor }: RequestContext) {
    return this.referrals.list(actor, input);
  }
}
