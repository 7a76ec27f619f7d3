import { caseOverviewApi, type GiveConsent, type ListConsents, type WithdrawConsent } from '@ankomst/contracts/case-overview';
import { Handles, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import { ConsentService } from './consent.service';

/** Transport only: each handler serves one declared endpoint (input parsed, actor read). */
@Controller()
export class ConsentController {
  constructor(private readonly consents: ConsentService) {}

  @Handles(caseOverviewApi.giveConsent)
  give(input: GiveConsent, { actor, correlationId }: RequestContext) {
    return this.consents.give(actor, input, correlationId);
  }

  @Handles(caseOverviewApi.withdrawConsent)
  withdraw(input: WithdrawConsent, { actor, correlationId }: RequestContext) {
    return this.consents.withdraw(actor, input, correlationId);
  }

  @Handles(caseOverviewApi.listConsents)
  list({ personId }: ListConsents, { actor }: RequestContext) {
    return this.consents.list(actor, personId);
  }
}
