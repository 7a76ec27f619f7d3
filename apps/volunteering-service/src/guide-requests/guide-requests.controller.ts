import {
  type GuideRequestByRefugee,
  listGuideRequests,
  type ListGuideRequestsQuery,
  registerGuideRequest,
  type RegisterGuideRequest,
  submitGuideRequest,
} from '@ankomst/contracts/volunteering';
import { Handles, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import { GuideRequestsService } from './guide-requests.service';

/** Transport only: the declared endpoints, their parsed input and who is acting, handed to the service. */
@Controller()
export class GuideRequestsController {
  constructor(private readonly guideRequests: GuideRequestsService) {}

  @Handles(listGuideRequests)
  list(query: ListGuideRequestsQuery, ctx: RequestContext) {
    return this.guideRequests.list(ctx, query);
  }

  @Handles(registerGuideRequest)
  register(input: RegisterGuideRequest, ctx: RequestContext) {
    return this.guideRequests.register(ctx, input);
  }

  @Handles(submitGuideRequest)
  submitOwn(input: GuideRequestByRefugee, ctx: RequestContext) {
    return this.guideRequests.submitOwn(ctx, input);
  }
}
