import {
  type DeclinePersonTransfer,
  housingApi,
  type ListPersonTransfers,
  type ReleasePersonTransfer,
  type RequestPersonTransfer,
} from '@ankomst/contracts/housing';
import { Handles, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import { PersonTransferListsService } from './person-transfer-lists.service';
import { PersonTransfersService } from './person-transfers.service';

/** Transport only: each handler serves one declared endpoint (input parsed, actor read). */
@Controller()
export class PersonTransfersController {
  constructor(
    private readonly transfers: PersonTransfersService,
    private readonly lists: PersonTransferListsService,
  ) {}

  @Handles(housingApi.requestPersonTransfer)
  request(input: RequestPersonTransfer, ctx: RequestContext) {
    return this.transfers.request(ctx, input);
  }

  @Handles(housingApi.releasePersonTransfer)
  release({ transferId }: ReleasePersonTransfer, ctx: RequestContext) {
    return this.transfers.release(ctx, transferId);
  }

  @Handles(housingApi.declinePersonTransfer)
  decline(input: DeclinePersonTransfer, ctx: RequestContext) {
    return this.transfers.decline(ctx, input);
  }

  @Handles(housingApi.listIncomingPersonTransfers)
  listIncoming(input: ListPersonTransfers, ctx: RequestContext) {
    return this.lists.listIncoming(ctx, input);
  }

  @Handles(housingApi.listOutgoingPersonTransfers)
  listOutgoing(input: ListPersonTransfers, ctx: RequestContext) {
    return this.lists.listOutgoing(ctx, input);
  }
}
