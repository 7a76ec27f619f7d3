import {
  type AttentionListQuery,
  caseOverviewApi,
  type GetCase,
  type GetCaseOfPerson,
  type SearchCases,
} from '@ankomst/contracts/case-overview';
import { Handles, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import { CasesService } from './cases.service';

/** Transport only: each handler serves one declared endpoint (input parsed, actor read). */
@Controller()
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Handles(caseOverviewApi.getCase)
  getCase({ householdId }: GetCase, { actor }: RequestContext) {
    return this.cases.getCase(actor, householdId);
  }

  @Handles(caseOverviewApi.getCaseOfPerson)
  getCaseOfPerson({ personId }: GetCaseOfPerson, { actor }: RequestContext) {
    return this.cases.getCaseOfPerson(actor, personId);
  }

  @Handles(caseOverviewApi.searchCases)
  search(input: SearchCases, { actor }: RequestContext) {
    return this.cases.search(actor, input);
  }

  @Handles(caseOverviewApi.attentionList)
  attentionList(input: AttentionListQuery, { actor }: RequestContext) {
    return this.cases.attentionList(actor, input);
  }
}
