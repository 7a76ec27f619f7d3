import { listPlanVersions, savePlan } from '@ankomst/contracts/introduction';
import { Handles, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import type { z } from 'zod';
import { PlansService } from './plans.service';

/** Transport only: the declared endpoints, their parsed input and who is acting, handed to the service. */
@Controller()
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Handles(savePlan)
  save(input: z.output<(typeof savePlan)['input']>, ctx: RequestContext) {
    return this.plans.save(ctx, input);
  }

  @Handles(listPlanVersions)
  list(input: z.output<(typeof listPlanVersions)['input']>, ctx: RequestContext) {
    return this.plans.list(ctx, input.participantId);
  }
}
