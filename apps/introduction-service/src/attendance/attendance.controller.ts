import { getAttendance, getStipendBasis, recordAttendance } from '@ankomst/contracts/introduction';
import { Handles, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import type { z } from 'zod';
import { AttendanceService } from './attendance.service';

/** Transport only: the declared endpoints, their parsed input and who is acting, handed to the service. */
@Controller()
export class AttendanceController {
  constructor(private readonly attendance: AttendanceService) {}

  @Handles(recordAttendance)
  record(input: z.output<(typeof recordAttendance)['input']>, ctx: RequestContext) {
    return this.attendance.record(ctx, input);
  }

  @Handles(getAttendance)
  get(input: z.output<(typeof getAttendance)['input']>, ctx: RequestContext) {
    return this.attendance.get(ctx, input.participantId, input.month);
  }

  @Handles(getStipendBasis)
  stipend(input: z.output<(typeof getStipendBasis)['input']>, ctx: RequestContext) {
    return this.attendance.stipend(ctx, input.participantId, input.month);
  }
}
