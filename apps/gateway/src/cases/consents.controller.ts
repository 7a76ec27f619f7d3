import { caseOverviewRpc, consentList, consentRecord, giveConsentBody, withdrawConsentBody } from '@ankomst/contracts';
import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Audited } from '../audit/audited.decorator';
import { RequirePermission } from '../access/access.decorator';
import type { AuthenticatedUser } from '../access/authenticated-request';
import { CurrentActor } from '../access/current-actor.decorator';
import { ZodPipe } from '../http/zod-body';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { casePersons } from './audit-persons';
import { purposeOfReader } from '../audit/purpose-of-reader';
import { CasesClient } from './cases-client';

/** The consent registry of one person. */
@Controller('cases/persons/:personId/consents')
export class ConsentsController {
  constructor(private readonly cases: CasesClient) {}

  @Get()
  @RequirePermission('consent:read')
  @Audited({ action: 'consent.list', purpose: purposeOfReader, persons: casePersons.consentList })
  @ApiDoc({
    summary: "A person's consents, given and withdrawn, newest first",
    tag: 'cases',
    response: consentList,
    errors: { 404: 'No such person in your municipality' },
  })
  list(@Param('personId') personId: string, @CurrentActor() user: AuthenticatedUser, @Req() req: FastifyRequest) {
    return this.cases.send(caseOverviewRpc.listConsents, { personId }, user, req);
  }

  @Post()
  @RequirePermission('consent:write')
  @Audited({ action: 'consent.give', purpose: purposeOfReader, persons: casePersons.consent })
  @ApiDoc({
    summary: 'Record a consent (scope category→recipient); for a person under 18 a guardian consents, recorded on the child',
    tag: 'cases',
    body: giveConsentBody,
    response: consentRecord,
    errors: { 400: 'Invalid input, or the wrong grantor for the age', 404: 'No such person in your municipality' },
  })
  give(
    @Param('personId') personId: string,
    @Body(new ZodPipe(giveConsentBody)) body: object,
    @CurrentActor() user: AuthenticatedUser,
    @Req() req: FastifyRequest,
  ) {
    return this.cases.send(caseOverviewRpc.giveConsent, { ...body, personId }, user, req);
  }

  @Post('withdraw')
  @HttpCode(200)
  @RequirePermission('consent:write')
  @Audited({ action: 'consent.withdraw', purpose: purposeOfReader, persons: casePersons.consent })
  @ApiDoc({
    summary: 'Withdraw a consent: takes effect on the next read of every view',
    tag: 'cases',
    body: withdrawConsentBody,
    response: consentRecord,
    errors: { 404: 'No consent in force for this scope' },
  })
  withdraw(
    @Param('personId') personId: string,
    @Body(new ZodPipe(withdrawConsentBody)) body: object,
    @CurrentActor() user: AuthenticatedUser,
    @Req() req: FastifyRequest,
  ) {
    return this.cases.send(caseOverviewRpc.withdrawConsent, { ...body, personId }, user, req);
  }
}
