import {
  getChildFollowUp,
  handOverChild,
  type HandOverChild,
  listChildren,
  recordChildContact,
  type RecordChildContact,
  recordChildVaccination,
  type RecordVaccination,
  setChildRiskGroups,
  type SetRiskGroups,
} from '@ankomst/contracts/health';
import { Handles, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import { ChildrenService } from './children.service';

/** Transport only: the declared endpoints, their parsed input and who is acting, handed to the service. */
@Controller()
export class ChildrenController {
  constructor(private readonly children: ChildrenService) {}

  @Handles(listChildren)
  list(input: { show: 'open' | 'all' }, ctx: RequestContext) {
    return this.children.list(ctx, input.show);
  }

  @Handles(getChildFollowUp)
  get(input: { personId: string }, ctx: RequestContext) {
    return this.children.get(ctx, input.personId);
  }

  @Handles(recordChildVaccination)
  vaccination(input: RecordVaccination, ctx: RequestContext) {
    return this.children.recordVaccination(ctx, input);
  }

  @Handles(recordChildContact)
  contact(input: RecordChildContact, ctx: RequestContext) {
    return this.children.recordContact(ctx, input);
  }

  @Handles(setChildRiskGroups)
  riskGroups(input: SetRiskGroups, ctx: RequestContext) {
    return this.children.setRiskGroups(ctx, input);
  }

  @Handles(handOverChild)
  handOver(input: HandOverChild, ctx: RequestContext) {
    return this.children.handOver(ctx, input);
  }
}
