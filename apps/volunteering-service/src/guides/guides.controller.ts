import {
  type DecideGuide,
  decideGuide,
  getGuide,
  type GuideStatus,
  listGuides,
  recordScreeningStep,
  type RecordScreeningStep,
  submitVolunteerSignUp,
  type VolunteerSignUp,
} from '@ankomst/contracts/volunteering';
import { Handles, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import { GuidesService } from './guides.service';

/** Transport only: the declared endpoints, their parsed input and who is acting, handed to the service. */
@Controller()
export class GuidesController {
  constructor(private readonly guides: GuidesService) {}

  @Handles(submitVolunteerSignUp)
  signUp(input: VolunteerSignUp, ctx: RequestContext) {
    return this.guides.signUp(ctx, input);
  }

  @Handles(listGuides)
  list(query: { status?: GuideStatus }, ctx: RequestContext) {
    return this.guides.list(ctx, query);
  }

  @Handles(getGuide)
  get(input: { guideId: string }, ctx: RequestContext) {
    return this.guides.get(ctx, input);
  }

  @Handles(recordScreeningStep)
  recordStep(input: RecordScreeningStep, ctx: RequestContext) {
    return this.guides.recordStep(ctx, input);
  }

  @Handles(decideGuide)
  decide(input: DecideGuide, ctx: RequestContext) {
    return this.guides.decide(ctx, input);
  }
}
