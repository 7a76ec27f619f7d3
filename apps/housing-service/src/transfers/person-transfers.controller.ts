import { declinePersonTransfer, housingRpc, listPersonTransfers, releasePersonTransfer, requestPersonTransfer } from '@ankomst/contracts';
import { Context, parseInput, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { PersonTransferListsService } from './person-transfer-lists.service';
import { PersonTransfersService } from './person-transfers.service';

/** Transport only: validate the message, hand it to the service with who is acting. */
@Controller()
export class PersonTransfersController {
  constructor(
    private readonly transfers: PersonTransfersService,
    private readonly lists: PersonTransferListsService,
  ) {}

  @MessagePattern(housingRpc.requestPersonTransfer)
  request(@Payload() body: unknown, @Context() ctx: RequestContext) {
    return this.transfers.request(ctx, parseInput(requestPersonTransfer, body));
  }

  @MessagePattern(housingRpc.releasePersonTransfer)
  release(@Payload() body: unknown, @Context() ctx: RequestContext) {
    return this.transfers.release(ctx, parseInput(releasePersonTransfer, body).transferId);
  }

  @MessagePattern(housingRpc.declinePersonTransfer)
  decline(@Payload() body: unknown, @Context() ctx: RequestContext) {
    return this.transfers.decline(ctx, parseInput(declinePersonTransfer, body));
  }

  @MessagePattern(housingRpc.listIncomingPersonTransfers)
  listIncoming(@Payload() body: unknown, @Context() ctx: RequestContext) {
    return this.lists.listIncoming(ctx, parseInput(listPersonTransfers, body));
  }

  @MessagePattern(housingRpc.listOutgoingPersonTransfers)
  listOutgoing(@Payload() body: unknown, @Context() ctx: RequestContext) {
    return this.lists.listOutgoing(ctx, parseInput(listPersonTransfers, body));
  }
}
