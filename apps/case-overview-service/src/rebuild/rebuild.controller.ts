import { caseOverviewRpc, rebuildRequest, type RebuildResult } from '@ankomst/contracts/case-overview';
import { Context, parseInput, type RequestContext } from '@ankomst/platform-messaging';
import { Controller, Logger } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { RebuildService } from './rebuild.service';

/**
 * Operations command on the internal bus only (the gateway has no route to it): rebuild
 * the read model from the streams. `nx run case-overview-service:rebuild` sends it.
 */
@Controller()
export class RebuildController {
  private readonly logger = new Logger('Rebuild');

  constructor(private readonly rebuilds: RebuildService) {}

  @MessagePattern(caseOverviewRpc.rebuild)
  rebuild(@Payload() body: unknown, @Context() context: RequestContext): Promise<RebuildResult> {
    const request = parseInput(rebuildRequest, body ?? {});
    this.logger.log(`Rebuild requested by ${context.actor.userId} (correlation ${context.correlationId})`);
    return this.rebuilds.rebuild(request);
  }
}
