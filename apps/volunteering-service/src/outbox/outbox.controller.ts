import { listOutbox } from '@ankomst/contracts/volunteering';
import { Handles, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import { OutboxService } from './outbox.service';

/** Transport only. */
@Controller()
export class OutboxController {
  constructor(private readonly outbox: OutboxService) {}

  @Handles(listOutbox)
  list(query: { limit: number }, ctx: RequestContext) {
    return this.outbox.list(ctx, query);
  }
}
