import { getVolunteeringKpis, volunteeringReminders } from '@ankomst/contracts/volunteering';
import { Handles, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import { KpisService } from './kpis.service';

/** Transport only. */
@Controller()
export class KpisController {
  constructor(private readonly kpis: KpisService) {}

  @Handles(getVolunteeringKpis)
  get(_input: Record<string, never>, ctx: RequestContext) {
    return this.kpis.kpis(ctx);
  }

  @Handles(volunteeringReminders)
  reminders(_input: Record<string, never>, ctx: RequestContext) {
    return this.kpis.reminders(ctx);
  }
}
