import {
  attentionList,
  attentionListQuery,
  type AttentionListQuery,
  caseOverviewRpc,
  casePage,
  caseView,
  searchCases,
  type SearchCases,
} from '@ankomst/contracts';
import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Audited } from '../audit/audited.decorator';
import { RequirePermission } from '../access/access.decorator';
import type { AuthenticatedUser } from '../access/authenticated-request';
import { CurrentActor } from '../access/current-actor.decorator';
import { ZodPipe } from '../http/zod-body';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { casePersons } from './audit-persons';
import { CasesClient } from './cases-client';
import { purposeOfReader } from '../audit/purpose-of-reader';

/**
 * The combined case view, search and attention list: each reader sees what their own unit
 * needs (the service filters by role and consent) and is audited with their own purpose.
 */
@Controller('cases')
export class CasesController {
  constructor(private readonly cases: CasesClient) {}

  @Get()
  @RequirePermission('case:read')
  @Audited({ action: 'case.search', purpose: purposeOfReader, persons: casePersons.casePage })
  @ApiDoc({
    summary: 'Search cases by member name, person id, settlement status and deadline state (keyset paging)',
    tag: 'cases',
    query: searchCases,
    response: casePage,
    errors: { 400: 'Invalid filter or cursor' },
  })
  search(@Query(new ZodPipe(searchCases)) query: SearchCases, @CurrentActor() user: AuthenticatedUser, @Req() req: FastifyRequest) {
    return this.cases.send(caseOverviewRpc.searchCases, query, user, req);
  }

  @Get('attention')
  @RequirePermission('case:read')
  @Audited({ action: 'case.attention-list', purpose: purposeOfReader, persons: casePersons.attention })
  @ApiDoc({
    summary: 'Deadlines due or overdue across departments, with the responsible unit',
    tag: 'cases',
    query: attentionListQuery,
    response: attentionList,
  })
  attention(
    @Query(new ZodPipe(attentionListQuery)) query: AttentionListQuery,
    @CurrentActor() user: AuthenticatedUser,
    @Req() req: FastifyRequest,
  ) {
    return this.cases.send(caseOverviewRpc.attentionList, query, user, req);
  }

  @Get('persons/:personId')
  @RequirePermission('case:read')
  @Audited({ action: 'case.read', purpose: purposeOfReader, persons: casePersons.caseView })
  @ApiDoc({
    summary: "The case of a person's household",
    tag: 'cases',
    response: caseView,
    errors: { 404: 'No such person in your municipality' },
  })
  getOfPerson(@Param('personId') personId: string, @CurrentActor() user: AuthenticatedUser, @Req() req: FastifyRequest) {
    return this.cases.send(caseOverviewRpc.getCaseOfPerson, { personId }, user, req);
  }

  @Get(':householdId')
  @RequirePermission('case:read')
  @Audited({ action: 'case.read', purpose: purposeOfReader, persons: casePersons.caseView })
  @ApiDoc({
    summary: 'A case: household, members with settlement and department sections (consent-gated), timeline',
    tag: 'cases',
    response: caseView,
    errors: { 404: 'No such household in your municipality' },
  })
  get(@Param('householdId') householdId: string, @CurrentActor() user: AuthenticatedUser, @Req() req: FastifyRequest) {
    return this.cases.send(caseOverviewRpc.getCase, { householdId }, user, req);
  }
}
