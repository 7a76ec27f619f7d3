import {
  addCoordinationAction,
  type AddAction,
  addCoordinationMember,
  type AddCoordinationMember,
  closeCoordinationCase,
  type CloseCoordinationCase,
  completeCoordinationAction,
  type CompleteAction,
  getCoordinationCase,
  listCoordinationCases,
  openCoordinationCase,
  type OpenCoordinationCase,
  recordCoordinationMeeting,
  recordCoordinationMinutes,
  type RecordMeeting,
  type RecordMinutes,
  updateCoordinationCase,
  type UpdateCoordinationCase,
} from '@ankomst/contracts/health';
import { Handles, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import { CoordinationService } from './coordination.service';

/** Transport only: the declared endpoints, their parsed input and who is acting, handed to the service. */
@Controller()
export class CoordinationController {
  constructor(private readonly cases: CoordinationService) {}

  @Handles(listCoordinationCases)
  list(input: { show: 'open' | 'all' }, ctx: RequestContext) {
    return this.cases.list(ctx, input.show);
  }

  @Handles(openCoordinationCase)
  open(input: OpenCoordinationCase, ctx: RequestContext) {
    return this.cases.open(ctx, input);
  }

  @Handles(getCoordinationCase)
  get(input: { caseId: string }, ctx: RequestContext) {
    return this.cases.get(ctx, input.caseId);
  }

  @Handles(updateCoordinationCase)
  update(input: UpdateCoordinationCase, ctx: RequestContext) {
    return this.cases.update(ctx, input);
  }

  @Handles(addCoordinationMember)
  addMember(input: AddCoordinationMember, ctx: RequestContext) {
    return this.cases.addMember(ctx, input);
  }

  @Handles(recordCoordinationMeeting)
  meeting(input: RecordMeeting, ctx: RequestContext) {
    return this.cases.recordMeeting(ctx, input);
  }

  @Handles(recordCoordinationMinutes)
  minutes(input: RecordMinutes, ctx: RequestContext) {
    return this.cases.recordMinutes(ctx, input);
  }

  @Handles(addCoordinationAction)
  action(input: AddAction, ctx: RequestContext) {
    return this.cases.addAction(ctx, input);
  }

  @Handles(completeCoordinationAction)
  complete(input: CompleteAction, ctx: RequestContext) {
    return this.cases.completeAction(ctx, input);
  }

  @Handles(closeCoordinationCase)
  close(input: CloseCoordinationCase, ctx: RequestContext) {
    return this.cases.close(ctx, input);
  }
}
