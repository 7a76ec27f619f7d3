import {
  listProgrammeCandidates,
  type ListProgrammeCandidatesQuery,
  registerProgrammeCandidate,
  type RegisterProgrammeCandidate,
} from '@ankomst/contracts';
import { Handles, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import { ProgrammeCandidatesService } from './programme-candidates.service';

/** Transport only: the declared endpoints, their parsed input and who is acting, handed to the service. */
@Controller()
export class ProgrammeCandidatesController {
  constructor(private readonly programmeCandidates: ProgrammeCandidatesService) {}

  @Handles(listProgrammeCandidates)
  list(query: ListProgrammeCandidatesQuery, ctx: RequestContext) {
    return this.programmeCandidates.list(ctx, query);
  }

  @Handles(registerProgrammeCandidate)
  register(input: RegisterProgrammeCandidate, ctx: RequestContext) {
    return this.programmeCandidates.register(ctx, input);
  }
}
