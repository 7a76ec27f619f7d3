import {
  listHealthAssessments,
  type ListHealthAssessmentsQuery,
  registerHealthAssessment,
  type RegisterHealthAssessment,
} from '@ankomst/contracts/health';
import { Handles, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import { HealthAssessmentsService } from './health-assessments.service';

/** Transport only: the declared endpoints, their parsed input and who is acting, handed to the service. */
@Controller()
export class HealthAssessmentsController {
  constructor(private readonly healthAssessments: HealthAssessmentsService) {}

  @Handles(listHealthAssessments)
  list(query: ListHealthAssessmentsQuery, ctx: RequestContext) {
    return this.healthAssessments.list(ctx, query);
  }

  @Handles(registerHealthAssessment)
  register(input: RegisterHealthAssessment, ctx: RequestContext) {
    return this.healthAssessments.register(ctx, input);
  }
}
