import { getNirReport, getOutcomes } from '@ankomst/contracts/introduction';
import { Handles, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import type { z } from 'zod';
import { ReportsService } from './reports.service';

/** Transport only: the declared endpoints, their parsed input and who is acting, handed to the service. */
@Controller()
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Handles(getOutcomes)
  outcomes(input: z.output<(typeof getOutcomes)['input']>, ctx: RequestContext) {
    return this.reports.outcomes(ctx, input.year);
  }

  @Handles(getNirReport)
  nir(input: z.output<(typeof getNirReport)['input']>, ctx: RequestContext) {
    return this.reports.nir(ctx, input.year);
  }
}
