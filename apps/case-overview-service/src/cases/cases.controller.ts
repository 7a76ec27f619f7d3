import {
  type AttentionList,
  attentionListQuery,
  caseOverviewRpc,
  type CasePage,
  type CaseView,
  getCase,
  getCaseOfPerson,
  searchCases,
} from '@ankomst/contracts';
import { Context, parseInput, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CasesService } from './cases.service';

@Controller()
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @MessagePattern(caseOverviewRpc.getCase)
  getCase(@Payload() body: unknown, @Context() { actor }: RequestContext): Promise<CaseView> {
    return this.cases.getCase(actor, parseInput(getCase, body).householdId);
  }

  @MessagePattern(caseOverviewRpc.getCaseOfPerson)
  getCaseOfPerson(@Payload() body: unknown, @Context() { actor }: RequestContext): Promise<CaseView> {
    return this.cases.getCaseOfPerson(actor, parseInput(getCaseOfPerson, body).personId);
  }

  @MessagePattern(caseOverviewRpc.searchCases)
  search(@Payload() body: unknown, @Context() { actor }: RequestContext): Promise<CasePage> {
    return this.cases.search(actor, parseInput(searchCases, body));
  }

  @MessagePattern(caseOverviewRpc.attentionList)
  attentionList(@Payload() body: unknown, @Context() { actor }: RequestContext): Promise<AttentionList> {
    return this.cases.attentionList(actor, parseInput(attentionListQuery, body));
  }
}
