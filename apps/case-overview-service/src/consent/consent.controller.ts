import { caseOverviewRpc, type ConsentList, type ConsentRecord, giveConsent, listConsents, withdrawConsent } from '@ankomst/contracts';
import { Context, parseInput, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ConsentService } from './consent.service';

@Controller()
export class ConsentController {
  constructor(private readonly consents: ConsentService) {}

  @MessagePattern(caseOverviewRpc.giveConsent)
  give(@Payload() body: unknown, @Context() { actor, correlationId }: RequestContext): Promise<ConsentRecord> {
    return this.consents.give(actor, parseInput(giveConsent, body), correlationId);
  }

  @MessagePattern(caseOverviewRpc.withdrawConsent)
  withdraw(@Payload() body: unknown, @Context() { actor, correlationId }: RequestContext): Promise<ConsentRecord> {
    return this.consents.withdraw(actor, parseInput(withdrawConsent, body), correlationId);
  }

  @MessagePattern(caseOverviewRpc.listConsents)
  list(@Payload() body: unknown, @Context() { actor }: RequestContext): Promise<ConsentList> {
    return this.consents.list(actor, parseInput(listConsents, body).personId);
  }
}
