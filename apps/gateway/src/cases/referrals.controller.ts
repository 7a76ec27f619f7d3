import {
  caseOverviewRpc,
  createReferralBody,
  createReferralOverrideBody,
  decideReferralBody,
  listReferrals,
  type ListReferrals,
  referral,
  referralList,
} from '@ankomst/contracts';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
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

/** Referrals between departments, visible in the sender's and the receiver's lists. */
@Controller('cases/referrals')
export class ReferralsController {
  constructor(private readonly cases: CasesClient) {}

  @Get()
  @RequirePermission('referral:read')
  @Audited({ action: 'referral.list', purpose: purposeOfReader, persons: casePersons.referralList })
  @ApiDoc({
    summary: "A department's incoming and outgoing referrals (default: the caller's department)",
    tag: 'cases',
    query: listReferrals,
    response: referralList,
  })
  list(@Query(new ZodPipe(listReferrals)) query: ListReferrals, @CurrentActor() user: AuthenticatedUser, @Req() req: FastifyRequest) {
    return this.cases.send(caseOverviewRpc.listReferrals, query, user, req);
  }

  @Post()
  @RequirePermission('referral:write')
  @Audited({ action: 'referral.create', purpose: purposeOfReader, persons: casePersons.referral })
  @ApiDoc({
    summary: 'Refer a person to another department; refused without the consent it needs',
    tag: 'cases',
    body: createReferralBody,
    response: referral,
    errors: { 403: 'The consent the referral needs is missing (the message names the scope)', 404: 'No such person in your municipality' },
  })
  create(@Body(new ZodPipe(createReferralBody)) body: object, @CurrentActor() user: AuthenticatedUser, @Req() req: FastifyRequest) {
    return this.cases.send(caseOverviewRpc.createReferral, body, user, req);
  }

  // A separate route so that the override is its own permission and its own audit action.
  @Post('override')
  @RequirePermission('referral:write', 'referral:override')
  @Audited({ action: 'referral.create-consent-override', purpose: purposeOfReader, persons: casePersons.referral })
  @ApiDoc({
    summary: 'Refer a person without the consent the referral needs, stating why (audited as an override)',
    tag: 'cases',
    body: createReferralOverrideBody,
    response: referral,
    errors: { 404: 'No such person in your municipality' },
  })
  createWithOverride(
    @Body(new ZodPipe(createReferralOverrideBody)) body: object,
    @CurrentActor() user: AuthenticatedUser,
    @Req() req: FastifyRequest,
  ) {
    return this.cases.send(caseOverviewRpc.createReferral, body, user, req);
  }

  @Post(':referralId/decision')
  @HttpCode(200)
  @RequirePermission('referral:write')
  @Audited({ action: 'referral.decide', purpose: purposeOfReader, persons: casePersons.referral })
  @ApiDoc({
    summary: 'Accept, reject or complete a referral (the receiving department)',
    tag: 'cases',
    body: decideReferralBody,
    response: referral,
    errors: {
      403: 'Not the receiving department',
      404: 'No such referral in your municipality',
      409: 'Not possible in the current status',
    },
  })
  decide(
    @Param('referralId') referralId: string,
    @Body(new ZodPipe(decideReferralBody)) body: object,
    @CurrentActor() user: AuthenticatedUser,
    @Req() req: FastifyRequest,
  ) {
    return this.cases.send(caseOverviewRpc.decideReferral, { ...body, referralId }, user, req);
  }
}
